import { describe, expect, it } from 'vitest';
import { rankedAs, unquoted } from '../../src/search/phrase.ts';

describe('a quoted phrase', () => {
  it('is searched again without its quotes, straight or curly, and only when the query quotes something', () => {
    expect(unquoted('"coolant leak"')).toBe('coolant leak');
    expect(unquoted('“coolant leak” Progress')).toBe('coolant leak Progress');
    expect(unquoted('coolant leak')).toBeUndefined();
    expect(unquoted('""')).toBeUndefined();
  });

  it('shows the pages the phrase finds in the order the words rank them, any they miss after', () => {
    const phrase = [{ id: 'zhezkazgan' }, { id: 'soyuz-leak' }, { id: 'orphan' }, { id: 'progress-leak' }];
    const words = [{ id: 'progress-leak' }, { id: 'soyuz-leak' }, { id: 'coolant-only' }, { id: 'zhezkazgan' }];
    expect(rankedAs(phrase, words).map((r) => r.id)).toEqual(['progress-leak', 'soyuz-leak', 'zhezkazgan', 'orphan']);
  });
});
