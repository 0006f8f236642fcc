/**
 * The share card of pages that are not entries (`/share/site.png`) under `astro dev`; a build
 * writes it from the share-images integration.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteShareCard } from '../../publish/share-card';
import { cachedShareImage } from '../../publish/share-image-cache';
import { SHARE_IMAGES } from '../../publish/share-paths';
import { isDevServer } from '../../site/astro-command';

export const getStaticPaths = (() => (SHARE_IMAGES && isDevServer() ? [{ params: { name: 'site' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const png = await cachedShareImage(siteShareCard(String(site)));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
