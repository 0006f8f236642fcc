/**
 * What every page's <head> says about it to search engines and to the sites it is shared
 * on: title, description, canonical address, OpenGraph and Twitter card, feed link. One
 * function for every page, so no page can lack any of them.
 */
import { parseEntryLink } from '../site/routes.ts';
import { SHARE_IMAGES, shareImagePath, SITE_SHARE_IMAGE } from './share-paths.ts';

export const SITE_NAME = 'Orbital Record';
export const FEED_PATH = '/events/feed.xml';
export const FEED_TITLE = `Events · ${SITE_NAME}`;

export interface PageMetaInput {
  /** The site's address (Astro's `site`), with a trailing slash. */
  site: string;
  /** The page's own path, e.g. `/people/frank-rubio/`. */
  path: string;
  title: string;
  description: string;
  /** Whether the build draws share images (ORBITAL_SHARE_IMAGES); without them no tag names one. */
  shareImages?: boolean;
}

export interface PageMeta {
  /** "Frank Rubio · Orbital Record"; the home page is just "Orbital Record". */
  title: string;
  description: string;
  canonical: string;
  /** `<meta property=…>` (OpenGraph) and `<meta name=…>` (Twitter) pairs, in order. */
  properties: Array<{ property: string; content: string }>;
  names: Array<{ name: string; content: string }>;
  feed: { href: string; title: string };
}

export function pageTitle(title: string): string {
  return title === SITE_NAME ? SITE_NAME : `${title} · ${SITE_NAME}`;
}

/** An absolute URL on this site. */
export function siteAddress(site: string, path: string): string {
  return new URL(path, site).href;
}

/** Astro renders the not-found page at /404/, but writes and serves it as /404.html. */
const NOT_FOUND_PAGE = { rendered: '/404/', served: '/404.html' };

export function pageMeta({ site, path, title, description, shareImages = SHARE_IMAGES }: PageMetaInput): PageMeta {
  const canonical = siteAddress(site, path === NOT_FOUND_PAGE.rendered ? NOT_FOUND_PAGE.served : path);
  const entry = parseEntryLink(path);
  const image = siteAddress(site, entry ? shareImagePath(entry.collection, entry.id) : SITE_SHARE_IMAGE.path);
  const imageAlt = entry ? `${title}, on ${SITE_NAME}` : SITE_NAME;
  return {
    title: pageTitle(title),
    description,
    canonical,
    properties: [
      { property: 'og:type', content: entry ? 'article' : 'website' },
      { property: 'og:site_name', content: SITE_NAME },
      { property: 'og:locale', content: 'en_GB' },
      { property: 'og:title', content: title },
      { property: 'og:description', content: description },
      { property: 'og:url', content: canonical },
      ...(shareImages
        ? [
            { property: 'og:image', content: image },
            { property: 'og:image:type', content: 'image/png' },
            { property: 'og:image:width', content: String(SITE_SHARE_IMAGE.width) },
            { property: 'og:image:height', content: String(SITE_SHARE_IMAGE.height) },
            { property: 'og:image:alt', content: imageAlt },
          ]
        : []),
    ],
    names: [
      { name: 'twitter:card', content: shareImages ? 'summary_large_image' : 'summary' },
      { name: 'twitter:title', content: title },
      { name: 'twitter:description', content: description },
      ...(shareImages
        ? [
            { name: 'twitter:image', content: image },
            { name: 'twitter:image:alt', content: imageAlt },
          ]
        : []),
    ],
    feed: { href: siteAddress(site, FEED_PATH), title: FEED_TITLE },
  };
}
