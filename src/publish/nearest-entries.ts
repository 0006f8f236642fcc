/**
 * The entries nearest to an address that does not exist, for the "not found" page:
 * `/people/frank-rubo/` suggests Frank Rubio. Ranked by the project's one edit-distance
 * suggestion (`src/model/nearest.ts`), measured here as a share of the name. Runs in the
 * browser (no Node imports).
 */
import { slugify } from '../model/ids.ts';
import { nearestCandidates } from '../model/nearest.ts';

/** One entry in the compact title list the page loads: its address and title, and a source's publisher. */
export type TitleRow = readonly [path: string, title: string, publisher?: string];

export interface Suggestion {
  row: TitleRow;
  /** 0 is a perfect match; larger is further. */
  score: number;
}

/** Suggestions further than this are noise, not a likely meaning. */
const MAX_SCORE = 0.5;
/** A match in the collection the address names is preferred over one in another collection. */
const OTHER_COLLECTION_PENALTY = 0.15;

/** How far `wanted` is from `candidate`, as a share of the longer one; a contained word counts as close. */
function closeness(wanted: string, candidate: string, edits: (name: string) => number): number {
  if (!wanted || !candidate) return 1;
  const edit = edits(candidate) / Math.max(wanted.length, candidate.length);
  const contained = candidate.includes(wanted) || wanted.includes(candidate);
  return contained ? edit / 2 : edit;
}

/** The collection and id an address names: `/people/frank-rubo/` → people, frank-rubo. */
export function readPath(pathname: string): { collection: string | undefined; slug: string } {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: compare the address as it was typed.
  }
  const parts = decoded
    .replace(/(?:index)?\.html?$/i, '')
    .split('/')
    .map(slugify)
    .filter(Boolean);
  return { collection: parts.length > 1 ? parts[0] : undefined, slug: parts.at(-1) ?? '' };
}

export function nearestEntries(pathname: string, rows: readonly TitleRow[], limit = 5): Suggestion[] {
  const { collection, slug } = readPath(pathname);
  if (!slug) return [];
  return nearestCandidates(slug, rows, {
    score: ([path, title], edits) => {
      const entry = readPath(path);
      const score = Math.min(closeness(slug, entry.slug, edits), closeness(slug, slugify(title), edits));
      const elsewhere = collection !== undefined && entry.collection !== collection;
      return elsewhere ? score + OTHER_COLLECTION_PENALTY : score;
    },
    near: (score) => score <= MAX_SCORE,
    tieBreak: (a, b) => a[1].localeCompare(b[1]),
    limit,
  }).map(({ candidate, score }) => ({ row: candidate, score }));
}
