/// <reference lib="webworker" />
/**
 * A second Pagefind, in a worker of its own, that only counts results per filter value.
 * Once Pagefind has loaded a site's filters it counts them on every search, in time that
 * grows with results × filter values (about a second for "Soyuz" on 10,000 entries): the
 * search page's own Pagefind never loads them unless a filter is chosen, so its results
 * paint without waiting, and the counts follow from here.
 */
import type { FilterCountsReply, FilterCountsRequest } from './filter-counts-messages';
import type { Pagefind } from './pagefind-api';

declare const self: DedicatedWorkerGlobalScope;

/**
 * Index chunks, filters and the metadata have content-hashed names and were just fetched
 * by the search page's Pagefind: take them from the HTTP cache, stale or not, rather than
 * downloading the query's index a second time.
 */
const HASHED = /\/pagefind\/(index\/|filter\/|fragment\/|pagefind\.[^/]+\.pf_meta$)/;
const plainFetch = self.fetch.bind(self);
self.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  return plainFetch(input, HASHED.test(url) ? { ...init, cache: 'force-cache' } : init);
};

const PAGEFIND_URL = '/pagefind/pagefind.js';
const pagefind = import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;

/** Only the newest request matters: the reader has moved on from the others. */
let latest: FilterCountsRequest | undefined;
let running = false;

async function countLatest() {
  if (running) return;
  running = true;
  try {
    while (latest) {
      const request = latest;
      latest = undefined;
      const reply: FilterCountsReply = await count(request);
      self.postMessage(reply);
    }
  } finally {
    running = false;
  }
}

async function count(request: FilterCountsRequest): Promise<FilterCountsReply> {
  try {
    const search = await pagefind;
    const all = await search.filters();
    if (request.query === null && Object.keys(request.filters).length === 0) return { id: request.id, counts: all, all };
    const response = await search.search(request.query, { filters: request.filters });
    return { id: request.id, counts: response?.filters ?? {}, all };
  } catch (error) {
    return { id: request.id, problem: String(error) };
  }
}

self.addEventListener('message', (event: MessageEvent<FilterCountsRequest>) => {
  latest = event.data;
  void countLatest();
});
