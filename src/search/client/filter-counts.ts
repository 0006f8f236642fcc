/**
 * Counts per filter value for the search page, from a worker with a Pagefind of its own
 * (filter-counts-worker.ts), so that counting never delays the results. Where that worker
 * cannot run, the page's own Pagefind counts, as it did before: slower, never wrong.
 */
import workerUrl from './filter-counts-worker.ts?worker&url';
import type { FilterCountsReply, FilterCountsRequest } from './filter-counts-messages';
import type { FilterCounts, Pagefind } from './pagefind-api';

export interface Counted {
  /** Results per filter value for this search. */
  counts: FilterCounts;
  /** Every filter value in the index, with its number of pages. */
  all: FilterCounts;
}

export type CountFilters = (query: string | null, filters: FilterCountsRequest['filters']) => Promise<Counted>;

/** Counts in the page's own Pagefind (which then counts on every search it runs). */
function countHere(pagefind: Pagefind): CountFilters {
  return async (query, filters) => {
    const all = await pagefind.filters();
    if (query === null && Object.keys(filters).length === 0) return { counts: all, all };
    const response = await pagefind.search(query, { filters });
    return { counts: response?.filters ?? {}, all };
  };
}

export function filterCounter(fallback: Pagefind): CountFilters {
  let worker: Worker;
  try {
    worker = new Worker(workerUrl, { type: 'module', name: 'filter counts' });
  } catch {
    return countHere(fallback);
  }
  let nextId = 0;
  let failed = false;
  const waiting = new Map<number, (reply: FilterCountsReply) => void>();
  const giveUp = () => {
    failed = true;
    for (const [id, answer] of waiting) answer({ id, problem: 'the filter-count worker stopped' });
    waiting.clear();
  };
  worker.addEventListener('error', giveUp);
  worker.addEventListener('message', (event: MessageEvent<FilterCountsReply>) => {
    // The worker answers only the newest request; every older one is answered by it too.
    for (const [id, answer] of waiting) {
      if (id > event.data.id) continue;
      waiting.delete(id);
      answer({ ...event.data, id });
    }
  });
  const here = countHere(fallback);
  return async (query, filters) => {
    if (failed) return here(query, filters);
    const id = ++nextId;
    const reply = await new Promise<FilterCountsReply>((resolve) => {
      waiting.set(id, resolve);
      worker.postMessage({ id, query, filters } satisfies FilterCountsRequest);
    });
    if ('problem' in reply) return here(query, filters);
    return { counts: reply.counts, all: reply.all };
  };
}

/**
 * Counts as the filters combine: values of one filter widen the search (type: event or person),
 * so each value of a filter in use counts what ticking it would show, which is the count of the
 * search without that filter; Pagefind's own counts, taken with it, read 0 for every other value.
 */
export function widenedCounts(count: CountFilters): CountFilters {
  return async (query, filters) => {
    const counted = await count(query, filters);
    const counts = { ...counted.counts };
    for (const name of Object.keys(filters)) {
      const { [name]: _chosen, ...others } = filters;
      counts[name] = (await count(query, others)).counts[name] ?? {};
    }
    return { counts, all: counted.all };
  };
}
