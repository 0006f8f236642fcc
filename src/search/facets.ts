/**
 * What Pagefind learns about an entry page beyond its text: filters (type, organization,
 * year), a sort key (date), result-card metadata, and the names it goes by (title and aliases, which rank it).
 * Everything is derived from the entry's data and the link graph, so a new collection or
 * field is searchable and filterable without touching a template.
 */
import { yearsCovered } from '../model/dates.ts';
import { dateSpans } from '../site/entry-dates.ts';
import type { EntryKey, LinkGraph } from '../site/graph.ts';
import { entryWhenText } from '../site/key-facts.ts';
import { COLLECTION_INFO, summaryOf, type CollectionName } from '../model/collections.ts';
import { nameFields } from './ranking.ts';
import type { FilterName } from './state.ts';

export interface SearchFacets {
  /** Filter name → values; Pagefind counts and narrows by these. */
  filters: Partial<Record<FilterName, string[]>>;
  /** Sort key → value, compared as text (ISO dates sort chronologically). */
  sort: Record<string, string>;
  /** Shown on the result card. */
  meta: Record<string, string>;
}

/** Fields whose values are other names of the entry, in any script. */
const NAME_FIELDS = new Set(['aliases', 'nativeName', 'callSign']);

/** Sorts after every ISO date, so undated entries come last instead of leaving the results. */
export const UNDATED_SORT_KEY = '9999-99';

function nameValues(data: Record<string, unknown>): string[] {
  const names = Object.entries(data)
    .filter(([field]) => NAME_FIELDS.has(field))
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return [...new Set(names)];
}

const ORGANIZATIONS: CollectionName = 'organizations';
const SOURCES: CollectionName = 'sources';

/** The organizations an entry is tied to by its own data: referenced anywhere, or itself. */
function organizationsOf(graph: LinkGraph, key: EntryKey): string[] {
  const keys = (graph.outgoing.get(key) ?? [])
    .filter((edge) => edge.field !== 'body' && edge.to.startsWith(`${ORGANIZATIONS}/`))
    .map((edge) => edge.to);
  if (key.startsWith(`${ORGANIZATIONS}/`)) keys.unshift(key);
  const titles = keys.map((k) => graph.entries.get(k)?.data.title).filter((t): t is string => !!t);
  return [...new Set(titles)];
}

export function searchFacets(graph: LinkGraph, key: EntryKey, options: { summary?: string } = {}): SearchFacets {
  const entry = graph.entries.get(key);
  if (!entry) throw new Error(`No entry ${key} in the link graph`);
  const type = COLLECTION_INFO[entry.collection].singular;
  const spans = dateSpans(entry.data).sort((a, b) => a.from.start - b.from.start);
  const years = [...new Set(spans.flatMap((s) => yearsCovered(s.from, s.to)))].sort((a, b) => a - b);
  const first = spans[0];
  const summary = options.summary ?? summaryOf(entry.data);

  const filters: SearchFacets['filters'] = { type: [type] };
  const organizations = organizationsOf(graph, key);
  if (organizations.length > 0) filters.organization = organizations;
  if (years.length > 0) filters.year = years.map(String);

  const meta: Record<string, string> = { title: entry.data.title, type };
  if (summary) meta.summary = summary;
  // As the entry's page and card say it: "Born 27 August 1984", an event's date alone.
  const when = entryWhenText(graph, key);
  if (when) meta.date = when;
  // A source is evidence about an entry, not the entry: its title goes under fields that
  // rank below the names' (src/search/ranking.ts), so it never outranks an entry of its name.
  if (entry.collection === SOURCES) Object.assign(meta, nameFields('publication', [entry.data.title]));
  else Object.assign(meta, nameFields('names', [...new Set([entry.data.title, ...nameValues(entry.data)])]));

  return {
    filters,
    sort: { date: first ? new Date(first.from.start).toISOString() : UNDATED_SORT_KEY },
    meta,
  };
}
