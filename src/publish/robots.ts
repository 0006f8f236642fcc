/** The robots.txt of the site: everything may be crawled, and the sitemap says where everything is. */
import { siteAddress } from './page-meta.ts';

export const SITEMAP_INDEX = '/sitemap-index.xml';

export function robotsTxt(site: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${siteAddress(site, SITEMAP_INDEX)}`, ''].join('\n');
}
