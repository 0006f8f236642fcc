/** Which built pages the sitemap lists: every page a search engine should index. */

/** The "not found" page is served for missing addresses; it is no page of its own. */
export function isListedInSitemap(page: string): boolean {
  return !/\/404(?:\.html|\/)?$/.test(new URL(page).pathname);
}
