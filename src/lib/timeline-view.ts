/**
 * The timeline's view: filters, lanes, clusters, labels and the URL state. Shared by the
 * page (server) and the chart (client), so it imports nothing at run time: the client
 * bundle must stay small.
 */
import type { SpanKind, TimelineData, TimelineEvent, TimelineSpan } from './timeline.ts';

/* ---------- filters ---------- */

export interface TimelineFilter {
  kind?: string | undefined;
  person?: string | undefined;
  spacecraft?: string | undefined;
  organization?: string | undefined;
  /** Free text, matched against title, summary and the names of what the item involves. */
  q?: string | undefined;
}

type Names = Pick<TimelineData, 'people' | 'spacecraft' | 'organizations'>;

/** Whether an event or span passes the filter. Kind filters events; spans have no event kind. */
export function matchesFilter(item: TimelineEvent | TimelineSpan, filter: TimelineFilter, names: Names): boolean {
  if (filter.kind && ('title' in item ? item.kind !== filter.kind : true)) return false;
  if (filter.person && !item.people.includes(filter.person)) return false;
  if (filter.spacecraft && !item.spacecraft.includes(filter.spacecraft)) return false;
  if (filter.organization && !item.organizations.includes(filter.organization)) return false;
  const q = filter.q?.trim().toLowerCase();
  if (!q) return true;
  const text = [
    'title' in item ? `${item.title} ${item.summary}` : item.label,
    ...item.people.map((id) => names.people[id] ?? id),
    ...item.spacecraft.map((id) => names.spacecraft[id] ?? id),
    ...item.organizations.map((id) => names.organizations[id] ?? id),
  ].join(' ').toLowerCase();
  return text.includes(q);
}

/* ---------- lanes ---------- */

export type LaneMode = 'spacecraft' | 'kind';
export const LANE_MODES: readonly LaneMode[] = ['spacecraft', 'kind'];

export interface Lane {
  key: string;
  label: string;
  /** Events in this lane, in time order. */
  events: TimelineEvent[];
  /** Spans in rows below the events, packed so none overlaps another in its row. */
  rows: TimelineSpan[][];
}

const SPAN_LANE_LABEL: Record<SpanKind, string> = { flight: 'Flights', crew: 'Flights', term: 'Terms of office' };

function laneOf(item: TimelineEvent | TimelineSpan, mode: LaneMode, names: Names): [string, string] {
  if ('title' in item) {
    if (mode === 'kind') return [`kind:${item.kind}`, item.kind.charAt(0).toUpperCase() + item.kind.slice(1)];
    const craft = item.spacecraft[0];
    return craft ? [`spacecraft:${craft}`, names.spacecraft[craft] ?? craft] : ['none', 'No spacecraft'];
  }
  if (mode === 'kind') return [`span:${SPAN_LANE_LABEL[item.kind]}`, SPAN_LANE_LABEL[item.kind]];
  if (item.kind === 'term') return [`organization:${item.organizations[0]}`, `${names.organizations[item.organizations[0]!] ?? ''} leaders`];
  const craft = item.spacecraft[0]!;
  return [`spacecraft:${craft}`, names.spacecraft[craft] ?? craft];
}

/** Packs time-ordered spans into rows greedily: each goes in the first row where it fits. */
export function packRows(spans: readonly TimelineSpan[]): TimelineSpan[][] {
  const rows: TimelineSpan[][] = [];
  const rowEnds: number[] = [];
  for (const span of spans) {
    const row = rowEnds.findIndex((end) => end <= span.start);
    if (row === -1) {
      rows.push([span]);
      rowEnds.push(span.end);
    } else {
      rows[row]!.push(span);
      rowEnds[row] = span.end;
    }
  }
  return rows;
}

/** More lanes than this are unreadable (and slow to draw): the smallest are merged into one. */
export const MAX_LANES = 16;

type LaneItems = { key: string; label: string; first: number; events: TimelineEvent[]; spans: TimelineSpan[] };

/**
 * Lanes of the (already filtered, time-ordered) items, ordered by their first item. Beyond
 * `maxLanes`, the lanes with the fewest items share one "Other" lane at the end.
 */
