/* The link-preview data files, one per shard (src/previews/shard.ts), read by the preview card. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { previewShards, type Preview } from '../../previews/data';
import { getSite } from '../../site/site';

export const getStaticPaths = (() => {
  const { graph } = getSite();
  return [...previewShards(graph)].map(([shard, previews]) => ({ params: { shard }, props: { previews } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ previews: Record<string, Preview> }> = ({ props }) =>
  new Response(JSON.stringify(props.previews), { headers: { 'content-type': 'application/json' } });
