/**
 * Name matches first: among results already loaded, those whose title or alias the query
 * matches most nearly (every query word, as a whole word, in the fewest other words) move
 * to the top, and entries come before sources. Pagefind's own boost cannot tell
 * "Soyuz MS-22" from "Soyuz MS-22 launch", nor an entry from an article about it.
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
 * A stable reordering in four bands, as an encyclopedia's search reads: the entries named
 * exactly so, then sources titled exactly so (someone typing a headline wants that article),
 * then every other entry, by how nearly its name matches, and last every other source. A
 * source is evidence about entries, so a source whose title merely holds the query's words
 * ("NASA astronaut Frank Rubio") never comes before an entry about them ("Rubio breaks the
 * US single-flight record"). Within a band: the better title match (the first name), since
 * an alias may be shared, then the one known by more names that match (a person's name in
 * several spellings, over an event naming him once); Pagefind's order otherwise.
 */
export function nameMatchesFirst<T>(
  query: string,
  items: readonly T[],
  namesOf: (item: T) => readonly string[],
  isSource: (item: T) => boolean = () => false,
): T[] {
  return items
    .map((item, index) => {
      const source = isSource(item);
      // Sources stay in Pagefind's order within their band: only entries have names to weigh.
      const names = source ? [] : namesOf(item);
      const score = nameMatch(query, names);
      const band = source ? (nameMatch(query, namesOf(item)) === 1 ? 1 : 3) : score === 1 ? 0 : 2;
      const forms = names.filter((name) => nameMatch(query, [name]) > 0).length;
      return { item, index, band, score, title: nameMatch(query, names.slice(0, 1)), forms };
    })
    .sort((a, b) => a.band - b.band || b.score - a.score || b.title - a.title || b.forms - a.forms || a.index - b.index)
    .map(({ item }) => item);
}
