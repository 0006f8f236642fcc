/**
 * Name matches first: among results already loaded, those whose title or alias the query
 * matches most nearly (every query word, as a whole word, in the fewest other words) move
 * to the top. Pagefind's own boost cannot tell "Soyuz MS-22" from "Soyuz MS-22 launch".
 */
import { searchWords } from './words.ts';

/** 1 for an exact title or alias, less as the name has more words; 0 unless every query word is in it. */
export function nameMatch(query: string, names: readonly string[]): number {
  const wanted = searchWords(query);
  if (wanted.length === 0) return 0;
  let best = 0;
  for (const name of names) {
    const have = searchWords(name);
    if (wanted.every((w) => have.includes(w))) best = Math.max(best, wanted.length / have.length);
  }
  return best;
}

/**
 * A stable reordering: better name matches first; between equal ones an entry before a
 * source (a source is evidence about the entry of its name, never ahead of it), then the
 * better title match (the first name), since an alias may be shared, then the one known by
 * more names that match (a person's name in several spellings, over an event naming him
 * once); Pagefind's order otherwise.
 */
export function nameMatchesFirst<T>(
  query: string,
  items: readonly T[],
  namesOf: (item: T) => readonly string[],
  isSource: (item: T) => boolean = () => false,
): T[] {
  return items
    .map((item, index) => {
      const names = namesOf(item);
      const forms = names.filter((name) => nameMatch(query, [name]) > 0).length;
      return { item, index, score: nameMatch(query, names), source: Number(isSource(item)), title: nameMatch(query, names.slice(0, 1)), forms };
    })
    .sort((a, b) => b.score - a.score || a.source - b.source || b.title - a.title || b.forms - a.forms || a.index - b.index)
    .map(({ item }) => item);
}
