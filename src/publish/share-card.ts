/** What an entry's share card says: the same kind, title and date as its link preview. */
import { isIn } from '../model/schema.ts';
import { previewOf } from '../previews/data.ts';
import type { EntryKey, LinkGraph } from '../site/graph.ts';
import { SITE_NAME } from './page-meta.ts';
import type { ShareCard } from './share-card-layout.ts';
import { shareImagePath, SITE_SHARE_IMAGE } from './share-paths.ts';

export function entryShareCard(graph: LinkGraph, key: EntryKey, site: string): ShareCard {
  const preview = previewOf(graph, key);
  const entry = graph.entries.get(key);
  // Sources often share a title with each other and with the entry they describe
  // ("Soyuz MS-22" by Wikipedia, by RussianSpaceWeb): the publisher tells their cards apart.
  const publisher = entry && isIn(entry, 'sources') ? entry.data.publisher : undefined;
  const detail = [publisher, preview.when].filter(Boolean).join(' · ');
  return { kind: preview.kind, title: preview.title, detail, siteName: SITE_NAME, host: new URL(site).host };
}

/** The card of every page that is not an entry. */
export function siteShareCard(site: string): ShareCard {
  return { kind: 'Human spaceflight, sourced', title: SITE_NAME, detail: 'People, spacecraft and events, every statement cited', siteName: SITE_NAME, host: new URL(site).host };
}

/** Every share image of the site: the site's card first, then each entry's, with where it is published. */
export function siteShareImages(graph: LinkGraph, site: string): Array<{ path: string; card: ShareCard }> {
  return [
    { path: SITE_SHARE_IMAGE.path, card: siteShareCard(site) },
    ...[...graph.entries].map(([key, e]) => ({ path: shareImagePath(e.collection, e.id), card: entryShareCard(graph, key, site) })),
  ];
}
