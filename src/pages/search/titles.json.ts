/** Every entry's address and title, one row each: what the "not found" page searches. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site';
import { titleList } from '../../publish/title-list';

export const GET: APIRoute = () => {
  const { graph } = getSite();
  return new Response(JSON.stringify(titleList(graph.entries)), { headers: { 'Content-Type': 'application/json' } });
};
