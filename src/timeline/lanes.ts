/**
 * The chart's lanes: which lane each event and span goes in, the order of the lanes (the
 * craft most events name first, so a story's main craft lead), span rows packed so none
 * overlaps another, and which lanes have anything to show in a range.
 */
import type { Names, SpanKind, TimelineEvent, TimelineSpan } from './data.ts';

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
    kept = [...bySize.slice(0, maxLanes - 1), other];
  }
  return kept.sort(laneOrder).map((lane) => ({ key: lane.key, label: lane.label, events: lane.events, rows: packRows(lane.spans) }));
}

/** The lanes with an event mark or a span in [from, to]: a view hides its empty lanes. */
export function lanesInRange(lanes: readonly Lane[], from: number, to: number): Lane[] {
  return lanes.filter((lane) =>
    lane.events.some((e) => e.start >= from && e.start <= to) || lane.rows.some((row) => row.some((s) => s.start <= to && s.end >= from)));
}
