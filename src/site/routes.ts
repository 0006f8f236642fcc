/** URLs of the site, in one place: pages link with these and the validator checks against them. */
import { COLLECTIONS, type CollectionName } from '../model/collections.ts';
import { SLUG } from '../model/ids.ts';

export function entryPath(collection: CollectionName, id: string): string {
  return `/${collection}/${id}/`;
}

export function collectionPath(collection: CollectionName): string {
  return `/${collection}/`;
}

/** Page `page` (from 1) of a collection's index: the first is the collection's own path. */
export function collectionPagePath(collection: CollectionName, page: number): string {
  return page === 1 ? collectionPath(collection) : `/${collection}/page/${page}/`;
}

/** Page `page` (from 1) of the complete "What links here" list of an entry. */
export function backlinksPath(collection: CollectionName, id: string, page = 1): string {
  return `/${collection}/${id}/links/${page}/`;
}

/** Pages that are not entries. */
export const STATIC_PATHS = ['/', '/timeline/', '/search/', ...COLLECTIONS.map(collectionPath)];

/** Ids given to the fixed sections of every entry page, so body links may point at them. */
export const SECTION_IDS = {
  facts: 'facts',
  timeline: 'timeline',
  backlinks: 'what-links-here',
  sources: 'sources',
} as const;

/** Ids of an entry page's other parts, some pages have: with the sections', no body heading may take one. */
export const PART_IDS = {
  main: 'main',
  factsHeading: 'facts-heading',
  disputed: 'disputed',
  citeThisPage: 'cite-this-page',
} as const;

/** Every id an entry page gives its own parts: a body heading of the same anchor would share it. */
export const PAGE_IDS: ReadonlySet<string> = new Set([...Object.values(SECTION_IDS), ...Object.values(PART_IDS)]);

export interface SiteLink {
  collection: CollectionName;
  id: string;
  anchor: string | undefined;
}

/** Reads `/people/frank-rubio/#x` as an entry link; undefined for anything else. */
export function parseEntryLink(url: string): SiteLink | undefined {
  const m = /^\/([a-z]+)\/([^/#]+)\/?(?:#(.*))?$/.exec(url);
  if (!m || !SLUG.test(m[2]!)) return undefined;
  const collection = COLLECTIONS.find((c) => c === m[1]);
  if (!collection) return undefined;
  return { collection, id: m[2]!, anchor: m[3] || undefined };
}
