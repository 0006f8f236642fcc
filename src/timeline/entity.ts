/**
 * "This entity's events", computed once for every entity page: the events and spans that
 * involve each person, spacecraft, organization and place, and the link to the full
 * timeline focused on it. The page's mini timeline and its events list both read this.
 */
import { max, min } from 'd3-array';
import type { EntryKey } from '../site/graph.ts';
import type { TimelineData, TimelineEvent, TimelineSpan } from './data.ts';
import type { SpanKind } from './span-kinds.ts';
import { ENTITY_FILTERS } from './filters.ts';
import { encodeView, type ViewState } from './url-state.ts';

export interface EntityTimeline {
  events: TimelineEvent[];
  spans: TimelineSpan[];
  /** The full timeline focused on this entity: filtered to it, zoomed to its items. */
  href: string;
  extent: [number, number];
}

const DAY = 86_400_000;

/** The spans an entity's page shows: a person's seats and terms, a craft's flight and crew … */
const SPANS_OF: Record<(typeof ENTITY_FILTERS)[number]['collection'], readonly SpanKind[]> = {
  people: ['crew', 'term'],
  spacecraft: ['flight', 'crew'],
  // … an organization's leaders and the flights of craft it operates, a place's flights from or to it.
  organizations: ['flight', 'term'],
  places: ['flight'],
};

/**
 * The events and spans that involve each entity, in one pass over the timeline: scanning
 * it once per entity page would make the build quadratic. Entities with no dated items
 * have no entry.
 */
export function entityTimelines(data: TimelineData): Map<EntryKey, EntityTimeline> {
  const groups = new Map<EntryKey, { filter: Partial<ViewState>; events: TimelineEvent[]; spans: TimelineSpan[] }>();
  for (const f of ENTITY_FILTERS) {
    const groupOf = (id: string) => {
      const key: EntryKey = `${f.collection}/${id}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { filter: { [f.name]: id }, events: [], spans: [] }));
      return group;
    };
    for (const e of data.events) for (const id of new Set(e[f.field])) groupOf(id).events.push(e);
    for (const s of data.spans) {
      if (SPANS_OF[f.collection].includes(s.kind)) for (const id of new Set(s[f.field])) groupOf(id).spans.push(s);
    }
  }
  const slices = new Map<EntryKey, EntityTimeline>();
  for (const [key, { filter, events, spans }] of groups) {
    const items = [...events, ...spans];
    // A hub's items can outnumber what a spread of arguments may hold.
    const from = min(items, (i) => i.start)!;
    const to = max(items, (i) => i.end)!;
    const pad = Math.max((to - from) * 0.05, DAY);
    const view: ViewState = { lanes: 'spacecraft', from: Math.floor((from - pad) / DAY) * DAY, to: Math.ceil((to + pad) / DAY) * DAY, ...filter };
    slices.set(key, { events, spans, href: `/timeline/?${encodeView(view)}`, extent: [from, to] });
  }
  return slices;
}

/** How many events and spans an entity page lists; the rest are one link away on the full timeline. */
export const ENTITY_LIST_MAX = 20;

/**
 * A person's seats, each stay once: the seat they came home in (listed "landing only", a
 * moment at the landing) is named by the seat they went up in, "home on Soyuz MS-23".
 */
export function staysOf(spans: readonly TimelineSpan[]): TimelineSpan[] {
  const homes = new Set(spans.flatMap((s) => (s.kind === 'crew' && s.spacecraft[1] ? [s.spacecraft[1]] : [])));
  return spans.filter((s) => !(s.kind === 'crew' && s.spacecraft.length === 1 && homes.has(s.spacecraft[0]!)));
}

/** The latest `max` items, still in time order: on a hub's page, what happened most recently. */
export function latest<T>(items: readonly T[], max = ENTITY_LIST_MAX): T[] {
  return items.slice(Math.max(0, items.length - max));
}
