/**
 * The public address of the site, from one setting: `ORBITAL_SITE_URL`. Canonical links,
 * the sitemap, robots.txt, the feed, share cards, JSON-LD, the data export and "Cite this
 * page" all build absolute URLs from it, through Astro's `site`.
 */

export const SITE_URL_VARIABLE = 'ORBITAL_SITE_URL';

/**
 * Where `npm start` serves the build, so a local build's absolute links work in the local
 * preview. Set ORBITAL_SITE_URL when building for publication.
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321/';

export class SiteUrlError extends Error {}

/**
 * Reads the site's address: an absolute http(s) URL of the site's root, with no path,
 * query, fragment or credentials (every page links from `/`, so the site must live at the
 * root of its host). Returns it normalised with a trailing slash; throws a `SiteUrlError`
 * saying what was found and what is expected.
 */
export function parseSiteUrl(value: string): string {
  const found = `${SITE_URL_VARIABLE} is "${value}"`;
  const expected = 'expected the address the site is published at, e.g. "https://orbital-record.org"';
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new SiteUrlError(`${found}, which is not a URL; ${expected}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteUrlError(`${found}, whose scheme is "${url.protocol}"; ${expected} (http or https)`);
  }
  if (url.username || url.password) {
    // Said without the password: build logs are read, and kept, by others.
    if (url.password) url.password = '***';
    throw new SiteUrlError(`${SITE_URL_VARIABLE} is "${url.href}", which holds a user name or password; ${expected}`);
  }
  // An empty "?" or "#" counts too: it would end every absolute link made from the address.
  if (url.href !== `${url.origin}/`) {
    throw new SiteUrlError(
      `${found}, which has a path, query or fragment; ${expected}: the site is served from the root of its host`,
    );
  }
  return url.href;
}

/** The configured address, or the default when the variable is unset or empty. */
export function siteUrlFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  const value = env[SITE_URL_VARIABLE];
  return value === undefined || value.trim() === '' ? DEFAULT_SITE_URL : parseSiteUrl(value);
}
