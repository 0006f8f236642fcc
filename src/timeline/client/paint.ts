/**
 * Painting a laid-out timeline: lanes and the UTC axis as SVG (d3-axis), marks, spans and
 * labels on the canvas. Draws exactly what `layoutTimeline` decided; decides nothing itself.
 */
import { axisTop } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import type { Selection } from 'd3-selection';
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

export function paintAxis(group: Group, x: ScaleTime<number, number>, layout: TimelineLayout, top: number): void {
  group.attr('transform', `translate(0,${top - 6})`)
    .call(axisTop<Date>(x).ticks(Math.max(2, Math.floor((layout.right - layout.left) / 110))).tickSizeInner(-(layout.height - top)).tickSizeOuter(0).tickPadding(6));
}

export function paintCanvas(c: CanvasRenderingContext2D, layout: TimelineLayout, p: Palette, active: MarkBox | undefined): void {
  c.clearRect(0, 0, layout.width, layout.height);
  c.save();
  c.beginPath();
  c.rect(layout.left, 0, layout.right - layout.left, layout.height);
  c.clip();
  c.font = p.font;
  c.textBaseline = 'middle';
  const fill: Record<string, string> = { flight: p.accent, crew: p.muted, term: p.focus };
  for (const b of layout.spans) {
    c.fillStyle = c.strokeStyle = fill[b.span.kind]!;
    c.globalAlpha = 0.28;
    c.fillRect(b.x, b.y, b.width, b.height);
    c.globalAlpha = 1;
    c.strokeRect(b.x + 0.5, b.y + 0.5, b.width - 1, b.height - 1);
    if (b.label) {
      c.fillStyle = p.fg;
      c.fillText(b.label.text, b.label.x, b.y + b.height / 2);
    }
  }
  for (const m of layout.marks) {
    const single = m.events.length === 1;
    const event = m.events[0]!;
    if (m.barTo !== undefined) {
      c.globalAlpha = 0.35;
      c.fillStyle = p.accent;
      c.fillRect(m.x, m.y - 2, m.barTo - m.x, 4);
      c.globalAlpha = 1;
    }
    c.beginPath();
    c.arc(m.x, m.y, m.r, 0, 2 * Math.PI);
    c.fillStyle = single ? (event.kind === 'anomaly' ? p.focus : p.accent) : p.bg;
    c.fill();
    c.lineWidth = single ? 2 : 2.5;
    c.strokeStyle = single ? p.bg : p.accent;
    c.stroke();
    c.fillStyle = p.fg;
    if (!single) {
      c.textAlign = 'center';
      c.fillText(String(m.events.length), m.x, m.y);
      c.textAlign = 'start';
    } else if (m.label) {
      c.lineWidth = 3;
      c.strokeStyle = p.bg;
      c.strokeText(m.label.text, m.label.x, m.y);
      c.fillText(m.label.text, m.label.x, m.y);
    }
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
