/**
 * The chart axis's tick labels, in UTC as every date of the record is, and on a 24-hour clock
 * as its times are written ("00:45 UTC"): d3's default labels an hour "10 PM" and a half hour
 * "09:30", which read as morning. The coarsest unit a tick falls on names it, as d3 does.
 */
import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMinute, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';

/** From the finest unit to the coarsest: seconds, a time of day ("22:00", "21:30"), a day, a month, a year. */
const FORMATS = [utcFormat(':%S'), utcFormat('%H:%M'), utcFormat('%-d %b'), utcFormat('%B'), utcFormat('%Y')];

/** The coarsest unit a tick falls on, as an index into FORMATS: 0 within a minute … 4 a year's start. */
export function axisUnit(date: Date): number {
  if (utcMinute(date) < date) return 0;
  if (utcDay(date) < date) return 1;
  if (utcMonth(date) < date) return 2;
  if (utcYear(date) < date) return 3;
  return 4;
}

export function axisLabel(date: Date): string {
  return FORMATS[axisUnit(date)]!(date);
}

export interface FittedTick {
  text: string;
  /** Where the tick stands, in the drawing's units. */
  at: number;
  /** How its label is set against it: inside the drawing at either end, centred elsewhere. */
  anchor: 'start' | 'middle' | 'end';
}

/** Space between two labels, in the drawing's units. */
const LABEL_GAP = 8;

/**
 * A server-drawn axis's ticks to label at a font size (in the drawing's units), so that no two
 * labels touch: each label's width estimated at 0.65 of the size a character (a wide system
 * font), the first and last set inside the drawing rather than centred past its edge, and every
 * second (third …) tick labelled while they do not fit, always with the first of the coarsest
 * unit among them (the year; the day of "18:00 · 11 Sep · 06:00"). d3's `ticks(6)` with its own
 * format gave "AugustSeptemberOctober" run together on a phone, "ctober" cut at the edge and
 * "06 PM" on a record whose times are UTC on a 24-hour clock.
 */
export function fittingTicks(x: ScaleTime<number, number>, width: number, fontSize: number): FittedTick[] {
  const all = x.ticks(6).map((date) => {
    const text = axisLabel(date);
    const at = x(date);
    const half = (text.length * 0.65 * fontSize) / 2;
    const anchor = at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle';
    const [left, right] = anchor === 'start' ? [at, at + 2 * half] : anchor === 'end' ? [at - 2 * half, at] : [at - half, at + half];
    return { text, at, anchor, left, right, unit: axisUnit(date) } as const;
  });
  const coarsest = all.reduce((best, t, i) => (t.unit > all[best]!.unit ? i : best), 0);
  for (let every = 1; ; every++) {
    const shown = all.filter((_, i) => i % every === coarsest % every);
    if (shown.length <= 2 || shown.every((t, i) => i === 0 || t.left >= shown[i - 1]!.right + LABEL_GAP)) {
      return shown.map(({ text, at, anchor }) => ({ text, at, anchor }));
    }
  }
}
