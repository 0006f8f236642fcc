/**
 * The compact list of every entry (address, title, and a source's publisher) from which the
 * "not found" page and search suggest the nearest entries; sorted, so the file is the same on
 * every build.
 */
import type { EntryKey, GraphEntry } from '../site/graph.ts';
import { entryPath } from '../site/routes.ts';
import type { TitleRow } from './nearest-entries.ts';

export const TITLE_LIST_PATH = '/data/titles.json';

export function titleList(entries: ReadonlyMap<EntryKey, GraphEntry>): TitleRow[] {
  return [...entries.values()]
    .map((e): TitleRow => {
      const path = entryPath(e.collection, e.id);
      // A source's publisher tells it from the entry of the same name ("Soyuz MS-22", Wikipedia's article).
      return e.collection === 'sources' && 'publisher' in e.data ? [path, e.data.title, e.data.publisher] : [path, e.data.title];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
}
