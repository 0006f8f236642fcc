/** The share card of pages that are not entries (`/share/site.png`); none with ORBITAL_SHARE_IMAGES=off. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteShareCard } from '../../publish/share-card';
import { cachedShareImage } from '../../publish/share-image-cache';
import { SHARE_IMAGES } from '../../publish/share-paths';

export const getStaticPaths = (() => (SHARE_IMAGES ? [{ params: { name: 'site' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const png = await cachedShareImage(siteShareCard(String(site)));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
