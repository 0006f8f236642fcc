/** Which built pages the sitemap lists: every page a search engine should index. */
import { OFFLINE_FALLBACK } from '../offline/cache-rules.ts';

/**
 * The "not found" page is served for missing addresses, and the offline page by the service
 * worker for pages it cannot reach: neither is a page of its own.
 */
export function isListedInSitemap(page: string): boolean {
  const { pathname } = new URL(page);
  return !/\/404(?:\.html|\/)?$/.test(pathname) && pathname !== OFFLINE_FALLBACK;
}
