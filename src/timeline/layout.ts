/**
 * Where everything on a timeline goes, as plain numbers: lane boxes, event marks (dense
 * ones merged into counted clusters), span bars, and which labels fit. Pure and shared:
 * the canvas chart paints its output every frame, and the server draws the mini timeline
 * of an entity page from the same function with the `MINI` geometry.
 */
import type { TimelineEvent, TimelineSpan } from './data.ts';
import type { Lane } from './lanes.ts';

/** Sizes in CSS pixels. */
export interface Geometry {
  /** The plot's margins: lane labels on the left when `laneLabel` is "left". */
  left: number;
  right: number;
  /** Height of the axis above the first lane. */
  top: number;
  /** Where a lane's name goes: in the left margin, in a row above its marks (narrow screens), or nowhere. */
  laneLabel: 'left' | 'above' | 'none';
  labelRow: number;
  eventRow: number;
  spanRow: number;
  laneGap: number;
  markRadius: number;
  clusterRadius: number;
  /** Marks closer than this merge into a cluster; widened while a view holds more than `maxMarks`. */
  markGap: number;
  maxMarks: number;
  /** Estimated width of a character of the chart's font, for truncating lane and span labels. */
  charWidth: number;
}

const CHART_BASE = {
  top: 30, eventRow: 36, spanRow: 18, laneGap: 8, markRadius: 6, clusterRadius: 11, markGap: 24, maxMarks: 600, charWidth: 6.8,
} as const;

/** The full chart on a wide screen: lane names in a left column. */
export const CHART: Geometry = { ...CHART_BASE, left: 168, right: 16, laneLabel: 'left', labelRow: 0 };
/** The full chart on a phone: the whole width for the plot, each lane's name above its marks. */
export const CHART_NARROW: Geometry = { ...CHART_BASE, left: 8, right: 8, laneLabel: 'above', labelRow: 18 };
/** Below this width the chart uses `CHART_NARROW`. */
export const NARROW_WIDTH = 600;
/**
 * An entity page's mini timeline: one unlabelled lane, drawn by the server. Marks at least
 * `markGap` apart: two clusters' badges (16 wide, a phone's count "13" about 20) never touch.
 */
export const MINI: Geometry = {
  left: 8, right: 8, top: 18, laneLabel: 'none', labelRow: 0, eventRow: 26, spanRow: 14, laneGap: 0,
  markRadius: 5, clusterRadius: 8, markGap: 20, maxMarks: 200, charWidth: 6,
};

export const chartGeometry = (width: number): Geometry => (width < NARROW_WIDTH ? CHART_NARROW : CHART);

/**
 * A linear map from time (UTC ms) to pixels through two points. The chart's zoomed d3 scale
 * is linear too; this plain function costs a fraction of a d3 scale call, and the layout
 * calls it for every event of every frame.
 */
export function linearScale([t0, t1]: readonly [number, number], [x0, x1]: readonly [number, number]): (time: number) => number {
  const k = (x1 - x0) / (t1 - t0);
  return (time) => x0 + (time - t0) * k;
}

export interface LaneBox {
  key: string;
  label: string;
  y: number;
  height: number;
  /** Where the lane's (truncated) name is written, vertically centred on `labelY`. */
  labelX: number;
  labelY: number;
}

export interface MarkBox {
  x: number;
  y: number;
  r: number;
  /** One event, or the members of a cluster in time order. */
  events: TimelineEvent[];
  /** A single event's title, when it fits before the next mark: starts at `x`, centred on the mark's y. */
  label?: { x: number; text: string; width: number };
  /** A single event whose date covers a range (a month, a year) gets a bar up to here. */
  barTo?: number;
}

export interface SpanBox {
  span: TimelineSpan;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The span's label truncated to the visible part of its bar, if a few characters fit. */
  label?: { x: number; text: string };
}

export interface TimelineLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  lanes: LaneBox[];
  marks: MarkBox[];
  spans: SpanBox[];
}

export interface LayoutInput {
  lanes: readonly Lane[];
  /** Time (UTC ms) to x in pixels: the chart's zoomed scale, or the mini's fixed one. */
  x: (time: number) => number;
  width: number;
  geometry: Geometry;
  /** Measures a label in pixels; without it no event is labelled (the mini has no labels). */
  textWidth?: (text: string) => number;
  /**
   * Only marks and spans touching these rows [top, bottom) are laid out (a tall chart paints
   * the part in view); clusters are still chosen over the whole chart, so a mark is the same
   * in every band.
   */
  rows?: readonly [number, number];
}

