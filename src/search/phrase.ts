/**
 * A quoted phrase ("coolant leak") is Pagefind's exact-phrase search: it finds the pages that
 * hold the words in that order, but scores them all alike, so the event about the leak came
 * 31st of 31. The pages it finds are shown in the order the same words, unquoted, rank them.
 */

const QUOTES = /["“”„]/g;

/** The query's words without its quotes; undefined when it quotes nothing. */
export function unquoted(query: string): string | undefined {
  if (!query.match(QUOTES)) return undefined;
  return query.replace(QUOTES, ' ').replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * The results in the order of `ranking` (the unquoted query's, by page id); any it lacks keep
 * their own order after those it ranks.
 */
export function rankedAs<T extends { id: string }>(results: readonly T[], ranking: readonly { id: string }[]): T[] {
  const place = new Map(ranking.map((r, i) => [r.id, i]));
  return results
    .map((result, i) => ({ result, at: place.get(result.id) ?? ranking.length + i }))
    .sort((a, b) => a.at - b.at)
    .map(({ result }) => result);
}
