import { describe, expect, it } from 'vitest';
import { finishedWords, searchWhileTyping, wordsToPreload } from '../../src/search/typing.ts';

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
  it('waits while the word being typed is a single letter or digit', () => {
    expect(searchWhileTyping('S')).toBe(false);
    expect(searchWhileTyping(' S ')).toBe(false);
    expect(searchWhileTyping('Soyuz MS 1')).toBe(false);
    expect(searchWhileTyping('Soyuz MS 14')).toBe(true);
    expect(searchWhileTyping('Со')).toBe(true);
    expect(searchWhileTyping('宇宙')).toBe(true);
  });

  it('clears at once when the box is emptied', () => {
    expect(searchWhileTyping('')).toBe(true);
    expect(searchWhileTyping('  ')).toBe(true);
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
