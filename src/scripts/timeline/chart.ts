/**
 * The SVG chart: a UTC axis, lanes of event marks (dense ones aggregated into counted
 * clusters) and rows of spans, zoomed and panned with d3-zoom. It only draws; the element
 * decides what is shown and keeps the URL.
 */
import { axisTop } from 'd3-axis';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { TimelineEvent, TimelineSpan } from '../../lib/timeline.ts';
import { clusterMarks, fitLabels, type Lane } from '../../lib/timeline-view.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEFT = 168;
const RIGHT = 16;
const TOP = 30;
const EVENT_ROW = 36;
const SPAN_ROW = 18;
const LANE_GAP = 8;
/** Marks closer than this are aggregated; widened when a view would hold more than MAX_MARKS. */
const MARK_GAP = 16;
const MAX_MARKS = 600;
const CHAR_WIDTH = 6.6;
const HOUR = 3_600_000;

export interface Mark {
  key: string;
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
  private readonly zoomer: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly x0: ScaleTime<number, number> = scaleUtc();
  private x: ScaleTime<number, number> = scaleUtc();
  private transform: ZoomTransform = zoomIdentity;
  private lanes: Lane[] = [];
  private laneTops: number[] = [];
  private width = 0;
  private height = 0;
  private active: string | undefined;
  private marksByEvent = new Map<string, Mark>();
  /** Set while the chart re-applies its own range after a relayout: no callback for that. */
  private silent = false;

  private readonly callbacks: ChartCallbacks;

