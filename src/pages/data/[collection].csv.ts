/** /data/<collection>.csv: one row per entry, one column per field. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS, type CollectionName } from '../../model/schema';
import { collectionCsv } from '../../publish/data-export';
import { getSite } from '../../site/site';

export const getStaticPaths = (() => COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { graph } = await getSite();
  return new Response(collectionCsv(graph, params.collection as CollectionName, String(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
