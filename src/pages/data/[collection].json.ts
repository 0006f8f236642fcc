/** /data/<collection>.json: every entry of a collection with its typed fields, references resolved. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { COLLECTIONS, type CollectionName } from '../../model/collections';
import { collectionExport, exportedJson } from '../../publish/data-export';
import { getSite } from '../../site/site';

export const getStaticPaths = (() => COLLECTIONS.map((collection) => ({ params: { collection }, props: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ collection: CollectionName }> = ({ props, site }) => {
  const { graph } = getSite();
  return new Response(exportedJson(collectionExport(graph, props.collection, String(site))), { headers: { 'Content-Type': 'application/json' } });
};
