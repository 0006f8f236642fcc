/** The ids on disk, from file names alone (a file that is not an entry has none). */
import path from 'node:path';
import { COLLECTIONS, entryPattern, type CollectionName } from './schema.ts';
import type { SourceFile } from '../check/check.ts';

export interface EntryIds {
  byCollection: Map<CollectionName, string[]>;
  /** Ids are unique across collections: each id with the file that holds it. */
  fileOf: Map<string, string>;
}

/** The id a file names: its name without the collection's extension; undefined for any other file. */
export function idOfFile(collection: CollectionName, file: string): string | undefined {
  const extension = entryPattern(collection).slice(1);
  const name = path.basename(file);
  return name.endsWith(extension) ? name.slice(0, -extension.length) : undefined;
}

export function entryIds(files: readonly SourceFile[]): EntryIds {
  const byCollection = new Map<CollectionName, string[]>(COLLECTIONS.map((c) => [c, []]));
  const fileOf = new Map<string, string>();
  for (const f of files) {
    const id = idOfFile(f.collection, f.file);
    if (id === undefined) continue;
    if (!fileOf.has(id)) fileOf.set(id, f.file);
    byCollection.get(f.collection)!.push(id);
  }
  return { byCollection, fileOf };
}
