/**
 * Every entry's share card (og:image, twitter:image), drawn at build time or taken from the
 * cache. The share-images integration starts drawing every card when the build starts, so
 * each request mostly finds its image ready; none with ORBITAL_SHARE_IMAGES=off.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { entryShareCard } from '../../../publish/share-card';
import { cachedShareImage } from '../../../publish/share-image-cache';
import { SHARE_IMAGES } from '../../../publish/share-paths';
import { getSite } from '../../../site/site';

export const getStaticPaths = (async () => {
  if (!SHARE_IMAGES) return [];
  const { graph } = await getSite();
  return [...graph.entries.entries()].map(([key, e]) => ({
    params: { collection: e.collection, id: e.id },
    props: { card: entryShareCard(graph, key, import.meta.env.SITE) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  const png = await cachedShareImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
