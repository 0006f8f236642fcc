/** The ids on disk, from file names alone (a file that is not an entry has none). */
import path from 'node:path';
import { COLLECTIONS, entryPattern, type CollectionName } from './schema.ts';
import type { SourceFile } from './validate.ts';

export interface EntryIds {
  byCollection: Map<CollectionName, string[]>;
  /** Ids are unique across collections: each id with the file that holds it. */
  fileOf: Map<string, string>;
}

export function entryIds(files: readonly SourceFile[]): EntryIds {
  const byCollection = new Map<CollectionName, string[]>(COLLECTIONS.map((c) => [c, []]));
  const fileOf = new Map<string, string>();
  for (const f of files) {
    const extension = entryPattern(f.collection).slice(1);
    const name = path.basename(f.file);
    if (!name.endsWith(extension)) continue;
    const id = name.slice(0, -extension.length);
    if (!fileOf.has(id)) fileOf.set(id, f.file);
    byCollection.get(f.collection)!.push(id);
  }
  return { byCollection, fileOf };
}
