/**
 * Each collection's entries in their reading order, as its index pages list them: dated
 * entries by date, the rest by title. Made once per content model.
 */
import { COLLECTIONS, summaryOf, type CollectionName } from '../model/collections.ts';
import type { PartialDate } from '../model/dates.ts';
import { compareText } from './graph.ts';
import { perSite } from './site.ts';

export interface IndexItem {
  collection: CollectionName;
  id: string;
  title: string;
  date: PartialDate | undefined;
  summary: string;
}

export const getCollectionIndex: () => Map<CollectionName, IndexItem[]> = perSite(({ graph }) => {
  const byCollection = new Map<CollectionName, IndexItem[]>(COLLECTIONS.map((c) => [c, []]));
  for (const e of graph.entries.values()) {
    byCollection.get(e.collection)!.push({ collection: e.collection, id: e.id, title: e.data.title, date: 'date' in e.data ? e.data.date : undefined, summary: summaryOf(e.data) });
  }
  for (const items of byCollection.values()) {
    items.sort((a, b) => (a.date && b.date ? a.date.start - b.date.start : compareText(a.title, b.title)) || compareText(a.id, b.id));
  }
  return byCollection;
});
