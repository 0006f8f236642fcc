/**
 * The chart: an SVG underlay (lanes and the UTC axis from d3-axis) and a canvas on top with
 * the event marks (dense ones aggregated into counted clusters), the spans and their labels,
 * zoomed and panned with d3-zoom. Canvas because ten thousand events must draw in under
 * 200 ms and zoom at 60 frames a second; the list under the chart is the text alternative,
 * and `drawn` reports what the canvas shows. It only draws; the element decides what is
 * shown and keeps the URL.
 */
import { axisTop } from 'd3-axis';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { pointer, select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { TimelineEvent, TimelineSpan } from '../../lib/timeline.ts';
import { clusterMarks, fitLabels, type Lane } from '../../lib/timeline-view.ts';

const LEFT = 168;
const RIGHT = 16;
const TOP = 30;
const EVENT_ROW = 36;
const SPAN_ROW = 18;
const LANE_GAP = 8;
/** Marks closer than this are aggregated; widened when a view would hold more than MAX_MARKS. */
const MARK_GAP = 24;
const MAX_MARKS = 600;
const CHAR_WIDTH = 6.8;
const HOUR = 3_600_000;

export interface Mark {
  x: number;
  y: number;
  events: TimelineEvent[];
}

interface SpanBox {
  span: TimelineSpan;
  x: number;
  width: number;
  y: number;
}

export interface ChartCallbacks {
  /** A zoom or pan ended, by a gesture or by one of the methods below. */
  onRangeEnd(range: [number, number]): void;
  /** The pointer is over a mark (or left it: undefined). */
  onHover(mark: Mark | undefined): void;
  /** A cluster was clicked: the element zooms into it. */
  onClusterClick(mark: Mark): void;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export class TimelineChart {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly canvas: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly zoomer: ZoomBehavior<HTMLCanvasElement, unknown>;
  private readonly x0: ScaleTime<number, number> = scaleUtc();
  private x: ScaleTime<number, number> = scaleUtc();
  private transform: ZoomTransform = zoomIdentity;
  private lanes: Lane[] = [];
  private laneTops: number[] = [];
  private width = 0;
  private height = 0;
  private active: string | undefined;
  private marks: Mark[] = [];
  private boxes: SpanBox[] = [];
  private marksByEvent = new Map<string, Mark>();
  private colors: Record<'accent' | 'fg' | 'muted' | 'bg' | 'focus', string> = { accent: '', fg: '', muted: '', bg: '', focus: '' };
  private font = '12px sans-serif';
  /** Set while the chart re-applies its own range after a relayout: no callback for that. */
  private silent = false;
  private readonly callbacks: ChartCallbacks;

  constructor(host: HTMLElement, callbacks: ChartCallbacks) {
    this.callbacks = callbacks;
    this.svg = select(host).append('svg').attr('class', 'timeline-svg').attr('aria-hidden', 'true');
    this.svg.append('g').attr('class', 'lanes');
    this.svg.append('g').attr('class', 'axis');
    this.canvas = select(host).append('canvas').attr('class', 'timeline-canvas').attr('aria-hidden', 'true').node()!;
    this.context = this.canvas.getContext('2d')!;
    this.zoomer = zoom<HTMLCanvasElement, unknown>()
      .on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        this.transform = event.transform;
        this.render();
      })
      .on('end', () => {
        if (!this.silent) this.callbacks.onRangeEnd(this.range());
      });
    const canvas = select(this.canvas);
    canvas.call(this.zoomer).on('dblclick.zoom', null);
    canvas
      .on('pointermove', (event: PointerEvent) => {
        const hit = this.hit(event);
        this.canvas.style.cursor = hit ? 'pointer' : '';
        this.callbacks.onHover(hit && 'events' in hit ? hit : undefined);
      })
      .on('pointerleave', () => this.callbacks.onHover(undefined))
      .on('click', (event: MouseEvent) => {
        const hit = this.hit(event);
        if (!hit) return;
        if ('span' in hit) location.assign(hit.span.href);
        else if (hit.events.length > 1) this.callbacks.onClusterClick(hit);
        else location.assign(hit.events[0]!.href);
      });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      this.readColors();
      this.render();
    });
  }

  /** The mark or span under the pointer, marks first (they are drawn on top). */
  private hit(event: MouseEvent): Mark | SpanBox | undefined {
    const [px, py] = pointer(event, this.canvas);
    let best: Mark | undefined;
    let distance = 12;
    for (const m of this.marks) {
      const d = Math.hypot(m.x - px, m.y - py);
      if (d < distance) [best, distance] = [m, d];
    }
    return best ?? this.boxes.find((b) => px >= b.x && px <= b.x + b.width && py >= b.y && py <= b.y + SPAN_ROW - 4);
  }

  /** The canvas draws with the page's own colours, light or dark. */
  private readColors(): void {
    const style = getComputedStyle(this.canvas);
    const get = (name: string) => style.getPropertyValue(name).trim();
    this.font = `12px ${style.fontFamily}`;
    this.colors = { accent: get('--accent'), fg: get('--fg'), muted: get('--fg-muted'), bg: get('--bg'), focus: get('--focus') };
  }

  /** What the canvas shows: ids of the events in each mark, and the spans in view. */
  get drawn(): { marks: string[][]; spans: Array<{ id: string; kind: string }> } {
    return {
      marks: this.marks.filter((m) => m.x >= LEFT - 12 && m.x <= this.width - RIGHT + 12).map((m) => m.events.map((e) => e.id)),
      spans: this.boxes.map((b) => ({ id: b.span.id, kind: b.span.kind })),
    };
  }

  /** New lanes (after a filter or lane change) over the whole data extent; keeps the range shown. */
  setModel(lanes: Lane[], extent: [number, number], width: number): void {
    const keep = this.width ? this.range() : undefined;
    this.lanes = lanes;
    let top = TOP;
    this.laneTops = lanes.map((lane) => {
      const at = top;
      top += EVENT_ROW + lane.rows.length * SPAN_ROW + LANE_GAP;
      return at;
    });
    this.height = Math.max(top, TOP + EVENT_ROW) + 4;
    this.width = Math.max(width, LEFT + 200);
    const pad = Math.max((extent[1] - extent[0]) * 0.03, 12 * HOUR);
    this.x0.domain([extent[0] - pad, extent[1] + pad]).range([LEFT, this.width - RIGHT]);
    const span = extent[1] - extent[0] + 2 * pad;
    this.svg.attr('width', this.width).attr('height', this.height).attr('viewBox', `0 0 ${this.width} ${this.height}`);
    const ratio = devicePixelRatio || 1;
    this.canvas.width = Math.round(this.width * ratio);
    this.canvas.height = Math.round(this.height * ratio);
    this.canvas.style.width = `${this.width}px`;
    this.canvas.style.height = `${this.height}px`;
    this.context.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (!this.colors.fg) this.readColors();
    this.zoomer
      .scaleExtent([1, Math.max(1, span / (6 * HOUR))])
      .extent([[LEFT, 0], [this.width - RIGHT, this.height]])
      .translateExtent([[LEFT, -Infinity], [this.width - RIGHT, Infinity]]);
    this.drawLanes();
    // The first model waits for the element's setRange, which draws; later ones keep the range shown.
    if (!keep) return;
    this.silent = true;
    this.setRange(keep, false);
    this.silent = false;
  }

  private drawLanes(): void {
    const rows = this.svg.select('.lanes').selectAll<SVGGElement, Lane>('g').data(this.lanes, (l) => l.key)
      .join((enter) => {
        const g = enter.append('g');
        g.append('rect').attr('class', 'lane-bg').attr('x', 0);
        g.append('text').attr('class', 'lane-label').attr('x', 8).attr('dy', '0.35em');
        return g;
      });
    rows.attr('transform', (_, i) => `translate(0,${this.laneTops[i]})`);
    rows.select('.lane-bg').attr('width', this.width).attr('height', (l) => EVENT_ROW + l.rows.length * SPAN_ROW + LANE_GAP / 2);
    rows.select('.lane-label').attr('y', EVENT_ROW / 2).text((l) => truncate(l.label, 24));
  }

  range(): [number, number] {
    const [a, b] = this.x.range() as [number, number];
    return [+this.x.invert(a), +this.x.invert(b)];
  }

  private transformFor([from, to]: [number, number]): ZoomTransform {
    const [k0, k1] = this.zoomer.scaleExtent();
    const k = Math.min(k1, Math.max(k0, (this.width - RIGHT - LEFT) / (this.x0(to) - this.x0(from))));
    const mid = this.x0((from + to) / 2);
    return zoomIdentity.translate((LEFT + this.width - RIGHT) / 2 - mid * k, 0).scale(k);
  }

  /** Shows a time range, animated unless the reader prefers reduced motion. */
  setRange(range: [number, number], animate = true): void {
    const t = this.transformFor(range);
    if (animate && !reducedMotion()) select(this.canvas).transition().duration(350).call(this.zoomer.transform, t);
    else select(this.canvas).call(this.zoomer.transform, t);
  }

  zoomBy(factor: number, at?: number): void {
    const point: [number, number] = [at === undefined ? (LEFT + this.width - RIGHT) / 2 : this.x(at), 0];
    if (reducedMotion()) select(this.canvas).call(this.zoomer.scaleBy, factor, point);
    else select(this.canvas).transition().duration(250).call(this.zoomer.scaleBy, factor, point);
  }

  /** Pans by a fraction of the plot's width (negative: back in time). */
  panBy(fraction: number): void {
    select(this.canvas).call(this.zoomer.translateBy, (-fraction * (this.width - LEFT - RIGHT)) / this.transform.k, 0);
  }

  /** Marks an event as the active one, panning to it if it is out of view. */
  setActive(id: string | undefined, time?: number): void {
    this.active = id;
    if (time !== undefined) {
      const x = this.x(time);
      // Panning redraws everything; otherwise only the ring moved.
      if (x < LEFT || x > this.width - RIGHT) return void select(this.canvas).call(this.zoomer.translateTo, this.x0(time), 0);
    }
    this.paint();
  }

  markOf(id: string): Mark | undefined {
    return this.marksByEvent.get(id);
  }

  render(): void {
    this.x = this.transform.rescaleX(this.x0);
    const right = this.width - RIGHT;
    this.svg.select<SVGGElement>('.axis').attr('transform', `translate(0,${TOP - 6})`)
      .call(axisTop<Date>(this.x).ticks(Math.max(2, Math.floor((right - LEFT) / 110))).tickSizeInner(-(this.height - TOP)).tickSizeOuter(0).tickPadding(6));
    let marks = this.layoutMarks(MARK_GAP);
    for (let gap = MARK_GAP * 2; marks.length > MAX_MARKS; gap *= 2) marks = this.layoutMarks(gap);
    this.marksByEvent = new Map();
    for (const m of marks) for (const e of m.events) this.marksByEvent.set(e.id, m);
    this.marks = marks.filter((m) => m.x >= LEFT - 40 && m.x <= right + 40);
    this.boxes = this.layoutSpans(right);
    this.paint();
  }

  /** Draws the laid-out marks and spans on the canvas. */
  private paint(): void {
    if (!this.width) return;
    const right = this.width - RIGHT;
    const c = this.context;
    c.clearRect(0, 0, this.width, this.height);
    c.save();
    c.beginPath();
    c.rect(LEFT, 0, right - LEFT, this.height);
    c.clip();
    c.font = this.font;
    c.textBaseline = 'middle';
    this.drawSpans();
    this.drawMarks(right);
    this.drawRing();
    c.restore();
  }

  private layoutMarks(gap: number): Mark[] {
    return this.lanes.flatMap((lane, i) => {
      const xs = lane.events.map((e) => this.x(e.start));
      const y = this.laneTops[i]! + EVENT_ROW / 2;
      return clusterMarks(xs, gap).map((c) => ({ x: c.x, y, events: lane.events.slice(c.first, c.first + c.count) }));
    });
  }

  private layoutSpans(right: number): SpanBox[] {
    const [from, to] = this.range();
    return this.lanes.flatMap((lane, i) =>
      lane.rows.flatMap((row, r) =>
        row
          .filter((s) => s.end >= from && s.start <= to)
          .map((span) => {
            const x = Math.max(this.x(span.start), LEFT - 2);
            return { span, x, width: Math.max(2, Math.min(this.x(span.end), right + 2) - x), y: this.laneTops[i]! + EVENT_ROW + r * SPAN_ROW };
          }),
      ),
    );
  }

  private drawSpans(): void {
    const c = this.context;
    const fill: Record<string, string> = { flight: this.colors.accent, crew: this.colors.muted, term: this.colors.focus };
    for (const b of this.boxes) {
      c.fillStyle = c.strokeStyle = fill[b.span.kind]!;
      c.globalAlpha = 0.28;
      c.fillRect(b.x, b.y, b.width, SPAN_ROW - 4);
      c.globalAlpha = 1;
      c.strokeRect(b.x + 0.5, b.y + 0.5, b.width - 1, SPAN_ROW - 5);
      const room = Math.floor((b.width - 8) / CHAR_WIDTH);
      if (room >= 4) {
        c.fillStyle = this.colors.fg;
        c.fillText(truncate(b.span.label, room), b.x + 4, b.y + (SPAN_ROW - 4) / 2);
      }
    }
  }

  private drawMarks(right: number): void {
    const c = this.context;
    const rows = new Map<number, Mark[]>();
    for (const m of this.marks) {
      const row = rows.get(m.y);
      if (row) row.push(m);
      else rows.set(m.y, [m]);
    }
    for (const row of rows.values()) {
      const widths = row.map((m) => (m.events.length === 1 ? this.textWidth(m.events[0]!.title) + 10 : 0));
      const fits = fitLabels(row.map((m) => m.x), widths, right);
      row.forEach((m, i) => {
        const single = m.events.length === 1;
        const event = m.events[0]!;
        if (single && event.end > event.start) {
          // The range a partial date covers, as a faint bar from the mark.
          const to = Math.min(this.x(event.end), right + 10);
          if (to - m.x > 2) {
            c.globalAlpha = 0.35;
            c.fillStyle = this.colors.accent;
            c.fillRect(m.x, m.y - 2, to - m.x, 4);
            c.globalAlpha = 1;
          }
        }
        c.beginPath();
        c.arc(m.x, m.y, single ? 6 : 11, 0, 2 * Math.PI);
        c.fillStyle = single ? (event.kind === 'anomaly' ? this.colors.focus : this.colors.accent) : this.colors.bg;
        c.fill();
        c.lineWidth = single ? 2 : 2.5;
        c.strokeStyle = single ? this.colors.bg : this.colors.accent;
        c.stroke();
        c.fillStyle = this.colors.fg;
        if (!single) {
          c.textAlign = 'center';
          c.fillText(String(m.events.length), m.x, m.y);
          c.textAlign = 'start';
        } else if (fits[i]) {
          c.lineWidth = 3;
          c.strokeStyle = this.colors.bg;
          c.strokeText(event.title, m.x + 10, m.y);
          c.fillText(event.title, m.x + 10, m.y);
        }
      });
    }
  }

  private readonly widths = new Map<string, number>();

  private textWidth(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) this.widths.set(text, (width = this.context.measureText(text).width));
    return width;
  }

  private drawRing(): void {
    const mark = this.active ? this.marksByEvent.get(this.active) : undefined;
    if (!mark) return;
    const c = this.context;
    c.beginPath();
    c.arc(mark.x, mark.y, 14, 0, 2 * Math.PI);
    c.lineWidth = 3;
    c.strokeStyle = this.colors.focus;
    c.stroke();
  }

  get fullRange(): [number, number] {
    return this.x0.domain().map(Number) as [number, number];
  }
}