/** Space between a mark and its label, and the least space between a label and what follows. */
const LABEL_GAP = 4;
const LABEL_PAD = 6;
/** Marks this far outside the plot are kept, so a mark entering from the edge is not cut short. */
const OVERSCAN = 40;

export const truncate = (text: string, max: number): string => (text.length > max ? `${text.slice(0, Math.max(1, max - 1))}…` : text);

export interface Cluster {
  /** Index of the first member in the lane's events, and how many follow it. */
  first: number;
  count: number;
  /** Where to draw it: at its first member, so drawn marks stay at least `gap` apart. */
  x: number;
}

/**
 * Walks the clusters of `xs`: marks closer than `gap` pixels to the first of a run merge into
 * one, left to right, so dense periods are drawn as one counted mark instead of marks on top
 * of each other. `xs` must be sorted ascending (events in time order under a monotonic scale).
 * The walk always starts at the first mark, so the clusters in view do not change while the
 * chart pans, only when it zooms. Allocates nothing: it runs several times per frame.
 */
function eachCluster(xs: ArrayLike<number>, gap: number, visit: (first: number, count: number, x: number) => void): void {
  let first = 0;
  for (let i = 1; i <= xs.length; i++) {
    if (i === xs.length || xs[i]! - xs[first]! >= gap) {
      visit(first, i - first, xs[first]!);
      first = i;
    }
  }
}

/** The clusters of `xs` at `gap` (see `eachCluster`) whose mark is drawn within [from, to]. */
export function clusterMarks(xs: ArrayLike<number>, gap: number, from = -Infinity, to = Infinity): Cluster[] {
  const clusters: Cluster[] = [];
  eachCluster(xs, gap, (first, count, x) => {
    if (x >= from && x <= to) clusters.push({ first, count, x });
  });
  return clusters;
}

/** How many clusters of `xs` at `gap` are drawn within [from, to], without making them. */
function countClusters(xs: ArrayLike<number>, gap: number, from: number, to: number): number {
  let n = 0;
  eachCluster(xs, gap, (_, __, x) => {
    if (x >= from && x <= to) n++;
  });
  return n;
}

/**
 * Where each label of a row of marks fits, left to right: just right of its mark, ending with
 * some room to spare before the next mark's edge and before `right`; else just left of it,
 * starting after the previous mark and its label and after `left`; else nowhere. `widths[i]`
 * is the label's width, 0 for a mark without one. Returns one side (or undefined) per mark.
 */
export function fitLabels(marks: ReadonlyArray<{ x: number; r: number }>, widths: readonly number[], right: number, left = -Infinity): Array<'right' | 'left' | undefined> {
  let taken = left - LABEL_PAD;
  return marks.map((m, i) => {
    const next = marks[i + 1];
    const width = widths[i]!;
    let side: 'right' | 'left' | undefined;
    if (width > 0 && m.x + m.r + LABEL_GAP + width + LABEL_PAD <= Math.min(right, next ? next.x - next.r : Infinity)) side = 'right';
    else if (width > 0 && m.x - m.r - LABEL_GAP - width - LABEL_PAD >= taken) side = 'left';
    taken = Math.max(taken, side === 'right' ? m.x + m.r + LABEL_GAP + width : m.x + m.r);
    return side;
  });
}

/** Lane boxes from the top of the plot down; the layout's height follows from them. */
export function stackLanes(lanes: readonly Lane[], width: number, g: Geometry): { boxes: LaneBox[]; height: number } {
  let y = g.top;
  const chars = Math.floor(((g.laneLabel === 'left' ? g.left : width) - 16) / g.charWidth);
  const boxes = lanes.map((lane) => {
    const height = g.labelRow + g.eventRow + lane.rows.length * g.spanRow + g.laneGap;
    const box: LaneBox = {
      key: lane.key, label: truncate(lane.label, chars), y, height, labelX: 8,
      labelY: y + (g.laneLabel === 'above' ? g.labelRow / 2 + 2 : g.eventRow / 2),
    };
    y += height;
    return box;
  });
  return { boxes, height: Math.max(y, g.top + g.labelRow + g.eventRow) + 4 };
}

/** Each lane's event start times, computed once per lane: a frame only multiplies them. */
const laneStarts = new WeakMap<Lane, Float64Array>();
/** Each lane's x positions, one buffer per lane refilled every frame instead of allocated. */
const laneXs = new WeakMap<Lane, Float64Array>();

