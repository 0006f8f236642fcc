/**
 * The part of Pagefind's browser API (/pagefind/pagefind.js, written by the build) that the
 * search page uses, and its loading. The bundle is fetched at run time from the site itself,
 * never bundled, so it always matches the index beside it.
 */
import { PAGEFIND_OPTIONS } from '../ranking';

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The excerpt as text, without its marks. */
  plain_excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  /** The page's indexed text as Pagefind splits it into words; `locations` count in it. */
  raw_content: string;
  /** Where the query's words matched, as word numbers in `raw_content`. */
  locations: number[];
}

export interface PagefindResult {
  id: string;
  score: number;
  /** The metadata fields the query matched (absent when none did). */
  matchedMetaFields?: string[];
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  /** Starts loading the index's entry file, metadata and WebAssembly, without waiting for them. */
  init(): Promise<void>;
  /** Fetches the index chunks a search for these words needs, and stops there. */
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  /** Loads every filter; from then on Pagefind counts them on every search, which is slow on large sites. */
  filters(): Promise<FilterCounts>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Written with every index; the service worker keeps it with the index it belongs to. */
const INDEX_ENTRY_URL = '/pagefind/pagefind-entry.json';

export type PagefindLoad = { pagefind: Pagefind } | { problem: string };

/**
 * `astro dev` serves no index, and neither does a site built without the Pagefind step; both
 * end here with a message instead of a broken page. (Not import.meta.env.DEV: a build run with
 * NODE_ENV=test, as under the test runner, sets it too.)
 */
export async function loadPagefind(): Promise<PagefindLoad> {
  try {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
    // Pagefind starts on its first call: start it now, so the first search does not wait for it.
    await pagefind.init();
    return { pagefind };
  } catch {
    return {
      problem:
        'Search needs the index that the build writes, and this server has none (the dev server never does): run `npm run build && npm run preview` to search. Meanwhile, browse the collections below.',
    };
  }
}

/**
 * Whether the index can be read now, from the server or this device's copy. Pagefind logs an
 * index chunk it could not fetch and searches without it, so offline with no copy of the index
 * (before the service worker's first install is done, or where there is none) every search
 * came back empty and the page said "No results for “Rubio”".
 */
export async function indexReachable(): Promise<boolean> {
  return fetch(INDEX_ENTRY_URL, { cache: 'no-store' }).then((response) => response.ok, () => false);
}
