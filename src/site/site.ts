/**
 * The site's entries and link graph, loaded once per build and shared by every page
 * (no per-page collection scans).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildLinkGraph, keyOf, type EntryKey, type GraphEntry, type LinkGraph } from './graph.ts';
import { outlineBody } from '../model/body-outline.ts';
import { COLLECTIONS, type CollectionName } from '../model/schema.ts';

export type AnyEntry = CollectionEntry<CollectionName>;

export interface Site {
  graph: LinkGraph;
  /** Astro's entries, for rendering bodies. */
  entries: Map<EntryKey, AnyEntry>;
}

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const all = (await Promise.all(COLLECTIONS.map((c) => getCollection(c)))).flat() as AnyEntry[];
  const graphEntries: GraphEntry[] = all.map((entry) => {
    const outline = entry.collection === 'sources' ? undefined : outlineBody(entry.body ?? '');
    return {
      collection: entry.collection,
      id: entry.id,
      data: entry.data as GraphEntry['data'],
      bodyLinks: outline?.links.map((l) => l.url) ?? [],
      bodyCitations: outline?.citations.flatMap((c) => c.ids) ?? [],
    };
  });
  return {
    graph: buildLinkGraph(graphEntries),
    entries: new Map(all.map((e) => [keyOf(e), e])),
  };
}

export function getSite(): Promise<Site> {
  site ??= load();
  return site;
}
