/**
 * Which built files the service worker keeps, by pattern over dist/ (so files added by other
 * parts of the build are covered without a list to maintain). Paths are relative to dist/.
 */
import { COLLECTIONS } from '../model/collections.ts';
import { TITLE_LIST_PATH } from '../publish/title-list.ts';

/** The whole Pagefind index is precached on the first visit while it is at most this big. */
export const INDEX_PRECACHE_LIMIT = 5 * 1024 * 1024;

/** Pagefind's own UI bundles: the search page uses its JavaScript API, never these. */
const PAGEFIND_UI = ['pagefind/pagefind-*ui.*', 'pagefind/pagefind-highlight.js'];

/** Written by this step itself: the worker is never cached by itself, the list must be fresh. */
export const WORKER_FILE = 'sw.js';
export const RECORD_LIST_FILE = 'offline/record.json';

/** The page the service worker shows, offline, for a page it does not have. */
export const OFFLINE_FALLBACK = '/offline/unavailable/';
/** The site's not-found page, shown offline for an address that is no page at all. */
export const NOT_FOUND_PAGE = '404.html';

/**
 * The shell: what every page needs, what search needs to start, and the pages every header
 * links to (each collection's first index page, of bounded size), cached on the first visit.
 */
export const SHELL = [
  '_astro/**/*.{js,css}',
  '**/*.{woff,woff2}',
  'favicon.svg',
  'index.html',
  NOT_FOUND_PAGE,
  ...COLLECTIONS.map((c) => `${c}/index.html`),
  'search/index.html',
  'offline/index.html',
  'offline/unavailable/index.html',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
];

/**
 * The search index proper: chunks, fragments and filters (content-hashed names), and the list
 * of titles from which search suggests the entries nearest to a word found nowhere.
 */
export const INDEX = ['pagefind/index/**', 'pagefind/fragment/**', 'pagefind/filter/**', TITLE_LIST_PATH.slice(1)];

export const IGNORED = [WORKER_FILE, RECORD_LIST_FILE, ...PAGEFIND_UI];

/**
 * "The whole record": every page, the whole index and every file pages use (data such as
 * link previews and the list of titles included). Share images and the data export's files
 * are for other sites and programs, not for reading here: left out, but for the page that
 * describes them.
 */
export const RECORD = ['**/*.html', '_astro/**', 'pagefind/**', '**/*.json', '*.{svg,ico,png}', '**/*.{woff,woff2}'];
export const RECORD_IGNORED = [...IGNORED, 'data/!(index.html)'];

/**
 * The timeline: its page (of bounded size) and the chart's data, which grows with the record
 * (about 1 KB an event), so a reader can explore it offline after one visit while it is small.
 */
export const TIMELINE = ['timeline/index.html', 'timeline/data.json'];
/** The timeline is precached on the first visit while its files are at most this big. */
export const TIMELINE_PRECACHE_LIMIT = 1024 * 1024;

export interface PrecacheChoice {
  patterns: string[];
  indexPrecached: boolean;
  timelinePrecached: boolean;
}

/** The shell, and the index and the timeline too while each is small enough. */
export function precachePatterns(sizes: { indexBytes: number; timelineBytes: number }): PrecacheChoice {
  const indexPrecached = sizes.indexBytes <= INDEX_PRECACHE_LIMIT;
  const timelinePrecached = sizes.timelineBytes <= TIMELINE_PRECACHE_LIMIT;
  return { patterns: [...SHELL, ...(indexPrecached ? INDEX : []), ...(timelinePrecached ? TIMELINE : [])], indexPrecached, timelinePrecached };
}

/** Files whose names change with their content: fetched as they are, with no cache-busting query. */
export const CONTENT_HASHED = /^(_astro\/|pagefind\/(index|fragment|filter)\/)/;

/** The first folder of every page's address: "people" for people/frank-rubio/index.html. */
export function pageSections(files: readonly string[]): string[] {
  return [...new Set(files.filter((f) => f.endsWith('.html') && f.includes('/')).map((f) => f.split('/')[0]!))].sort();
}

/** The URL a reader uses for a built file: "people/x/index.html" is "/people/x/". */
export function siteUrl(file: string): string {
  const url = `/${file}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}
