/** The share card of pages that are not entries. */
import type { APIRoute } from 'astro';
import { siteShareCard } from '../../publish/share-card';
import { cachedShareImage } from '../../publish/share-image-cache';

export const GET: APIRoute = async ({ site }) => {
  const png = await cachedShareImage(siteShareCard(String(site)));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
