/**
 * The chart's interaction: d3-zoom on the canvas (wheel, drag, pinch, and the element's
 * buttons and keys), hit-testing under the pointer, and per frame the axis plus a layout and
 * paint of the canvas tiles in view only. Canvas because ten thousand events must draw in
 * under 200 ms and zoom at 60 frames a second. It draws what the element gives it; the
 * element decides what is shown and keeps the URL.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { pointer, select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Lane } from '../lanes.ts';
import { chartGeometry, layoutTimeline, linearScale, stackLanes, type Geometry, type LaneBox, type MarkBox, type SpanBox, type TimelineLayout } from '../layout.ts';
import { paintAxis, paintCanvas, paintLanes, readPalette, type Palette } from './paint.ts';
import { CanvasTiles, type Tile } from './tiles.ts';

const HOUR = 3_600_000;

export interface ChartCallbacks {
  /** A zoom or pan ended, by a gesture or by one of the methods below. */
  onRangeEnd(range: [number, number]): void;
  /** The pointer is over a mark (or left it: undefined). */
  onHover(mark: MarkBox | undefined): void;
  /** A cluster was clicked: the element zooms into it. */
  onClusterClick(mark: MarkBox): void;
}

export interface Drawn {
  /** Ids of the events in each mark in view. */
  marks: string[][];
  spans: Array<{ id: string; kind: string }>;
  /** Each lane shown, with how many marks and spans it shows. */
  lanes: Array<{ label: string; marks: number; spans: number }>;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export class TimelineChart {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly tiles: CanvasTiles;
  /** The surface the tiles sit in: it takes the pointer, wheel and touch. */
  private readonly canvas: HTMLDivElement;
  /** For measuring labels only. */
  private readonly measure = document.createElement('canvas').getContext('2d')!;
  private readonly zoomer: ZoomBehavior<HTMLDivElement, unknown>;
  private readonly x0: ScaleTime<number, number> = scaleUtc();
  private x: ScaleTime<number, number> = scaleUtc();
  private transform: ZoomTransform = zoomIdentity;
  private lanes: readonly Lane[] = [];
  private geometry: Geometry = chartGeometry(0);
  private width = 0;
  private height = 0;
  /** The zoomed scale as a plain linear map, for the layout; undefined until the first range is set. */
  private x1: ((time: number) => number) | undefined;
  /** The lanes' boxes, top to bottom. */
  private boxes: LaneBox[] = [];
  private active: string | undefined;
  private palette: Palette | undefined;
  /** Set while the chart re-applies its own range after a relayout: no callback for that. */
  private silent = false;
  /** The event a finger last tapped: tapped again, it opens. */
  private tapped: string | undefined;
  private readonly widths = new Map<string, number>();
  private readonly callbacks: ChartCallbacks;

  constructor(host: HTMLElement, callbacks: ChartCallbacks) {
    this.callbacks = callbacks;
    this.svg = select(host).append('svg').attr('class', 'timeline-svg').attr('aria-hidden', 'true');
    this.svg.append('g').attr('class', 'lanes');
    this.svg.append('g').attr('class', 'axis');
    this.tiles = new CanvasTiles(host, (tiles, rows) => this.paintTiles(tiles, rows));
    this.canvas = this.tiles.element;
    this.zoomer = zoom<HTMLDivElement, unknown>()
      .filter((event: MouseEvent) => {
        // A wheel the chart cannot follow (zoomed all the way out, or in) scrolls the page
        // rather than being swallowed: the chart never holds a reader scrolling past it.
        if (event instanceof WheelEvent) return !sideways(event) && !this.atScaleLimit(event.deltaY > 0);
        // d3-zoom's own rule for the rest: no ctrl-click, no secondary button.
        return !event.ctrlKey && !event.button;
      })
      .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        this.transform = event.transform;
        this.render();
      })
      .on('end', () => {
        if (!this.silent) this.callbacks.onRangeEnd(this.range());
      });
    const canvas = select(this.canvas);
    canvas.call(this.zoomer).on('dblclick.zoom', null);
    // A sideways wheel (a trackpad's two-finger swipe, Shift+wheel) pans: d3-zoom reads deltaY
    // alone, and such a wheel did nothing over the chart. A wheel counted in lines (Firefox's
    // mouse wheel) moves about 16 px a line.
    canvas.on('wheel.pan', (event: WheelEvent) => {
      if (!sideways(event)) return;
      event.preventDefault();
      canvas.call(this.zoomer.translateBy, -(event.deltaX * (event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : 1)) / this.transform.k, 0);
    }, { passive: false });
    passVerticalSwipes(host);
    canvas
      .on('pointermove', (event: PointerEvent) => {
        const hit = this.hit(event);
        this.canvas.style.cursor = hit ? 'pointer' : '';
        this.callbacks.onHover(hit && 'events' in hit ? hit : undefined);
      })
      .on('pointerleave', () => this.callbacks.onHover(undefined))
      .on('click', (event: PointerEvent) => {
        const hit = this.hit(event);
        if (!hit) return;
        // A finger has no hover: its first tap on an event shows the summary, as pointing does; a second opens it.
        const single = 'events' in hit && hit.events.length === 1 ? hit : undefined;
        if (event.pointerType === 'touch' && single && single.events[0]!.id !== this.tapped) {
          this.tapped = single.events[0]!.id;
          this.callbacks.onHover(single);
          return;
        }
        if ('span' in hit) location.assign(hit.span.href);
        else if (hit.events.length > 1) this.callbacks.onClusterClick(hit);
        else location.assign(hit.events[0]!.href);
      });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      this.palette = readPalette(this.canvas);
      this.paint();
    });
  }

  /** The mark or span under the pointer, marks first (they are drawn on top). */
  private hit(event: MouseEvent): MarkBox | SpanBox | undefined {
    const [px, py] = pointer(event, this.canvas);
    // Only the rows around the pointer: a drag moves it every frame.
    const layout = this.layoutRows([py - 24, py + 24]);
    if (!layout) return undefined;
    let best: MarkBox | undefined;
    let distance = 12;
    for (const m of layout.marks) {
      const d = Math.hypot(m.x - px, m.y - py);
      if (d < distance) [best, distance] = [m, d];
    }
    // An event's range bar, drawn from its mark or, for one begun before the view, from the
    // plot's edge: pointed at, it said nothing, and the bar of an event running into the view
    // has no mark or label to point at instead.
    best ??= layout.marks.find((m) => m.barTo !== undefined && Math.abs(m.y - py) <= 4 && px >= Math.max(m.x, layout.left) && px <= m.barTo);
    return best ?? layout.spans.find((b) => px >= b.x && px <= b.x + b.width && py >= b.y && py <= b.y + b.height);
  }

  /** What the canvas shows (it has no DOM of its own): for the tests and the benchmark. */
  get drawn(): Drawn {
    const layout = this.layoutRows();
    if (!layout) return { marks: [], spans: [], lanes: [] };
    const marks = layout.marks.filter((m) => m.x >= layout.left - 12 && m.x <= layout.right + 12);
    const inLane = (lane: { y: number; height: number }, y: number) => y >= lane.y && y < lane.y + lane.height;
    return {
      marks: marks.map((m) => m.events.map((e) => e.id)),
      spans: layout.spans.map((b) => ({ id: b.span.id, kind: b.span.kind })),
      lanes: layout.lanes.map((l) => ({ label: l.label, marks: marks.filter((m) => inLane(l, m.y)).length, spans: layout.spans.filter((s) => inLane(l, s.y)).length })),
    };
  }

  /** New lanes (after a filter, lane or range change) over the whole data extent; keeps the range shown. */
  setModel(lanes: readonly Lane[], extent: [number, number], width: number): void {
    const keep = this.width ? this.range() : undefined;
    this.lanes = lanes;
    this.geometry = chartGeometry(width);
    const g = this.geometry;
    this.width = Math.max(width, g.left + g.right + 160);
    const { boxes, height } = stackLanes(lanes, this.width, g);
    this.boxes = boxes;
    // The tiles first: they read where the chart is, before the writes below move anything.
    this.height = height;
    this.tiles.resize(this.width, height);
    paintLanes(this.svg.select('.lanes'), boxes, this.width);
    const pad = Math.max((extent[1] - extent[0]) * 0.03, 12 * HOUR);
    this.x0.domain([extent[0] - pad, extent[1] + pad]).range([g.left, this.width - g.right]);
    const span = extent[1] - extent[0] + 2 * pad;
    this.svg.attr('width', this.width).attr('height', height).attr('viewBox', `0 0 ${this.width} ${height}`);
    this.palette ??= readPalette(this.canvas);
    this.zoomer
      .scaleExtent([1, Math.max(1, span / (6 * HOUR))])
      .extent([[g.left, 0], [this.width - g.right, height]])
      .translateExtent([[g.left, -Infinity], [this.width - g.right, Infinity]]);
    // The first model waits for the element's setRange, which draws; later ones keep the range shown.
    if (!keep) return;
    this.silent = true;
    this.setRange(keep, false);
    this.silent = false;
  }

  range(): [number, number] {
    const [a, b] = this.x.range() as [number, number];
    return [+this.x.invert(a), +this.x.invert(b)];
  }

  get fullRange(): [number, number] {
    return this.x0.domain().map(Number) as [number, number];
  }

  private transformFor(range: [number, number]): ZoomTransform {
    // A range reaching past the record (a URL's from=1000-01-01) shows the part of it there is.
    const [first, last] = this.fullRange;
    const [from, to] = range[0] < last && range[1] > first ? [Math.max(range[0], first), Math.min(range[1], last)] : [first, last];
    const { left, right } = this.geometry;
    const [k0, k1] = this.zoomer.scaleExtent();
    const k = Math.min(k1, Math.max(k0, (this.width - right - left) / (this.x0(to) - this.x0(from))));
    const mid = this.x0((from + to) / 2);
    return zoomIdentity.translate((left + this.width - right) / 2 - mid * k, 0).scale(k);
  }

  /** Whether the chart is as far out (or in) as it zooms. */
  private atScaleLimit(out: boolean): boolean {
    const [k0, k1] = this.zoomer.scaleExtent();
    return out ? this.transform.k <= k0 : this.transform.k >= k1;
  }

  /** Shows a time range, animated unless the reader prefers reduced motion. */
  setRange(range: [number, number], animate = true): void {
    const t = this.transformFor(range);
    if (animate && !reducedMotion()) select(this.canvas).transition().duration(350).call(this.zoomer.transform, t);
    else select(this.canvas).call(this.zoomer.transform, t);
  }

  zoomBy(factor: number, at?: number): void {
    const { left, right } = this.geometry;
    const point: [number, number] = [at === undefined ? (left + this.width - right) / 2 : this.x(at), 0];
    if (reducedMotion()) select(this.canvas).call(this.zoomer.scaleBy, factor, point);
    else select(this.canvas).transition().duration(250).call(this.zoomer.scaleBy, factor, point);
  }

  /** Pans by a fraction of the plot's width (negative: back in time). */
  panBy(fraction: number): void {
    const { left, right } = this.geometry;
    select(this.canvas).call(this.zoomer.translateBy, (-fraction * (this.width - left - right)) / this.transform.k, 0);
  }

  /** Marks an event as the active one, panning to it if it is out of view. */
  setActive(id: string | undefined, time?: number): void {
    if (id === this.active && time === undefined) return;
    this.active = id;
    if (time !== undefined) {
      const x = this.x(time);
      // Panning redraws everything; otherwise only the ring moved.
      if (x < this.geometry.left || x > this.width - this.geometry.right) return void select(this.canvas).call(this.zoomer.translateTo, this.x0(time), 0);
    }
    this.paint();
  }

  /** The drawn mark holding an event, from the layout of its lane's rows alone. */
  markOf(id: string): MarkBox | undefined {
    const lane = this.lanes.findIndex((l) => l.events.some((e) => e.id === id));
    const box = this.boxes[lane];
    return box && this.layoutRows([box.y, box.y + box.height])?.marks.find((m) => m.events.some((e) => e.id === id));
  }

  private textWidth = (text: string): number => {
    let width = this.widths.get(text);
    if (width === undefined) this.widths.set(text, (width = this.measure.measureText(text).width));
    return width;
  };

  /** Lays out the rows given, or the whole chart, under the current zoom. */
  private layoutRows(rows?: [number, number]): TimelineLayout | undefined {
    if (!this.x1) return undefined;
    return layoutTimeline({ lanes: this.lanes, x: this.x1, width: this.width, geometry: this.geometry, textWidth: this.textWidth, ...(rows ? { rows } : {}) });
  }

  /** One zoom frame: the axis, and the tiles in view (the layout of their rows only). */
  private render(): void {
    this.x = this.transform.rescaleX(this.x0);
    this.measure.font = this.palette!.font;
    this.x1 = linearScale(this.x.domain().map(Number) as [number, number], this.x.range() as [number, number]);
    paintAxis(this.svg.select('.axis'), this.x, { left: this.geometry.left, right: this.width - this.geometry.right, width: this.width, height: this.height }, this.geometry.top);
    this.paint();
  }

  private paint(): void {
    if (this.palette) this.tiles.invalidate();
  }

  private paintTiles(tiles: readonly Tile[], rows: [number, number]): void {
    const layout = this.layoutRows(rows);
    if (!layout || !this.palette) return;
    const active = this.active ? layout.marks.find((m) => m.events.some((e) => e.id === this.active)) : undefined;
    for (const tile of tiles) paintCanvas(tile.context, layout, this.palette, active, [tile.top, tile.top + tile.height]);
  }
}

