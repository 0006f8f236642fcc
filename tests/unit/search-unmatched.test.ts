import { describe, expect, it } from 'vitest';
import { matchedText, unmatchedWords } from '../../src/search/unmatched.ts';

describe('query words a result does not show', () => {
  it("refuses the scrap Pagefind falls back to for a word it does not have", () => {
    expect(unmatchedWords('xyzzyqq', ['X,'])).toEqual(['xyzzyqq']);
    expect(unmatchedWords('asdf', ['as'])).toEqual(['asdf']);
    expect(unmatchedWords('Prokopev', ['P.', 'S. P. Korolev Rocket and Space Corporation Energia'])).toEqual(['prokopev']);
  });

  it('names only the word not found when the others are', () => {
    expect(unmatchedWords('Rubio xyzzy', ['Rubio', 'X'])).toEqual(['xyzzy']);
  });

  it('accepts every word found whole, as the start of a longer word, or through its stem', () => {
    expect(unmatchedWords('Rubio coolant', ['Rubio', 'coolant.'])).toEqual([]);
    expect(unmatchedWords('rub', ['Rubio'])).toEqual([]);
    expect(unmatchedWords('installations', ['installed'])).toEqual([]);
    expect(unmatchedWords('leaks', ['leak'])).toEqual([]);
    // A possessive is its name: "Rubio's" (straight or curly) is found where Rubio is.
    expect(unmatchedWords("Rubio's", ['Rubio'])).toEqual([]);
    expect(unmatchedWords('Mann’s spacewalk', ['Mann', 'spacewalk'])).toEqual([]);
  });

  it('compares words as search does: punctuation, case and accents aside', () => {
    expect(unmatchedWords('Soyuz MS-22', ['SOYUZ', '(MS-22)'])).toEqual([]);
    expect(unmatchedWords('Baikonur', ['Baïkonur'])).toEqual([]);
    expect(unmatchedWords('Прокопьев', ['Прокопьев,'])).toEqual([]);
  });

  it('finds a name typed without its hyphen or space where the result shows it with one', () => {
    expect(unmatchedWords('ms22', ['MS-22'])).toEqual([]);
    expect(unmatchedWords('Progress MS21', ['Progress', '(MS-21)'])).toEqual([]);
    expect(unmatchedWords('ms23', ['MS-22'])).toEqual(['ms23']);
  });

  it("asks a question's own words of no result, but a question of them alone is searched as typed", () => {
    expect(unmatchedWords('why did the Soyuz leak', ['Soyuz', 'leak'])).toEqual([]);
    expect(unmatchedWords('how long was Rubio in space', ['long', 'Rubio', 'space'])).toEqual([]);
    expect(unmatchedWords('why did the xyzzy leak', ['X', 'leak'])).toEqual(['xyzzy']);
    expect(unmatchedWords('who', ['whole'])).toEqual([]);
    expect(unmatchedWords('why', ['W.'])).toEqual(['why']);
  });

  it('has nothing to refuse in an empty query', () => {
    expect(unmatchedWords('  ', [])).toEqual([]);
  });
});

describe('what a result matched', () => {
  it('is the words at its locations, counted as Pagefind splits them, and each matched metadata field whole', () => {
    const result = {
      rawContent: 'Bill Nelson marked the moment on X,\nand spoke',
      locations: [6, 8],
      meta: { title: 'Rubio record', summary: 'A record.', names2: 'Rubio record' },
      matchedMetaFields: ['names2'],
    };
    expect(matchedText(result)).toEqual(['X,', 'spoke', 'Rubio record']);
  });
});
