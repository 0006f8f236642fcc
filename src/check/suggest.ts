/** The content check's "did you mean": the nearest candidate (`src/model/nearest.ts`), if it is within a few edits. */
import { nearestCandidates } from '../model/nearest.ts';

/** The nearest candidate, when it is within a third of its length (at least 2 edits); otherwise undefined. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const [best] = nearestCandidates(word, candidates, {
    score: (candidate, edits) => edits(candidate),
    near: (edits, candidate) => edits <= Math.max(2, Math.floor(candidate.length / 3)),
    limit: 1,
  });
  return best?.candidate;
}

/** ` (did you mean "born"?)`, or nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const best = nearest(word, candidates);
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}
