/**
 * Every entry's share card (og:image, twitter:image) under `astro dev`, drawn on request or
 * taken from the cache. A build writes them from the share-images integration instead.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { entryShareCard } from '../../../publish/share-card';
import { cachedShareImage } from '../../../publish/share-image-cache';
import { SHARE_IMAGES } from '../../../publish/share-paths';
import { isDevServer } from '../../../site/astro-command';
import { getSite } from '../../../site/site';

export const getStaticPaths = (() => {
  if (!SHARE_IMAGES || !isDevServer()) return [];
  const { graph } = getSite();
  return [...graph.entries.entries()].map(([key, e]) => ({
    params: { collection: e.collection, id: e.id },
    props: { card: entryShareCard(graph, key, import.meta.env.SITE) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const png = await cachedShareImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