/** A wheel turned more sideways than up or down. */
const sideways = (event: WheelEvent) => Math.abs(event.deltaX) > Math.abs(event.deltaY);

/**
 * A finger moved up or down over the chart scrolls the page (CSS lets the browser pan
 * vertically, `touch-action: pan-y`): on a phone the chart fills the screen, and a reader
 * could not scroll past it. Its first move decides: mostly vertical, and d3-zoom (listening on
 * the canvas inside `host`) sees none of the gesture's moves, so it never cancels the scroll;
 * sideways, or with a second finger, the chart pans and pinches as before.
 */
function passVerticalSwipes(host: HTMLElement): void {
  let origin: { x: number; y: number } | undefined;
  let toPage = false;
  host.addEventListener('touchstart', (event) => {
    const [touch] = event.touches;
    if (event.touches.length === 1 && touch) [origin, toPage] = [{ x: touch.clientX, y: touch.clientY }, false];
    else origin = undefined;
  }, { capture: true, passive: true });
  host.addEventListener('touchmove', (event) => {
    const [touch] = event.touches;
    if (origin && touch && event.touches.length === 1) toPage = Math.abs(touch.clientY - origin.y) > Math.abs(touch.clientX - origin.x);
    origin = undefined;
    if (toPage) event.stopPropagation();
  }, { capture: true, passive: true });
}
