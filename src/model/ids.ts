/**
 * Ids, by one rule: an entry's id is its file name without the collection's extension, a
 * lowercase slug, unique across every collection (a bare id in a reference or a search
 * result names one entry). References in parsed data are `{ collection, id }`.
 */
import { COLLECTION_INFO, COLLECTIONS, type CollectionName } from './collections.ts';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id for a title (and the slug of any text): lowercase ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface EntryRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/** "people/frank-rubio": one entry, across collections. */
export type EntryKey = `${CollectionName}/${string}`;

export function keyOf(ref: { collection: CollectionName; id: string }): EntryKey {
  return `${ref.collection}/${ref.id}`;
}

/** Whether a value of parsed data is a reference (the one test for it). */
export function isEntryRef(value: unknown): value is EntryRef {
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== 2) return false;
  const { collection, id } = value as Partial<Record<'collection' | 'id', unknown>>;
  return typeof id === 'string' && COLLECTIONS.some((c) => c === collection);
}

/** Why a file in a collection folder is not an entry, or its id. */
export type FileId = { id: string } | { problem: 'extension' | 'not-a-slug' };

export function idOfFile(collection: CollectionName, file: string): FileId {
  const { extension } = COLLECTION_INFO[collection];
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (!name.endsWith(extension)) return { problem: 'extension' };
  const id = name.slice(0, -extension.length);
  return SLUG.test(id) ? { id } : { problem: 'not-a-slug' };
}

/** The ids on disk: every file that names an entry, whether or not its data is valid. */
export interface IdIndex {
  /** Ids per collection, duplicates included. */
  byCollection: Map<CollectionName, string[]>;
  /** Each id with the first file that holds it. */
  fileOf: Map<string, string>;
  /** Each id with the collection of the first file that holds it. */
  collectionOf: Map<string, CollectionName>;
  /** The ids of one collection, for membership tests. */
  idsIn(collection: CollectionName): ReadonlySet<string>;
  has(ref: EntryRef): boolean;
}

export function buildIdIndex(files: Iterable<{ collection: CollectionName; file: string; id: string | undefined }>): IdIndex {
  const byCollection = new Map<CollectionName, string[]>(COLLECTIONS.map((c) => [c, []]));
  const fileOf = new Map<string, string>();
  const collectionOf = new Map<string, CollectionName>();
  const sets = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c, new Set()]));
  for (const { collection, file, id } of files) {
    if (id === undefined) continue;
    byCollection.get(collection)!.push(id);
    sets.get(collection)!.add(id);
    if (fileOf.has(id)) continue;
    fileOf.set(id, file);
    collectionOf.set(id, collection);
  }
  const idsIn = (collection: CollectionName) => sets.get(collection)!;
  return { byCollection, fileOf, collectionOf, idsIn, has: (ref) => idsIn(ref.collection).has(ref.id) };
}
