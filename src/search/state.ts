/**
 * The search page's state as it lives in the URL (`/search/?q=coolant&type=event&sort=date`),
 * so a search can be shared, bookmarked and restored. A parameter that is neither `q`,
 * `sort` nor a filter of the index (`utm_source`, `fbclid` added by whoever shared the link)
 * is ignored, not taken for a filter no result could match.
 */

/** The index's filters (src/search/facets.ts files each entry under them), in display order. */
export const FILTER_NAMES = ['type', 'organization', 'year'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

function isFilterName(name: string): name is FilterName {
  return (FILTER_NAMES as readonly string[]).includes(name);
}

export const SORTS = {
  relevance: 'Relevance',
  date: 'Date, earliest first',
} as const;
export type SortName = keyof typeof SORTS;

export interface SearchState {
  query: string;
  /** Filter name → chosen values; a result matches any chosen value of each filter. */
  filters: Record<string, string[]>;
  sort: SortName;
}

function isSort(value: string | null): value is SortName {
  return value !== null && Object.hasOwn(SORTS, value);
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const [name, value] of params) {
    if (!isFilterName(name) || value === '') continue;
    const values = (filters[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  const sort = params.get('sort');
  return { query: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'relevance' };
}

/** The URL query for a state, in a stable order, leaving out what is at its default. */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of Object.keys(state.filters).sort()) {
    for (const value of [...state.filters[name]!].sort()) params.append(name, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((values) => values.length > 0);
}

/** Pagefind's search options for a state: any chosen value within a filter, all filters together. */
export function pagefindSearchOptions(state: SearchState): {
  filters: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
} {
  const filters = Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
  return state.sort === 'date' ? { filters, sort: { date: 'asc' } } : { filters };
}
