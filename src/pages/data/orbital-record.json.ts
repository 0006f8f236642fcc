/** /data/orbital-record.json: the whole record, every collection's file in one. */
import type { APIRoute } from 'astro';
import { exportedJson, recordExport } from '../../publish/data-export';
import { getSite } from '../../site/site';

export const GET: APIRoute = ({ site }) => {
  const { graph } = getSite();
  return new Response(exportedJson(recordExport(graph, String(site))), { headers: { 'Content-Type': 'application/json' } });
};
