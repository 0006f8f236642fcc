/**
 * Query words a result does not show. Pagefind, finding no indexed word that begins with a
 * query word, searches instead for the longest beginning of it that is a word somewhere
 * (its "backtracking", not configurable in 1.6): "xyzzy" finds the "X" of "on X", "asdf"
 * finds "as", "Prokopev" the "P." of "S. P. Korolev". Such a word stands in every result, so
 * the words a result matched tell whether the query was found or only a scrap of it.
 */
import { sharedStart } from '../model/nearest.ts';
import { searchWords, wordsAndPairs } from './words.ts';

/**
 * How much of a query word a matched word must begin with: the whole of a short one, half
 * of a long one (stemming lets "installations" match "installed", 7 letters of 13) but at
 * least three letters, more than any scrap Pagefind falls back to in a real query. A word
 * with a digit is a designation or a year, never stemmed: all of it ("ms23" is not "ms22").
 */
const needed = (word: string) => (/\d/.test(word) ? word.length : Math.min(word.length, Math.max(3, Math.ceil(word.length / 2))));

/** A possessive's "'s" ("Rubio's"): split off as a word "s" of its own, it is no word a reader looked for. */
const POSSESSIVE = /['’]s(?![\p{L}\p{N}])/gu;

/**
 * Words a question is phrased with ("why did the Soyuz leak?"): a result need not show them,
 * so long as it shows the query's other words. English only, as the record is.
 */
const QUESTION_WORDS = new Set(
  'a an the of in on at to for by with from and or is are was were be been did do does has had have how why what when where who whom which that this it its'.split(' '),
);

/** The query's words that none of the matched words stands for. */
export function unmatchedWords(query: string, matched: readonly string[]): string[] {
  // "MS-22" is "ms" and "22" to search, and "ms22" as a reader types it.
  const found = matched.flatMap(wordsAndPairs);
  const words = searchWords(query.replace(POSSESSIVE, ''));
  const meant = words.some((word) => !QUESTION_WORDS.has(word)) ? words.filter((word) => !QUESTION_WORDS.has(word)) : words;
  return meant.filter((word) => !found.some((m) => sharedStart(word, m) >= needed(word)));
}

/** Pagefind's word boundaries in a fragment's content (its `word_separators`), where its word locations count. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** What a result matched: its content's words at the matched locations, and the metadata fields that matched, whole. */
export function matchedText(result: {
  rawContent: string;
  locations: readonly number[];
  meta: Readonly<Record<string, string | undefined>>;
  matchedMetaFields: readonly string[];
}): string[] {
  const words = result.rawContent.split(WORD_SEPARATORS);
  return [
    ...result.locations.map((location) => words[location] ?? ''),
    ...result.matchedMetaFields.map((field) => result.meta[field] ?? ''),
  ];
}
