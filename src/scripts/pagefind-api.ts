/**
 * The part of Pagefind's browser API (/pagefind/pagefind.js, written by the build) that the
 * search page uses, and its loading. The bundle is fetched at run time from the site itself,
 * never bundled, so it always matches the index beside it.
 */

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
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
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';

export type PagefindLoad = { pagefind: Pagefind } | { problem: string };

export async function loadPagefind(): Promise<PagefindLoad> {
  if (import.meta.env.DEV) {
    return {
      problem:
        'Search needs the index that the build writes: run `npm run build && npm run preview` to search. The dev server has no index.',
    };
  }
  try {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // Entry pages vary from a paragraph to many; without this, short pages that merely
    // mention a word outrank the entry about it.
    await pagefind.options({ excerptLength: 24, ranking: { pageLength: 0, termFrequency: 0.5 } });
    return { pagefind };
  } catch {
    return { problem: 'The search index could not be loaded. Browse the collections below instead.' };
  }
}
