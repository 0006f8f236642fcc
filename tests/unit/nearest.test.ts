import { describe, expect, it } from 'vitest';
import { didYouMean, nearest, nearestAll } from '../../src/check/suggest.ts';
import { nearestCandidates } from '../../src/model/nearest.ts';

describe('the one edit-distance suggestion', () => {
  const byEdits = { score: (c: string, edits: (n: string) => number) => edits(c), near: (s: number) => s <= 2, limit: 2 };

  it('ranks by score, nearest first, keeping the given order at one score', () => {
    expect(nearestCandidates('cat', ['dog', 'cot', 'cut', 'cat'], byEdits)).toEqual([
      { candidate: 'cat', score: 0 },
      { candidate: 'cot', score: 1 },
    ]);
  });

  it('stops at the first candidate that is not near enough', () => {
    expect(nearestCandidates('cat', ['horse', 'zebra'], byEdits)).toEqual([]);
  });

  it('orders a tie by the caller\'s rule', () => {
    const how = { ...byEdits, tieBreak: (a: string, b: string) => b.localeCompare(a) };
    expect(nearestCandidates('cat', ['cot', 'cut'], how).map((c) => c.candidate)).toEqual(['cut', 'cot']);
  });
});

describe('the content check\'s "did you mean"', () => {
  it('names an id within a third of its length', () => {
    expect(nearest('frank-rubo', ['frank-rubio', 'sergey-prokopyev'])).toBe('frank-rubio');
    expect(didYouMean('brn', ['born', 'title'])).toBe(' (did you mean "born"?)');
  });

  it('counts no edit for a change of case: an id typed as the name is written', () => {
    expect(didYouMean('NASA', ['nasa', 'jaxa', 'roscosmos'])).toBe(' (did you mean "nasa"?)');
    expect(nearest('Frank-Rubio', ['frank-rubio', 'anna-kikina'])).toBe('frank-rubio');
    expect(nearest('birthplace', ['born', 'birthPlace'])).toBe('birthPlace');
  });

  it('names nothing when the nearest id is too far, even if a farther, longer one is within its own third', () => {
    // 4 edits from an 8-letter id (more than 2), 5 from a 17-letter one (within 5): the nearest decides.
    expect(nearest('abcdefghijkl', ['abcdefgh', 'abcdefghijklmnopq'])).toBeUndefined();
    expect(nearest('abcdefghijkl', ['abcdefghijklmnopq'])).toBe('abcdefghijklmnopq');
  });

  it('names every id as near as the nearest, not one of them at random: a swap of two digits is two edits, as two wrong digits are', () => {
    const ids = ['tass-1681035', 'tass-1681263', 'tass-1553149'];
    expect(nearestAll('tass-1681236', ids)).toEqual(['tass-1681035', 'tass-1681263']);
    expect(didYouMean('tass-1681236', ids)).toBe(' (did you mean "tass-1681035" or "tass-1681263"?)');
    expect(didYouMean('tass-1553194', ids)).toBe(' (did you mean "tass-1553149"?)');
  });
});
