/**
 * What Pagefind learns about an entry page beyond its text: filters (type, organization,
 * year), a sort key (date), result-card metadata, and the names it goes by (title and aliases, which rank it).
 * Everything is derived from the entry's data and the link graph, so a new collection or
 * field is searchable and filterable without touching a template.
 */
import { formatDateRange, isPartialDate, yearsCovered, type PartialDate } from '../model/dates.ts';
import type { EntryKey, LinkGraph } from '../site/graph.ts';
import { COLLECTION_INFO, summaryOf, type CollectionName } from '../model/collections.ts';
import { nameFields } from './ranking.ts';

export interface SearchFacets {
  /** Filter name → values; Pagefind counts and narrows by these. */
  filters: Record<string, string[]>;
  /** Sort key → value, compared as text (ISO dates sort chronologically). */
  sort: Record<string, string>;
  /** Shown on the result card. */
  meta: Record<string, string>;
}

/** Fields whose values are other names of the entry, in any script. */
const NAME_FIELDS = new Set(['aliases', 'nativeName', 'callSign']);

/** A date under one of these keys ends the range begun by the date under the other. */
const RANGE_END: Record<string, string> = { date: 'end', from: 'to' };

/** Sorts after every ISO date, so undated entries come last instead of leaving the results. */
export const UNDATED_SORT_KEY = '9999-99';

interface DateSpan {
  from: PartialDate;
  to?: PartialDate | undefined;
  /** The entry's field it is found under: `launch` for `launch.date`. */
  field: string;
}

/** Every date and date range in an entry's data (or in a value under `field`), however deeply nested. */
function dateSpans(value: unknown, field?: string, spans: DateSpan[] = []): DateSpan[] {
  if (isPartialDate(value)) {
    spans.push({ from: value, field: field ?? '' });
  } else if (Array.isArray(value)) {
    for (const item of value) dateSpans(item, field, spans);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const ends = new Set(Object.keys(RANGE_END).filter((k) => isPartialDate(record[k])).map((k) => RANGE_END[k]!));
    for (const [key, child] of Object.entries(record)) {
      if (ends.has(key)) continue;
      const end = RANGE_END[key];
      if (isPartialDate(child) && end !== undefined) {
        const to = record[end];
        spans.push({ from: child, to: isPartialDate(to) ? to : undefined, field: field ?? key });
      } else {
        dateSpans(child, field ?? key, spans);
      }
    }
  }
  return spans;
}

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

/** When an entry happened or was active, as its page says it: its earliest date or span, and the field it is under. */
export function firstDate(data: Record<string, unknown>): { field: string; text: string } | undefined {
  const first = dateSpans(data).sort((a, b) => a.from.start - b.from.start)[0];
  return first && { field: first.field, text: formatDateRange(first.from, first.to) };
}

export function whenText(data: Record<string, unknown>): string | undefined {
  return firstDate(data)?.text;
}

export function searchFacets(graph: LinkGraph, key: EntryKey, options: { summary?: string } = {}): SearchFacets {
  const entry = graph.entries.get(key);
  if (!entry) throw new Error(`No entry ${key} in the link graph`);
  const type = COLLECTION_INFO[entry.collection].singular;
  const spans = dateSpans(entry.data).sort((a, b) => a.from.start - b.from.start);
  const years = [...new Set(spans.flatMap((s) => yearsCovered(s.from, s.to)))].sort((a, b) => a - b);
  const first = spans[0];
  const summary = options.summary ?? summaryOf(entry.data);

  const filters: Record<string, string[]> = { type: [type] };
  const organizations = organizationsOf(graph, key);
  if (organizations.length > 0) filters.organization = organizations;
  if (years.length > 0) filters.year = years.map(String);

  const meta: Record<string, string> = { title: entry.data.title, type };
  if (summary) meta.summary = summary;
  if (first) meta.date = formatDateRange(first.from, first.to);
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
