/** Every entry's share card (og:image, twitter:image), drawn at build time or taken from the cache. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionName } from '../../../model/schema';
import { entryShareCard } from '../../../publish/share-card';
import { cachedShareImage } from '../../../publish/share-image-cache';
import { keyOf } from '../../../site/graph';
import { getSite } from '../../../site/site';

export const getStaticPaths = (async () => {
  const { graph } = await getSite();
  return [...graph.entries.values()].map((e) => ({ params: { collection: e.collection, id: e.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { graph } = await getSite();
  const key = keyOf({ collection: params.collection as CollectionName, id: params.id! });
  const png = await cachedShareImage(entryShareCard(graph, key, String(site)));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