function projectStarts(lane: Lane, x: (time: number) => number): Float64Array {
  let starts = laneStarts.get(lane);
  if (!starts) laneStarts.set(lane, (starts = Float64Array.from(lane.events, (e) => e.start)));
  let xs = laneXs.get(lane);
  if (!xs) laneXs.set(lane, (xs = new Float64Array(starts.length)));
  for (let i = 0; i < starts.length; i++) xs[i] = x(starts[i]!);
  return xs;
}

function layoutMarks(lanes: readonly Lane[], boxes: readonly LaneBox[], input: LayoutInput, right: number): MarkBox[] {
  const { x, geometry: g, textWidth } = input;
  const from = g.left - OVERSCAN;
  const to = right + OVERSCAN;
  const xs = lanes.map((lane) => projectStarts(lane, x));
  // Widen the gap until the view holds few enough marks; marks out of view do not count.
  let gap = g.markGap;
  const inView = () => xs.reduce((n, laneXs) => n + countClusters(laneXs, gap, from, to), 0);
  while (inView() > g.maxMarks) gap *= 2;
  const marks: MarkBox[] = [];
  const [top, bottom] = input.rows ?? [-Infinity, Infinity];
  lanes.forEach((lane, i) => {
    const y = boxes[i]!.y + g.labelRow + g.eventRow / 2;
    if (y + g.eventRow / 2 < top || y - g.eventRow / 2 >= bottom) return;
    const row: MarkBox[] = clusterMarks(xs[i]!, gap, from, to).map((c) => {
      const events = lane.events.slice(c.first, c.first + c.count);
      const mark: MarkBox = { x: c.x, y, r: c.count > 1 ? g.clusterRadius : g.markRadius, events };
      const event = events[0]!;
      if (c.count === 1 && event.end > event.start) {
        const barTo = Math.min(x(event.end), right + 10);
        if (barTo - c.x > 2) mark.barTo = barTo;
      }
      return mark;
    });
    // An event begun before the view that runs into it: its bar from the edge, its mark (and label) out of sight.
    const lx = xs[i]!;
    const entering: MarkBox[] = [];
    for (let k = 0; k < lane.events.length && lx[k]! < from; k++) {
      const event = lane.events[k]!;
      const barTo = event.end > event.start ? Math.min(x(event.end), right + 10) : -Infinity;
      if (barTo > g.left) entering.push({ x: lx[k]!, y, r: g.markRadius, events: [event], barTo });
    }
    row.unshift(...entering);
    if (textWidth) {
      const widths = row.map((m) => (m.events.length === 1 && m.x >= g.left ? textWidth(m.events[0]!.title) : 0));
      fitLabels(row, widths, right, g.left).forEach((side, j) => {
        const m = row[j]!;
        const width = widths[j]!;
        if (side) m.label = { x: side === 'right' ? m.x + m.r + LABEL_GAP : m.x - m.r - LABEL_GAP - width, text: m.events[0]!.title, width };
      });
    }
    for (const m of row) marks.push(m);
  });
  return marks;
}

function layoutSpans(lanes: readonly Lane[], boxes: readonly LaneBox[], input: LayoutInput, right: number): SpanBox[] {
  const { x, geometry: g } = input;
  const height = g.spanRow - 4;
  const spans: SpanBox[] = [];
  const [top, bottom] = input.rows ?? [-Infinity, Infinity];
  lanes.forEach((lane, i) => {
    lane.rows.forEach((row, r) => {
      const y = boxes[i]!.y + g.labelRow + g.eventRow + r * g.spanRow;
      if (y + height < top || y >= bottom) return;
      for (const span of row) {
        const x0 = x(span.start);
        // Still going: to the plot's edge, not to the record's last date, where it would look ended.
        const x1 = span.open ? right + 2 : x(span.end);
        if (x1 < g.left || x0 > right) continue;
        const left = Math.max(x0, g.left - 2);
        const width = Math.max(2, Math.min(x1, right + 2) - left);
        const box: SpanBox = { span, x: left, y, width, height };
        const start = Math.max(left, g.left);
        const room = Math.floor((Math.min(left + width, right) - start - 8) / g.charWidth);
        if (room >= 4 && g.laneLabel !== 'none') box.label = { x: start + 4, text: truncate(span.label, room) };
        spans.push(box);
      }
    });
  });
  return spans;
}

/** The whole layout for one frame: lanes top to bottom, then marks and spans under the scale `x`. */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { lanes, width, geometry: g } = input;
  const right = width - g.right;
  const { boxes, height } = stackLanes(lanes, width, g);
  return {
    width, height, left: g.left, right, lanes: boxes,
    marks: layoutMarks(lanes, boxes, input, right),
    spans: layoutSpans(lanes, boxes, input, right),
  };
}
