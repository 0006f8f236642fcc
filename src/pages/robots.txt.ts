/** robots.txt: every page may be crawled; the sitemap lists them all. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../publish/robots';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(String(site)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
