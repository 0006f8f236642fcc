/** The chart's data as one cacheable file, so /timeline/ itself stays small. */
import type { APIRoute } from 'astro';
import { getTimeline } from '../../site/timeline';

export const GET: APIRoute = () => new Response(JSON.stringify(getTimeline()), { headers: { 'Content-Type': 'application/json' } });
