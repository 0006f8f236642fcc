/**
 * The compact list of every entry (address and title) that the "not found" page loads
 * to suggest the nearest entries; sorted, so the file is the same on every build.
 */
import type { EntryKey, GraphEntry } from '../site/graph.ts';
import { entryPath } from '../site/routes.ts';
import type { TitleRow } from './nearest-entries.ts';

export const TITLE_LIST_PATH = '/data/titles.json';

export function titleList(entries: ReadonlyMap<EntryKey, GraphEntry>): TitleRow[] {
  return [...entries.values()]
    .map((e): TitleRow => [entryPath(e.collection, e.id), e.data.title])
    .sort((a, b) => a[0].localeCompare(b[0]));
}
