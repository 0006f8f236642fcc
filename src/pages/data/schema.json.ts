/** /data/schema.json: the JSON Schema of the /data/<collection>.json files and the whole record's. */
import type { APIRoute } from 'astro';
import { exportedJson, exportJsonSchema } from '../../publish/data-export';

export const GET: APIRoute = ({ site }) =>
  new Response(exportedJson(exportJsonSchema(String(site))), { headers: { 'Content-Type': 'application/schema+json' } });
