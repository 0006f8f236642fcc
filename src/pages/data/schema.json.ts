/** /data/schema.json: the JSON Schema of the /data/<collection>.json files. */
import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../../publish/data-export';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(exportJsonSchema(String(site)), null, 1)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
