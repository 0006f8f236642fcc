/**
 * Makes a built site readable inside a ZIM archive: every root-relative URL in its HTML
 * attributes, JSON data (the timeline's), stylesheets and scripts becomes a path
 * relative to the file that holds it; pages that need a web server (search, the service
 * worker's pages) are dropped, and so are scripts no page loads any more, and Pagefind's metadata.
 */
import fs from 'node:fs';
import path from 'node:path';
import render from 'dom-serializer';
import { appendChild, findAll, findOne, getAttributeValue, isTag, removeElement, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { TITLE_LIST_PATH } from '../../publish/title-list.ts';
import { fileOfUrl, isRootRelative, relativeUrl } from './relative-url.ts';

/**
 * Left out of the archive: what only a web server gives (Pagefind search and its list of
 * titles, the service worker and its pages, the not-found page, link previews) and what is
 * made for other sites and crawlers (share images, robots.txt; pages link the sitemap, so it
 * stays). The share images alone (8 MB) would be most of the file.
 */
export const SERVER_ONLY = ['search', 'offline', 'pagefind', 'sw.js', '404.html', 'share', 'robots.txt', 'previews', TITLE_LIST_PATH.slice(1)];

/** `data-src`: the file the timeline chart loads its data from. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data', 'data-src'];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Root-relative URLs in CSS `url(…)` and in JavaScript string literals naming a file of the
 * site ("/_astro/card.js", which a script imports), with the files they name.
 */
function rewriteCode(file: string, code: string, exists: (file: string) => boolean): { code: string; loads: string[] } {
  const loads: string[] = [];
  const relative = (url: string) => (loads.push(fileOfUrl(url)), relativeUrl(file, url));
  const rewritten = code
    .replace(/url\(\s*(['"]?)(\/[^'")]+)\1\s*\)/g, (all, quote: string, url: string) => (isRootRelative(url) ? `url(${quote}${relative(url)}${quote})` : all))
    .replace(/(["'`])(\/[^"'`\s]+)\1/g, (all, quote: string, url: string) => (isRootRelative(url) && exists(fileOfUrl(url)) ? `${quote}${relative(url)}${quote}` : all));
  return { code: rewritten, loads };
}

/** Every string in JSON data that names a file of the site (the timeline's event links). */
function rewriteJson(file: string, value: unknown, exists: (file: string) => boolean): unknown {
  if (typeof value === 'string') return isRootRelative(value) && exists(fileOfUrl(value)) ? relativeUrl(file, value) : value;
  if (Array.isArray(value)) return value.map((v) => rewriteJson(file, v, exists));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewriteJson(file, v, exists)]));
  return value;
}

/**
 * Pagefind's hidden block of filters and metadata (SearchMeta.astro): Kiwix indexes hidden
 * text as it does the rest, so its values ran into the excerpts of Kiwix's own search.
 */
const isSearchMetadata: Parameters<typeof findAll>[0] = (element) =>
  element.name === 'div' &&
  'hidden' in element.attribs &&
  'data-pagefind-ignore' in element.attribs &&
  element.children.every((child) => !isTag(child) || Object.keys(child.attribs).some((name) => /^data-pagefind-(filter|sort|meta)$/.test(name)));

/**
 * A page the site's search leaves out (no `data-pagefind-body`: lists, the timeline, the home
 * page) is left out of Kiwix's full-text search too: "Sources, page 2 of 2" came before the
 * entries it lists. So is one it weighs below entries (a source, src/search/ranking.ts), which
 * Kiwix cannot weigh: a source's page is little more than its headline, and eight of them came
 * before the coolant leak itself for "coolant", quoted by their field labels ("Publisher …
 * Address https://…"). Its title stays in Kiwix's suggestions.
 */
function keepOutOfSearch(document: ReturnType<typeof parseDocument>): void {
  const article = findOne((element) => 'data-pagefind-body' in element.attribs, document.children);
  if (article && Number(getAttributeValue(article, 'data-pagefind-weight') ?? 1) >= 1) return;
  const head = findOne((element) => element.name === 'head', document.children);
  const [noindex] = parseDocument('<meta name="robots" content="noindex">').children;
  if (head && noindex) appendChild(head, noindex);
}

function rewriteHtml(file: string, html: string, exists: (file: string) => boolean): { html: string; loads: string[] } {
  const document = parseDocument(html);
  for (const block of findAll(isSearchMetadata, document.children)) removeElement(block);
  keepOutOfSearch(document);
  const loads: string[] = [];
  for (const element of findAll(() => true, document.children)) {
    for (const name of URL_ATTRIBUTES) {
      const value = getAttributeValue(element, name);
      if (value === undefined || !isRootRelative(value)) continue;
      element.attribs[name] = relativeUrl(file, value);
      if (name !== 'href' || element.name === 'link') loads.push(fileOfUrl(value));
    }
    const type = getAttributeValue(element, 'type');
    const text = element.children[0];
    if (element.name === 'script' && type === 'application/json' && text?.type === 'text') {
      // Escaped as the build escapes it, so the data cannot close its script element.
      text.data = JSON.stringify(rewriteJson(file, JSON.parse(textContent(element)), exists)).replace(/</g, '\\u003c');
    } else if ((element.name === 'style' || (element.name === 'script' && type === 'module')) && text?.type === 'text') {
      const rewritten = rewriteCode(file, text.data, exists);
      text.data = rewritten.code;
      loads.push(...rewritten.loads);
    }
  }
  return { html: render(document, { encodeEntities: 'utf8' }), loads };
}

/** Static imports and dynamic imports of a script, as dist-relative files. */
function importsOf(file: string, code: string): string[] {
  return [...code.matchAll(/(?:\bimport\s*\(?|\bfrom)\s*["'`]([^"'`]+)["'`]/g)].map((m) => path.posix.join(path.posix.dirname(file), m[1]!));
}

export function rewriteSite(site: string): { pages: number; files: number } {
  for (const name of SERVER_ONLY) fs.rmSync(path.join(site, name), { recursive: true, force: true });
  const files = new Set(filesUnder(site));
  const exists = (file: string) => files.has(file);

  const loaded = new Set<string>();
  let pages = 0;
  for (const file of files) {
    const full = path.join(site, file);
    if (file.endsWith('.html')) {
      const { html, loads } = rewriteHtml(file, fs.readFileSync(full, 'utf8'), exists);
      fs.writeFileSync(full, html);
      loads.forEach((f) => loaded.add(f));
      pages++;
    } else if (file.endsWith('.json')) {
      // Data files (the timeline chart's) are read by the pages beside them, so their links
      // are made relative to the file's own folder.
      fs.writeFileSync(full, JSON.stringify(rewriteJson(file, JSON.parse(fs.readFileSync(full, 'utf8')), exists)));
    }
  }
  // Scripts and stylesheets no remaining page loads (the search page's, the offline control's) go.
  const queue = [...loaded];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (!file.endsWith('.js') || !exists(file)) continue;
    for (const imported of importsOf(file, fs.readFileSync(path.join(site, file), 'utf8'))) {
      if (!loaded.has(imported)) queue.push(imported), loaded.add(imported);
    }
  }
  for (const file of files) {
    if (file.startsWith('_astro/') && !loaded.has(file)) {
      fs.rmSync(path.join(site, file));
      files.delete(file);
    } else if (/\.(css|js|mjs)$/.test(file)) {
      const full = path.join(site, file);
      fs.writeFileSync(full, rewriteCode(file, fs.readFileSync(full, 'utf8'), exists).code);
    }
  }
  return { pages, files: files.size };
}
