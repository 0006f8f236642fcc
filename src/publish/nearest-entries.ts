/**
 * The entries nearest to an address that does not exist, for the "not found" page:
 * `/people/frank-rubo/` suggests Frank Rubio. Ranked by the project's one edit-distance
 * suggestion (`src/model/nearest.ts`), measured here as a share of the name. Runs in the
 * browser (no Node imports).
 */
import { COLLECTIONS } from '../model/collections.ts';
import { nearestCandidates } from '../model/nearest.ts';
import { searchWords } from '../search/words.ts';

/**
 * One entry in the compact title list the page loads: its address and title, then a source's
 * publisher or an entry's other names (its aliases, "Dzhezkazgan", "Рогозин").
 */
export type TitleRow = readonly [path: string, title: string, also?: string | readonly string[]];

export function publisherOf([, , also]: TitleRow): string | undefined {
  return typeof also === 'string' ? also : undefined;
}

/** The title, then any other names the entry goes by. */
export function namesOf([, title, also]: TitleRow): readonly string[] {
  return typeof also === 'object' ? [title, ...also] : [title];
}

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

/** The address as it was typed: `/people/%D0%9F…/` → `/people/П…/`. */
export function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    // A malformed escape: the address as it came.
    return pathname;
  }
}

/**
 * A name or a folder of an address as they are compared: ids' lowercase words joined by
 * hyphens, but in any script, as search reads them: `/people/прокопьев/` is near the alias
 * "Сергей Прокопьев", which an id's Latin letters would have emptied.
 */
const nameSlug = (text: string) => searchWords(text).join('-');

/** An address's folders as ids would spell them, without a final `index.html`. */
function addressParts(pathname: string): string[] {
  return decodedPath(pathname)
    .replace(/(?:index)?\.html?$/i, '')
    .split('/')
    .map(nameSlug)
    .filter(Boolean);
}

/** The collection and id an address names: `/people/frank-rubo/` → people, frank-rubo. */
export function readPath(pathname: string): { collection: string | undefined; slug: string } {
  const parts = addressParts(pathname);
  return { collection: parts.length > 1 ? parts[0] : undefined, slug: parts.at(-1) ?? '' };
}

/**
 * The words of an address that may name an entry: every part after the collection
 * (`/people/frank-rubio/links/2/` → frank-rubio, links), or all of them when the first is no
 * collection; not a part of one or two letters, which a great many ids hold, and not a
 * number (a page, or a year as in `/timeline/2021/`), which names no entry.
 */
function wantedSlugs(pathname: string): { collection: string | undefined; slugs: string[] } {
  const parts = addressParts(pathname);
  const collection = parts.length > 1 ? parts[0] : undefined;
  const named = (COLLECTIONS.some((c) => c === collection) ? parts.slice(1) : parts).filter((part) => !/^\d+$/.test(part));
  const slugs = named.filter((part) => part.length > 2);
  return { collection, slugs: slugs.length > 0 ? slugs : named.slice(-1) };
}

const byTitle = (a: TitleRow, b: TitleRow) => a[1].localeCompare(b[1]);

function nearestTo(slug: string, collection: string | undefined, rows: readonly TitleRow[], limit: number): Suggestion[] {
  return nearestCandidates(slug, rows, {
    score: (row, edits) => {
      const entry = readPath(row[0]);
      const score = Math.min(closeness(slug, entry.slug, edits), ...namesOf(row).map((name) => closeness(slug, nameSlug(name), edits)));
      const elsewhere = collection !== undefined && entry.collection !== collection;
      return elsewhere ? score + OTHER_COLLECTION_PENALTY : score;
    },
    near: (score) => score <= MAX_SCORE,
    tieBreak: byTitle,
    limit,
  }).map(({ candidate, score }) => ({ row: candidate, score }));
}

/** The entries nearest to any word of the address that may name one, each at its nearest. */
export function nearestEntries(pathname: string, rows: readonly TitleRow[], limit = 5): Suggestion[] {
  const { collection, slugs } = wantedSlugs(pathname);
  const nearest = new Map<string, Suggestion>();
  for (const slug of slugs) {
    for (const found of nearestTo(slug, collection, rows, limit)) {
      const held = nearest.get(found.row[0]);
      if (!held || found.score < held.score) nearest.set(found.row[0], found);
    }
  }
  return [...nearest.values()].sort((a, b) => a.score - b.score || byTitle(a.row, b.row)).slice(0, limit);
}
