/** What the search page and its filter-counting worker (filter-counts-worker.ts) say to each other. */
import type { FilterCounts } from './pagefind-api';

export interface FilterCountsRequest {
  id: number;
  /** null: no words, the filters alone (Pagefind's filter-only search). */
  query: string | null;
  filters: Record<string, { any: string[] }>;
}

export type FilterCountsReply =
  | { id: number; counts: FilterCounts; all: FilterCounts }
  | { id: number; problem: string };
