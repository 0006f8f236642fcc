/**
 * The timeline's filters, declared once: the controls, the URL, entity pages' links to the
 * focused timeline and the matching below all read this table.
 */
import { foldText } from '../search/words.ts';
import type { Involved, Names, TimelineData, TimelineEvent, TimelineSpan } from './data.ts';

/** Filters that pick one entity the items involve: URL and control name → the field it matches. */
export const ENTITY_FILTERS = [
  { name: 'person', field: 'people', collection: 'people', label: 'Person', all: 'Everyone' },
  { name: 'spacecraft', field: 'spacecraft', collection: 'spacecraft', label: 'Spacecraft', all: 'All spacecraft' },
  { name: 'organization', field: 'organizations', collection: 'organizations', label: 'Organization', all: 'All organizations' },
  { name: 'place', field: 'places', collection: 'places', label: 'Place', all: 'All places' },
] as const satisfies ReadonlyArray<{ name: string; field: keyof Involved; collection: keyof Involved; label: string; all: string }>;

export type EntityFilterName = (typeof ENTITY_FILTERS)[number]['name'];

/** Every filter's name, in the order the URL writes them. */
export const FILTER_NAMES = ['kind', ...ENTITY_FILTERS.map((f) => f.name), 'q'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export type TimelineFilter = Partial<Record<FilterName, string | undefined>>;

/** Whether an event or span passes the filter. Kind filters events; spans have no event kind. */
export function matchesFilter(item: TimelineEvent | TimelineSpan, filter: TimelineFilter, names: Names & Pick<TimelineData, 'aliases'>): boolean {
  if (filter.kind && ('title' in item ? item.kind !== filter.kind : true)) return false;
  for (const f of ENTITY_FILTERS) {
    const id = filter[f.name];
    if (id && !item[f.field].includes(id)) return false;
  }
  const q = fold(filter.q?.trim() ?? '');
  if (!q) return true;
  const text = [
    'title' in item ? `${item.title} ${item.summary} ${item.aliases?.join(' ') ?? ''}` : item.label,
    ...ENTITY_FILTERS.flatMap((f) => item[f.field].flatMap((id) => [names[f.field][id] ?? id, ...(names.aliases[f.field][id] ?? [])])),
  ].join(' ');
  return fold(text).includes(q);
}

/** Text as the filter compares it: folded as search folds it, a curly apostrophe straight ("Rubio’s" finds "Rubio's"). */
function fold(text: string): string {
  return foldText(text).replace(/[‘’]/g, "'");
}
