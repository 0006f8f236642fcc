/**
 * How Pagefind ranks this site's pages, in one place for the search page and the search
 * benchmark. Pagefind searches metadata and adds, for each field the query's words all stand
 * in, the field's weight (after its BM25 score of the text); it cannot tell a field that is
 * the query from one that holds it among other words. So names are filed by their length:
 * a name of one word under `names1`, of two under `names2` … five or more under `names5`,
 * each weighted less than the one before. The entry whose name is the query then has the
 * shortest field that matches: "ISS" puts the International Space Station (alias "ISS")
 * before "Prokopyev takes ISS command", which the text alone would not. A source is evidence
 * about entries, so it weighs little: its title is filed the same way under
 * `publication1…5` at a tenth of a name's weight, and its page's text at 0.3 of an entry's.
 * Enough to find a source by its headline; the search page then orders the first results
 * (src/search/rank.ts): an exact title first, entries before sources. `title`, `type` and
 * `date` are card labels (the title is among the names already), not what ranks.
 */
import type { CollectionName } from '../model/collections.ts';

/**
 * The weight of a source page's text: it says little more than its title ("NASA astronaut
 * Frank Rubio, published by …"), and that short text outweighed the events that tell what he
 * did. An entry's text keeps Pagefind's default, 1.
 */
const SOURCE_TEXT_WEIGHT = 0.3;

export function textWeight(collection: CollectionName): number | undefined {
  return collection === 'sources' ? SOURCE_TEXT_WEIGHT : undefined;
}

/** Names of this many words or more share the last field. */
const LONGEST = 5;
/** Each word more in a name weighs this much less. */
const PER_WORD = 0.75;
/** A source's title weighs this much of an entry's name of the same length. */
const SOURCE_SHARE = 0.1;
const NAME_WEIGHT = 10;

export type NameKind = 'names' | 'publication';

const lengths = Array.from({ length: LONGEST }, (_, i) => i + 1);
const weights = (kind: NameKind, share: number) =>
  Object.fromEntries(lengths.map((n) => [`${kind}${n}`, Math.round(NAME_WEIGHT * share * PER_WORD ** (n - 1) * 100) / 100]));

export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  ranking: {
    // Entry pages vary from a paragraph to many; without these, short pages that merely
    // mention a word outrank the entry about it.
    pageLength: 0,
    termFrequency: 0.5,
    metaWeights: { title: 0, summary: 1, type: 0, date: 0, ...weights('names', 1), ...weights('publication', SOURCE_SHARE) },
  },
} as const;

/** Joins the names of one length in their field. */
export const NAMES_SEPARATOR = ' | ';

/** The metadata field of a name: by kind and its number of words. */
function fieldOf(kind: NameKind, name: string): string {
  return `${kind}${Math.min(name.trim().split(/\s+/).length, LONGEST)}`;
}

/** Names as Pagefind metadata, each under the field of its length. */
export function nameFields(kind: NameKind, names: readonly string[]): Record<string, string> {
  const fields: Record<string, string[]> = {};
  for (const name of names) (fields[fieldOf(kind, name)] ??= []).push(name);
  return Object.fromEntries(Object.entries(fields).map(([field, list]) => [field, list.join(NAMES_SEPARATOR)]));
}

/** The names of a kind that a result's metadata holds, shortest first. */
export function namesIn(meta: Readonly<Record<string, string | undefined>>, kind: NameKind): string[] {
  return lengths.flatMap((n) => meta[`${kind}${n}`]?.split(NAMES_SEPARATOR) ?? []);
}