export function layoutLanes(events: readonly TimelineEvent[], spans: readonly TimelineSpan[], mode: LaneMode, names: Names, maxLanes = MAX_LANES): Lane[] {
  const lanes = new Map<string, LaneItems>();
  const laneFor = (item: TimelineEvent | TimelineSpan) => {
    const [key, label] = laneOf(item, mode, names);
    let lane = lanes.get(key);
    if (!lane) lanes.set(key, (lane = { key, label, first: item.start, events: [], spans: [] }));
    lane.first = Math.min(lane.first, item.start);
    return lane;
  };
  for (const e of events) laneFor(e).events.push(e);
  for (const s of spans) laneFor(s).spans.push(s);
  let kept = [...lanes.values()];
  if (kept.length > maxLanes) {
    const size = (l: LaneItems) => l.events.length + l.spans.length;
    const bySize = [...kept].sort((a, b) => size(b) - size(a) || a.first - b.first);
    const rest = bySize.slice(maxLanes - 1);
    const byTime = <T extends { start: number; end: number }>(list: T[]) => list.sort((a, b) => a.start - b.start || a.end - b.end);
    const other: LaneItems = {
      key: 'other', label: `Other (${rest.length} lanes)`, first: Infinity,
      events: byTime(rest.flatMap((l) => l.events)), spans: byTime(rest.flatMap((l) => l.spans)),
    };
    kept = [...bySize.slice(0, maxLanes - 1).sort((a, b) => a.first - b.first || a.key.localeCompare(b.key)), other];
  } else {
    kept.sort((a, b) => a.first - b.first || a.key.localeCompare(b.key));
  }
  return kept.map((lane) => ({ key: lane.key, label: lane.label, events: lane.events, rows: packRows(lane.spans) }));
}

/* ---------- clusters and labels ---------- */

export interface Cluster {
  /** Index of the first member in the lane's events, and how many follow it. */
  first: number;
  count: number;
  /** Where to draw it: at its first member, so drawn marks stay at least `gap` apart. */
  x: number;
}

/**
 * Merges marks closer than `gap` pixels to the first of a run into one cluster, left to
 * right, so dense periods are drawn as one counted mark instead of marks on top of each
 * other. `xs` must be sorted ascending (events in time order under a monotonic scale).
 */
export function clusterMarks(xs: ArrayLike<number>, gap: number): Cluster[] {
  const clusters: Cluster[] = [];
  let first = 0;
  for (let i = 1; i <= xs.length; i++) {
    if (i === xs.length || xs[i]! - xs[first]! >= gap) {
      clusters.push({ first, count: i - first, x: xs[first]! });
      first = i;
    }
  }
  return xs.length ? clusters : [];
}

/**
 * Which labels fit: a label starts at its mark and needs `widths[i]` pixels before the next
 * mark in the row (and before `right`). Returns one flag per mark, left to right.
 */
export function fitLabels(xs: readonly number[], widths: readonly number[], right: number, pad = 6): boolean[] {
  return xs.map((x, i) => x + pad + widths[i]! <= Math.min(right, xs[i + 1] ?? Infinity) - pad);
}

/* ---------- view state in the URL ---------- */

export interface ViewState extends TimelineFilter {
  from?: number | undefined;
  to?: number | undefined;
  lanes: LaneMode;
  /** The selected event's id. */
  event?: string | undefined;
}

const FILTER_KEYS = ['kind', 'person', 'spacecraft', 'organization', 'q', 'event'] as const;

const MINUTE = 60_000;

/** `2022-12-15T00:45:00.000Z` → `2022-12-15T00:45Z`; midnight → `2022-12-15`. */
function isoMinute(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 16)}Z`;
}

/** The view as a query string (without `?`), defaults left out, keys in a stable order. */
export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.from !== undefined && view.to !== undefined) {
    // To the minute, widened outwards: short URLs that still show at least the range asked for.
    params.set('from', isoMinute(Math.floor(view.from / MINUTE) * MINUTE));
    params.set('to', isoMinute(Math.ceil(view.to / MINUTE) * MINUTE));
  }
  if (view.lanes !== 'spacecraft') params.set('lanes', view.lanes);
  for (const key of FILTER_KEYS) {
    const value = view[key]?.trim();
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** Reads a query string back; unknown or malformed values are dropped rather than trusted. */
export function decodeView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const time = (key: string) => {
    const text = params.get(key);
    const ms = text && /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN;
    return Number.isFinite(ms) ? ms : undefined;
  };
  const from = time('from');
  const to = time('to');
  const lanes = params.get('lanes');
  const view: ViewState = { lanes: LANE_MODES.find((m) => m === lanes) ?? 'spacecraft' };
  if (from !== undefined && to !== undefined && from < to) Object.assign(view, { from, to });
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) view[key] = value;
  }
  return view;
}
