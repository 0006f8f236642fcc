/**
 * The one edit-distance suggestion of the project: what a name that matches nothing most
 * likely meant. The content check's "did you mean" (`src/check/suggest.ts`: one id, within a
 * few edits of it) and the not-found page's nearest entries (`src/publish/nearest-entries.ts`:
 * up to five, by the share of the name that differs) both rank with it, each with its own
 * measure and cut-off. Runs in the browser too (no Node imports).
 */
import { distance } from 'fastest-levenshtein';

export interface Nearness<T> {
  /** How far a candidate is from what was typed (smaller is nearer), from the edits to any of its names. */
  score(candidate: T, edits: (name: string) => number): number;
  /** Whether a candidate at this score is near enough to suggest; the first one that is not ends the list. */
  near(score: number, candidate: T): boolean;
  /** The order of candidates at one score; without it, the order they were given in. */
  tieBreak?(a: T, b: T): number;
  /** At most this many suggestions. */
  limit: number;
}

/** The candidates nearest to `typed`, nearest first, each with its score. */
export function nearestCandidates<T>(typed: string, candidates: Iterable<T>, how: Nearness<T>): Array<{ candidate: T; score: number }> {
  const edits = (name: string) => distance(typed, name);
  const scored = [...candidates].map((candidate) => ({ candidate, score: how.score(candidate, edits) }));
  scored.sort((a, b) => a.score - b.score || (how.tieBreak?.(a.candidate, b.candidate) ?? 0));
  const found: Array<{ candidate: T; score: number }> = [];
  for (const item of scored) {
    if (found.length === how.limit || !how.near(item.score, item.candidate)) break;
    found.push(item);
  }
  return found;
}

/** How many characters two names begin with in common: "tass-9" and "tass-1681263" share 5. */
export function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
