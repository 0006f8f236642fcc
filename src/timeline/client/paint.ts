/**
 * Painting a laid-out timeline: lanes and the UTC axis as SVG (d3-axis), marks, spans and
 * labels on the canvas. Draws exactly what `layoutTimeline` decided; decides nothing itself.
 */
import { axisTop } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { axisLabel } from '../axis-labels.ts';
import { SPAN_KINDS, type SpanKind } from '../span-kinds.ts';
import type { LaneBox, MarkBox, TimelineLayout } from '../layout.ts';

export interface Palette {
  accent: string;
  fg: string;
  muted: string;
  bg: string;
  focus: string;
  font: string;
}

/** The canvas draws with the page's own colours, light or dark. */
export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const get = (name: string) => style.getPropertyValue(name).trim();
  return { accent: get('--accent'), fg: get('--fg'), muted: get('--fg-muted'), bg: get('--bg'), focus: get('--focus'), font: `12px ${style.fontFamily}` };
}

type Group = Selection<SVGGElement, unknown, null, undefined>;

export function paintLanes(group: Group, lanes: readonly LaneBox[], width: number): void {
  const rows = group.selectAll<SVGGElement, LaneBox>('g').data(lanes, (l) => l.key)
    .join((enter) => {
      const g = enter.append('g');
      g.append('rect').attr('class', 'lane-bg').attr('x', 0);
      g.append('text').attr('class', 'lane-label').attr('dy', '0.35em');
      return g;
    });
  rows.select('.lane-bg').attr('y', (l) => l.y).attr('width', width).attr('height', (l) => l.height);
  rows.select('.lane-label').attr('x', (l) => l.labelX).attr('y', (l) => l.labelY).text((l) => l.label);
}

/** The axis over the plot [left, right] of a chart `width` wide, its grid lines down to `height`. */
export function paintAxis(group: Group, x: ScaleTime<number, number>, plot: { left: number; right: number; width: number; height: number }, top: number): void {
  group.attr('transform', `translate(0,${top - 6})`)
    .call(axisTop<Date>(x).ticks(Math.max(2, Math.floor((plot.right - plot.left) / 110))).tickFormat(axisLabel).tickSizeInner(-(plot.height - top)).tickSizeOuter(0).tickPadding(6));
  // A label centred on a tick near the chart's edge was cut by its border ("ecember" on a
  // phone): the first and last are moved inside. Only they can reach an edge; d3 keeps a
  // tick's element while its date stays in view, so the others lose a shift they had.
  const labels = group.selectAll<SVGTextElement, Date>('.tick text').attr('dx', null).nodes();
  for (const label of new Set([labels[0], labels.at(-1)])) {
    if (!label) continue;
    const at = x(select<SVGTextElement, Date>(label).datum());
    // Half the label, and 2 px more for the glyphs' overhang and d3's half-pixel offset.
    const half = label.getComputedTextLength() / 2 + 2;
    if (at - half < 0) label.setAttribute('dx', String(half - at));
    else if (at + half > plot.width) label.setAttribute('dx', String(plot.width - at - half));
  }
}

/** The marks and spans of a layout that touch the rows [top, bottom). */
function within(layout: TimelineLayout, top: number, bottom: number): TimelineLayout {
  return {
    ...layout,
    marks: layout.marks.filter((m) => m.y + m.r + 5 >= top && m.y - m.r - 5 < bottom),
    spans: layout.spans.filter((b) => b.y + b.height >= top && b.y < bottom),
  };
}

/** Fills (and strokes) every box of a list as one path: one draw call per colour, not per box. */
function rects(c: CanvasRenderingContext2D, boxes: ReadonlyArray<{ x: number; y: number; width: number; height: number }>, fill: string, alpha: number, stroke: boolean): void {
  if (!boxes.length) return;
  c.beginPath();
  for (const b of boxes) c.rect(b.x, b.y, b.width, b.height);
  c.globalAlpha = alpha;
  c.fillStyle = fill;
  c.fill();
  c.globalAlpha = 1;
  if (!stroke) return;
  c.beginPath();
  for (const b of boxes) c.rect(b.x + 0.5, b.y + 0.5, b.width - 1, b.height - 1);
  c.strokeStyle = fill;
  c.stroke();
}

/** Circles of one style as one path. */
function circles(c: CanvasRenderingContext2D, marks: readonly MarkBox[], fill: string, stroke: string, lineWidth: number): void {
  if (!marks.length) return;
  c.beginPath();
  for (const m of marks) {
    c.moveTo(m.x + m.r, m.y);
    c.arc(m.x, m.y, m.r, 0, 2 * Math.PI);
  }
  c.fillStyle = fill;
  c.fill();
  c.lineWidth = lineWidth;
  c.strokeStyle = stroke;
  c.stroke();
}

/**
 * Spans, then range bars, then marks, then all text on top, each group batched into as few
 * paths and state changes as possible: a zoom repaints every frame. `band` limits the
 * painting to the rows [top, bottom) of one tile.
 */
export function paintCanvas(c: CanvasRenderingContext2D, full: TimelineLayout, p: Palette, active: MarkBox | undefined, band?: readonly [number, number]): void {
  const [top, bottom] = band ?? [0, full.height];
  const layout = band ? within(full, top, bottom) : full;
  c.clearRect(0, top, layout.width, bottom - top);
  c.save();
  c.beginPath();
  c.rect(layout.left, top, layout.right - layout.left, bottom - top);
  c.clip();
  c.font = p.font;
  c.textBaseline = 'middle';
  const fill: Record<SpanKind, string> = { flight: p.accent, crew: p.muted, term: p.focus };
  c.lineWidth = 1;
  for (const kind of SPAN_KINDS) rects(c, layout.spans.filter((b) => b.span.kind === kind), fill[kind], 0.28, true);
  const bars = layout.marks.filter((m) => m.barTo !== undefined).map((m) => ({ x: m.x, y: m.y - 2, width: m.barTo! - m.x, height: 4 }));
  rects(c, bars, p.accent, 0.35, false);
  const singles = layout.marks.filter((m) => m.events.length === 1);
  circles(c, singles.filter((m) => m.events[0]!.kind !== 'anomaly'), p.accent, p.bg, 2);
  circles(c, singles.filter((m) => m.events[0]!.kind === 'anomaly'), p.focus, p.bg, 2);
  circles(c, layout.marks.filter((m) => m.events.length > 1), p.bg, p.accent, 2.5);

  c.fillStyle = p.fg;
  for (const b of layout.spans) if (b.label) c.fillText(b.label.text, b.label.x, b.y + b.height / 2);
  c.textAlign = 'center';
  for (const m of layout.marks) if (m.events.length > 1) c.fillText(String(m.events.length), m.x, m.y);
  c.textAlign = 'start';
  // Event titles get a halo in the background colour, so they stay readable over bars and grid lines.
  c.lineWidth = 3;
  c.strokeStyle = p.bg;
  for (const m of layout.marks) {
    if (!m.label) continue;
    c.strokeText(m.label.text, m.label.x, m.y);
    c.fillText(m.label.text, m.label.x, m.y);
  }
  if (active) {
    c.beginPath();
    c.arc(active.x, active.y, active.r + 5, 0, 2 * Math.PI);
    c.lineWidth = 3;
    c.strokeStyle = p.focus;
    c.stroke();
  }
  c.restore();
}
