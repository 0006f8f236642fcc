/**
 * The compact list of every entry (address, title, and a source's publisher or an entry's
 * aliases) from which the "not found" page and search suggest the nearest entries; sorted,
 * so the file is the same on every build.
 */
import type { EntryKey, GraphEntry } from '../site/graph.ts';
import { entryPath } from '../site/routes.ts';
import type { TitleRow } from './nearest-entries.ts';

export const TITLE_LIST_PATH = '/search/titles.json';

export function titleList(entries: ReadonlyMap<EntryKey, GraphEntry>): TitleRow[] {
  return [...entries.values()]
    .map((e): TitleRow => {
      const path = entryPath(e.collection, e.id);
      // A source's publisher tells it from the entry of the same name ("Soyuz MS-22", Wikipedia's article).
      if (e.collection === 'sources' && 'publisher' in e.data) return [path, e.data.title, e.data.publisher];
      // Aliases let a misspelt other name find the entry ("Dzhezkazgn").
      return 'aliases' in e.data && e.data.aliases.length > 0 ? [path, e.data.title, e.data.aliases] : [path, e.data.title];
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
}
