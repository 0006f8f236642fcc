/** The content check's "did you mean": the nearest candidates (`src/model/nearest.ts`), if they are within a few edits. */
import { nearestCandidates } from '../model/nearest.ts';

/** Ties beyond this many are no help to an author. */
const MOST_TIED = 3;

/**
 * The nearest candidate, within a third of its length (at least 2 edits), and any others
 * exactly as near: "tass-1681236" is as near "tass-1681035" as "tass-1681263" (two edits
 * each), and naming one of them alone would likely name the wrong one.
 */
export function nearestAll(word: string, candidates: readonly string[]): string[] {
  // A change of case is no edit to an author: "NASA" meant "nasa", "Anomaly" meant "anomaly".
  const found = nearestCandidates(word.toLowerCase(), candidates, {
    score: (candidate, edits) => edits(candidate.toLowerCase()),
    near: (edits, candidate) => edits <= Math.max(2, Math.floor(candidate.length / 3)),
    limit: MOST_TIED,
  });
  return found.filter((f) => f.score === found[0]!.score).map((f) => f.candidate);
}

/** The nearest candidate (the first of those tied), or undefined. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  return nearestAll(word, candidates)[0];
}

/** ` (did you mean "born"?)`, ` (did you mean "a" or "b"?)`, or nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const near = nearestAll(word, candidates).map((c) => `"${c}"`);
  if (near.length === 0) return '';
  return ` (did you mean ${near.length === 1 ? near[0] : `${near.slice(0, -1).join(', ')} or ${near.at(-1)}`}?)`;
}
