/**
 * The entries nearest to an address that does not exist, for the "not found" page:
 * `/people/frank-rubo/` suggests Frank Rubio. Runs in the browser (no Node imports).
 */
import { distance } from 'fastest-levenshtein';
import { slugify } from '../model/ids.ts';

/** One entry in the compact title list the page loads: its address and title. */
export type TitleRow = readonly [path: string, title: string];

export interface Suggestion {
  path: string;
  title: string;
  /** 0 is a perfect match; larger is further. */
  score: number;
}

/** Suggestions further than this are noise, not a likely meaning. */
const MAX_SCORE = 0.5;
/** A match in the collection the address names is preferred over one in another collection. */
const OTHER_COLLECTION_PENALTY = 0.15;

/** How far `wanted` is from `candidate`, as a share of the longer one; a contained word counts as close. */
function closeness(wanted: string, candidate: string): number {
  if (!wanted || !candidate) return 1;
  const edit = distance(wanted, candidate) / Math.max(wanted.length, candidate.length);
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
  return rows
    .map(([path, title]) => {
      const entry = readPath(path);
      const score = Math.min(closeness(slug, entry.slug), closeness(slug, slugify(title)));
      const elsewhere = collection !== undefined && entry.collection !== collection;
      return { path, title, score: elsewhere ? score + OTHER_COLLECTION_PENALTY : score };
    })
    .filter((s) => s.score <= MAX_SCORE)
    .sort((a, b) => a.score - b.score || a.title.localeCompare(b.title))
    .slice(0, limit);
}
