/**
 * Inside a ZIM archive there is no site root and no directory index: a link is a path from
 * the linking file to the linked file. These turn the site's root-relative URLs into those.
 */
import path from 'node:path';

/** A root-relative URL of this site ("/people/x/", "/_astro/a.css"), not "//host/…" nor "https://…". */
export const isRootRelative = (url: string) => url.startsWith('/') && !url.startsWith('//');

/**
 * The URL from `fromFile` (dist-relative, e.g. "people/x/index.html") to the file behind a
 * root-relative URL: "/events/" from "people/x/index.html" is "../../events/index.html".
 * Query and fragment are kept.
 */
export function relativeUrl(fromFile: string, url: string): string {
  const [, pathname = '/', rest = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
  const target = `${decodeURI(pathname).replace(/^\//, '')}${pathname.endsWith('/') ? 'index.html' : ''}`;
  const relative = path.posix.relative(path.posix.dirname(fromFile), target) || path.posix.basename(target);
  return `${encodeURI(relative)}${rest}`;
}

/** The dist-relative file a root-relative URL names ("/people/x/?a#b" → "people/x/index.html"). */
export function fileOfUrl(url: string): string {
  const pathname = decodeURI(url.replace(/[?#].*$/, ''));
  return `${pathname.replace(/^\//, '')}${pathname.endsWith('/') ? 'index.html' : ''}`;
}
