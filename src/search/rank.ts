/**
 * Name matches first. Pagefind ranks by text statistics, so a short page that mentions
 * "Rubio" in its heading can outrank Frank Rubio's own, longer page. Among the results it
 * returns, those whose title or alias the query matches most nearly (every query word, as a
 * whole word, in the fewest other words) move to the top.
 */

/** Joins an entry's other names in its `names` search metadata. */
export const NAMES_SEPARATOR = ' | ';

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** 1 for an exact title or alias, less as the name has more words; 0 unless every query word is in it. */
export function nameMatch(query: string, names: readonly string[]): number {
  const wanted = words(query);
  if (wanted.length === 0) return 0;
  let best = 0;
  for (const name of names) {
    const have = words(name);
    if (wanted.every((w) => have.includes(w))) best = Math.max(best, wanted.length / have.length);
  }
  return best;
}

/**
 * A stable reordering: better name matches first; between equal ones the better title match
 * (the first name), since an alias may be shared; Pagefind's order otherwise.
 */
export function nameMatchesFirst<T>(query: string, items: readonly T[], namesOf: (item: T) => readonly string[]): T[] {
  return items
    .map((item, index) => {
      const names = namesOf(item);
      return { item, index, score: nameMatch(query, names), title: nameMatch(query, names.slice(0, 1)) };
    })
    .sort((a, b) => b.score - a.score || b.title - a.title || a.index - b.index)
    .map(({ item }) => item);
}
