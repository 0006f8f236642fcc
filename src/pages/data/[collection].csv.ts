/** /data/<collection>.csv: one row per entry, one column per field. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS, type CollectionName } from '../../model/collections';
import { collectionCsv } from '../../publish/data-export';
import { getSite } from '../../site/site';

export const getStaticPaths = (() => COLLECTIONS.map((collection) => ({ params: { collection }, props: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: CollectionName }> = ({ props, site }) => {
  const { graph } = getSite();
  return new Response(collectionCsv(graph, props.collection, String(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
