import { describe, expect, it } from 'vitest';
import { finishedWords, SHORT_WORD_PAUSE_MS, TYPING_PAUSE_MS, typingPause, wordsToPreload } from '../../src/search/typing.ts';

describe('finished words in the search box', () => {
  it('are the words followed by a space, not the one being typed', () => {
    expect(finishedWords('Kazakhstan space agen')).toBe('Kazakhstan space');
    expect(finishedWords('Kazakhstan space ')).toBe('Kazakhstan space');
    expect(finishedWords('  Soyuz   MS  2')).toBe('Soyuz MS');
  });

  it('are none while the first word is being typed', () => {
    expect(finishedWords('Soyu')).toBe('');
    expect(finishedWords('')).toBe('');
    expect(finishedWords('   ')).toBe('');
  });
});

describe('searching while typing', () => {
  it('waits longer while the word being typed is a single letter or digit, so that typing on never searches it', () => {
    for (const text of ['S', ' S ', 'Soyuz MS 1', 'Falcon 9']) expect(typingPause(text), text).toBe(SHORT_WORD_PAUSE_MS);
    for (const text of ['Soyuz MS 14', 'Со', '宇宙']) expect(typingPause(text), text).toBe(TYPING_PAUSE_MS);
    // Keys typed at speed arrive 40–60 ms apart; a reader who stops is answered.
    expect(SHORT_WORD_PAUSE_MS).toBeGreaterThan(4 * TYPING_PAUSE_MS);
  });

  it('clears at once when the box is emptied', () => {
    expect(typingPause('')).toBe(TYPING_PAUSE_MS);
    expect(typingPause('  ')).toBe(TYPING_PAUSE_MS);
  });
});

describe('index chunks fetched while typing', () => {
  it('are those of the text so far once the word being typed has three characters', () => {
    expect(wordsToPreload('Jessica Borisov 165')).toBe('Jessica Borisov 165');
    expect(wordsToPreload('  Soyuz   MS  1448')).toBe('Soyuz MS 1448');
    expect(wordsToPreload('lea')).toBe('lea');
    expect(wordsToPreload('Сою')).toBe('Сою');
  });

  it('are those of the finished words while the word being typed is shorter', () => {
    expect(wordsToPreload('Jessica Borisov 16')).toBe('Jessica Borisov');
    expect(wordsToPreload('Flight re')).toBe('Flight');
    expect(wordsToPreload('Soyuz ')).toBe('Soyuz');
    expect(wordsToPreload('le')).toBe('');
    expect(wordsToPreload('')).toBe('');
  });
});