  constructor(host: HTMLElement, callbacks: ChartCallbacks) {
    this.callbacks = callbacks;
    this.svg = select(host).append('svg').attr('class', 'timeline-svg').attr('aria-hidden', 'true');
    const clip = `timeline-clip-${Math.random().toString(36).slice(2)}`;
    this.svg.append('clipPath').attr('id', clip).append('rect').attr('class', 'clip');
    this.svg.append('g').attr('class', 'lanes');
    this.svg.append('g').attr('class', 'axis');
    const plot = this.svg.append('g').attr('class', 'plot').attr('clip-path', `url(#${clip})`);
    plot.append('g').attr('class', 'spans');
    plot.append('g').attr('class', 'marks');
    plot.append('circle').attr('class', 'ring').attr('r', 13);
    this.zoomer = zoom<SVGSVGElement, unknown>()
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.transform = event.transform;
        this.render();
      })
      .on('end', () => {
        if (!this.silent) this.callbacks.onRangeEnd(this.range());
      });
    this.svg.call(this.zoomer).on('dblclick.zoom', null);
    this.svg
      .on('pointerover', (event: PointerEvent) => this.callbacks.onHover(this.markAt(event.target)))
      .on('pointerleave', () => this.callbacks.onHover(undefined))
      .on('click', (event: MouseEvent) => {
        const mark = this.markAt(event.target);
        if (mark && mark.events.length > 1) this.callbacks.onClusterClick(mark);
      });
  }

  private markAt(target: EventTarget | null): Mark | undefined {
    const el = (target as Element | null)?.closest?.('.mark');
    return el ? (select(el).datum() as Mark) : undefined;
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
    this.svg.select('.clip').attr('x', LEFT).attr('y', 0).attr('width', this.width - LEFT - RIGHT).attr('height', this.height);
    this.zoomer
      .scaleExtent([1, Math.max(1, span / (6 * HOUR))])
      .extent([[LEFT, 0], [this.width - RIGHT, this.height]])
      .translateExtent([[LEFT, -Infinity], [this.width - RIGHT, Infinity]]);
    this.drawLanes();
    this.silent = true;
    if (keep) this.setRange(keep, false);
    else this.render();
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
    if (animate && !reducedMotion()) this.svg.transition().duration(350).call(this.zoomer.transform, t);
    else this.svg.call(this.zoomer.transform, t);
  }

  zoomBy(factor: number, at?: number): void {
    const point: [number, number] = [at === undefined ? (LEFT + this.width - RIGHT) / 2 : this.x(at), 0];
    if (reducedMotion()) this.svg.call(this.zoomer.scaleBy, factor, point);
    else this.svg.transition().duration(250).call(this.zoomer.scaleBy, factor, point);
  }

  /** Pans by a fraction of the plot's width (negative: back in time). */
  panBy(fraction: number): void {
    this.svg.call(this.zoomer.translateBy, (-fraction * (this.width - LEFT - RIGHT)) / this.transform.k, 0);
  }

  /** Marks an event as the active one, panning to it if it is out of view. */
  setActive(id: string | undefined, time?: number): void {
    this.active = id;
    if (time !== undefined) {
      const x = this.x(time);
      if (x < LEFT || x > this.width - RIGHT) this.svg.call(this.zoomer.translateTo, this.x0(time), 0);
    }
    this.drawRing();
  }

  markOf(id: string): Mark | undefined {
    return this.marksByEvent.get(id);
  }

  private drawRing(): void {
    const mark = this.active ? this.marksByEvent.get(this.active) : undefined;
    this.svg.select('.ring').attr('display', mark ? null : 'none').attr('cx', mark?.x ?? 0).attr('cy', mark?.y ?? 0);
  }

  render(): void {
    this.x = this.transform.rescaleX(this.x0);
    const x = this.x;
    const right = this.width - RIGHT;
    this.svg.select<SVGGElement>('.axis').attr('transform', `translate(0,${TOP - 6})`)
      .call(axisTop<Date>(x).ticks(Math.max(2, Math.floor((right - LEFT) / 110))).tickSizeInner(-(this.height - TOP)).tickSizeOuter(0).tickPadding(6));

    let marks = this.layoutMarks(MARK_GAP);
    for (let gap = MARK_GAP * 2; marks.length > MAX_MARKS; gap *= 2) marks = this.layoutMarks(gap);
    this.marksByEvent = new Map(marks.flatMap((m) => m.events.map((e) => [e.id, m] as const)));
    this.drawMarks(marks.filter((m) => m.x >= LEFT - 40 && m.x <= right + 40), right);
    this.drawSpans(right);
    this.drawRing();
  }

  private layoutMarks(gap: number): Mark[] {
    return this.lanes.flatMap((lane, i) => {
      const xs = lane.events.map((e) => this.x(e.start));
      const y = this.laneTops[i]! + EVENT_ROW / 2;
      return clusterMarks(xs, gap).map((c) => {
        const events = lane.events.slice(c.first, c.first + c.count);
        const key = c.count === 1 ? `e:${events[0]!.id}` : `c:${lane.key}:${events[0]!.id}:${c.count}`;
        return { key, x: c.count === 1 ? xs[c.first]! : c.x, y, events };
      });
    });
  }

  private drawMarks(marks: Mark[], right: number): void {
    const labelled = new Set<Mark>();
    const byRow = new Map<number, Mark[]>();
    for (const m of marks) byRow.set(m.y, [...(byRow.get(m.y) ?? []), m]);
    for (const row of byRow.values()) {
      const fits = fitLabels(row.map((m) => m.x), row.map((m) => (m.events.length === 1 ? m.events[0]!.title.length * CHAR_WIDTH + 10 : 0)), right);
      row.forEach((m, i) => fits[i] && m.events.length === 1 && labelled.add(m));
    }
    this.svg.select('.marks').selectAll<SVGElement, Mark>('.mark').data(marks, (m) => m.key)
      .join((enter) => {
        const el = enter.append((m) => document.createElementNS(SVG_NS, m.events.length === 1 ? 'a' : 'g') as SVGElement)
          .attr('class', (m) => (m.events.length === 1 ? `mark event kind-${m.events[0]!.kind}` : 'mark cluster'))
          .attr('tabindex', '-1');
        const single = el.filter((m) => m.events.length === 1);
        single.attr('href', (m) => m.events[0]!.href).attr('data-event', (m) => m.events[0]!.id).attr('aria-label', (m) => m.events[0]!.title);
        single.append('line').attr('class', 'range');
        single.append('circle').attr('r', 6);
        single.append('text').attr('class', 'label').attr('x', 10).attr('dy', '0.35em').text((m) => m.events[0]!.title);
        const cluster = el.filter((m) => m.events.length > 1);
        cluster.attr('data-count', (m) => m.events.length).attr('data-events', (m) => m.events.map((e) => e.id).join(' '));
        cluster.append('circle').attr('r', 11);
        cluster.append('text').attr('class', 'count').attr('text-anchor', 'middle').attr('dy', '0.35em').text((m) => m.events.length);
        return el;
      })
      .attr('transform', (m) => `translate(${m.x},${m.y})`)
      .call((all) => {
        all.select('.range').attr('x2', (m) => Math.max(0, Math.min(this.x(m.events[0]!.end), right + 10) - m.x));
        all.select('.label').attr('display', (m) => (labelled.has(m) ? null : 'none'));
      });
  }

  private drawSpans(right: number): void {
    const [from, to] = this.range();
    const boxes: SpanBox[] = this.lanes.flatMap((lane, i) =>
      lane.rows.flatMap((row, r) =>
        row
          .filter((s) => s.end >= from && s.start <= to)
          .map((span) => {
            const x = Math.max(this.x(span.start), LEFT - 2);
            return { span, x, width: Math.max(2, Math.min(this.x(span.end), right + 2) - x), y: this.laneTops[i]! + EVENT_ROW + r * SPAN_ROW };
          }),
      ),
    );
    this.svg.select('.spans').selectAll<SVGAElement, SpanBox>('a').data(boxes, (b) => b.span.id)
      .join((enter) => {
        const a = enter.append('a').attr('class', (b) => `span span--${b.span.kind}`).attr('tabindex', '-1')
          .attr('href', (b) => b.span.href).attr('data-span', (b) => b.span.id).attr('data-kind', (b) => b.span.kind)
          .attr('aria-label', (b) => `${b.span.label}, ${b.span.when}`);
        a.append('title').text((b) => `${b.span.label}, ${b.span.when}`);
        a.append('rect').attr('height', SPAN_ROW - 4).attr('rx', 3);
        a.append('text').attr('class', 'span-label').attr('dy', '0.35em').attr('y', (SPAN_ROW - 4) / 2);
        return a;
      })
      .attr('transform', (b) => `translate(${b.x},${b.y})`)
      .call((all) => {
        all.select('rect').attr('width', (b) => b.width);
        all.select('.span-label').attr('x', 4).text((b) => {
          const room = Math.floor((b.width - 8) / CHAR_WIDTH);
          return room >= 4 ? truncate(b.span.label, room) : '';
        });
      });
  }

  get fullRange(): [number, number] {
    return this.x0.domain().map(Number) as [number, number];
  }
}
