/**
 * The chart's lanes: which lane each event and span goes in, the order of the lanes (the
 * craft most events name first, so a story's main craft lead), span rows packed so none
 * overlaps another, and which lanes have anything to show in a range.
 */
import type { Names, TimelineEvent, TimelineSpan } from './data.ts';
import type { SpanKind } from './span-kinds.ts';

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
/** Lanes that gather what has no lane of its own go last, whatever their size. */
const CATCH_ALL = new Set(['none', 'other']);

/** The key of the lane an item goes in: its kind, craft or organization, by the lane mode. */
function laneOf(item: TimelineEvent | TimelineSpan, mode: LaneMode): string {
  if ('title' in item) {
    if (mode === 'kind') return `kind:${item.kind}`;
    const craft = item.spacecraft[0];
    return craft ? `spacecraft:${craft}` : 'none';
  }
  if (mode === 'kind') return `span:${SPAN_LANE_LABEL[item.kind]}`;
  if (item.kind === 'term') return `organization:${item.organizations[0]}`;
  return `spacecraft:${item.spacecraft[0]!}`;
}

/** A lane's name from its key, once per lane rather than once per item. */
function laneLabel(key: string, names: Names): string {
  if (key === 'none') return 'No spacecraft';
  const colon = key.indexOf(':');
  const [kind, id] = [key.slice(0, colon), key.slice(colon + 1)];
  if (kind === 'kind') return id.charAt(0).toUpperCase() + id.slice(1);
  if (kind === 'span') return id;
  if (kind === 'organization') return `${names.organizations[id] ?? ''} leaders`;
  return names.spacecraft[id] ?? id;
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

/** Most events first (the story's main craft), then the earliest; catch-all lanes last. */
function laneOrder(a: LaneItems, b: LaneItems): number {
  return Number(CATCH_ALL.has(a.key)) - Number(CATCH_ALL.has(b.key)) || b.events.length - a.events.length || a.first - b.first || a.key.localeCompare(b.key);
}

/**
 * Lanes of the (already filtered, time-ordered) items. Beyond `maxLanes`, the lanes with the
 * fewest items share one "Other" lane at the end.
 */
export function layoutLanes(events: readonly TimelineEvent[], spans: readonly TimelineSpan[], mode: LaneMode, names: Names, maxLanes = MAX_LANES): Lane[] {
  const lanes = new Map<string, LaneItems>();
  const laneFor = (item: TimelineEvent | TimelineSpan) => {
    const key = laneOf(item, mode);
    let lane = lanes.get(key);
    if (!lane) lanes.set(key, (lane = { key, label: '', first: item.start, events: [], spans: [] }));
    else if (item.start < lane.first) lane.first = item.start;
    return lane;
  };
  // Which lane each item went to, so merged lanes can be refilled in the items' own order.
  const eventLanes = events.map((e) => {
    const lane = laneFor(e);
    lane.events.push(e);
    return lane;
  });
  const spanLanes = spans.map((s) => {
    const lane = laneFor(s);
    lane.spans.push(s);
    return lane;
  });
  for (const lane of lanes.values()) lane.label = laneLabel(lane.key, names);
  let kept = [...lanes.values()];
  if (kept.length > maxLanes) {
    const size = (l: LaneItems) => l.events.length + l.spans.length;
    const bySize = [...kept].sort((a, b) => size(b) - size(a) || a.first - b.first);
    const rest = new Set(bySize.slice(maxLanes - 1));
    // The input is in time order, so picking the merged lanes' items from it keeps that order.
    const other: LaneItems = {
      key: 'other', label: `Other (${rest.size} lanes)`, first: Infinity,
      events: events.filter((_, i) => rest.has(eventLanes[i]!)), spans: spans.filter((_, i) => rest.has(spanLanes[i]!)),
    };
    kept = [...bySize.slice(0, maxLanes - 1), other];
  }
  return kept.sort(laneOrder).map((lane) => ({ key: lane.key, label: lane.label, events: lane.events, rows: packRows(lane.spans) }));
}

/** Whether an event or span (`end` exclusive) covers any of [from, to]: one begun before the view and running into it does. */
export function inRange(item: { start: number; end: number }, from: number, to: number): boolean {
  return item.start <= to && item.end > from;
}

/** The lanes with an event or a span in [from, to]: a view hides its empty lanes. */
export function lanesInRange(lanes: readonly Lane[], from: number, to: number): Lane[] {
  return lanes.filter((lane) => lane.events.some((e) => inRange(e, from, to)) || lane.rows.some((row) => row.some((s) => inRange(s, from, to))));
}
