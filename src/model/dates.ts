/**
 * Partial dates: history is often known only to the year or the month, so a date is
 * written with the precision the sources give (`1998`, `2022-12`, `2022-12-14`,
 * `2022-12-14T23:45Z`, `2022-12-14T23:45:10Z`) and is kept as the interval it covers.
 */

export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface PartialDate {
  /** The text as written (normalised), e.g. `2022-12`. */
  text: string;
  precision: DatePrecision;
  /** First millisecond covered, UTC epoch ms. */
  start: number;
  /** First millisecond after the covered interval, UTC epoch ms (exclusive). */
  end: number;
}

export const PARTIAL_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z)?)?)?$/;

/**
 * The same forms with each part in its range, for editors: the pattern above captures loosely so
 * the build can say which part is wrong, but an editor can only underline, so "1975-13" must
 * not match. Days past a month's end ("2023-02-30") are left to the build.
 */
export const PARTIAL_DATE_IN_RANGE =
  /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?Z)?)?)?$/;

export const PARTIAL_DATE_FORMS =
  '`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MMZ` or `YYYY-MM-DDTHH:MM:SSZ` (UTC)';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export class PartialDateError extends Error {}

/**
 * Milliseconds of a UTC moment, as `Date.UTC` gives them but for every year: `Date.UTC`
 * reads years 0–99 as 1900–1999, so "0081" would be shown as 1981.
 */
function utc(year: number, month: number, day = 1, hours = 0, minutes = 0, seconds = 0): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month, day);
  t.setUTCHours(hours, minutes, seconds, 0);
  return t.getTime();
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** What to write instead of a moment written another way: a space for the "T", a zone other than UTC, or none. */
function momentFix(text: string): string | undefined {
  // "2022-12-22 20:27Z": a space where the T goes, as many tools print a moment.
  const spaced = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?Z)$/.exec(text);
  if (spaced) return `has a space where "T" goes; write "${spaced[1]}T${spaced[2]}"`;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?(?:\.\d+)?([+-]\d{2}:?\d{2})?$/.exec(text);
  if (!m) return undefined;
  const [, minutes, seconds, offset] = m;
  if (!offset) return `has no time zone; write the time in UTC, ending in Z (e.g. "${minutes}${seconds ?? ''}Z" if it is UTC)`;
  const moment = new Date(text);
  if (Number.isNaN(moment.getTime())) return undefined;
  const iso = moment.toISOString();
  return `is in the zone ${offset}; write the moment in UTC: "${seconds ? iso.slice(0, 19) : iso.slice(0, 16)}Z"`;
}

/** Parses a partial date, throwing a `PartialDateError` that says what is wrong. */
export function parsePartialDate(input: string): PartialDate {
  const m = PARTIAL_DATE.exec(input.trim());
  if (!m) {
    throw new PartialDateError(`"${input}" ${momentFix(input.trim()) ?? `is not a date; expected ${PARTIAL_DATE_FORMS}`}`);
  }
  const [, y, mo, d, h, mi, s] = m;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) {
    throw new PartialDateError(`"${input}" has month ${mo}; months run from 01 to 12`);
  }
  if (month !== undefined && day !== undefined) {
    const last = daysInMonth(year, month);
    if (day < 1 || day > last) {
      throw new PartialDateError(
        `"${input}" does not exist: ${MONTHS[month - 1]} ${year} has ${last} days`,
      );
    }
  }
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) {
    throw new PartialDateError(`"${input}" has an impossible time of day`);
  }
  const text = input.trim().replace(/\.\d+Z$/, 'Z');
  if (month === undefined) {
    return { text, precision: 'year', start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
  }
  if (day === undefined) {
    return { text, precision: 'month', start: utc(year, month - 1, 1), end: utc(year, month, 1) };
  }
  if (h === undefined) {
    const start = utc(year, month - 1, day);
    return { text, precision: 'day', start, end: start + 86_400_000 };
  }
  if (s === undefined) {
    const start = utc(year, month - 1, day, Number(h), Number(mi));
    return { text, precision: 'minute', start, end: start + 60_000 };
  }
  const start = utc(year, month - 1, day, Number(h), Number(mi), Number(s));
  return { text, precision: 'second', start, end: start + 1_000 };
}

/**
 * YAML's core schema reads an unquoted `1998` as a number (dates stay text); this puts it
 * back into the written form so the schema can read it as a year.
 */
export function partialDateText(value: unknown): unknown {
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
}

/** Whether a value of parsed data is a partial date (the one test for it). */
export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === 'object' && value !== null && 'precision' in value && 'start' in value && 'end' in value && 'text' in value;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The day a date falls on, for places that show days only (a time of day is dropped; coarser dates stay). */
export function atDay(date: PartialDate): PartialDate {
  if (date.precision !== 'minute' && date.precision !== 'second') return date;
  const t = new Date(date.start);
  const start = utc(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
  return { text: date.text.slice(0, 10), precision: 'day', start, end: start + 86_400_000 };
}

/** The UTC day an instant falls on: "21 September 2022". */
export function formatDay(instant: number): string {
  const t = new Date(instant);
  return `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
}

/** Human display that never claims more precision than the date has. */
export function formatPartialDate(date: PartialDate): string {
  const t = new Date(date.start);
  switch (date.precision) {
    case 'year':
      return String(t.getUTCFullYear());
    case 'month':
      return `${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
    case 'day':
      return formatDay(date.start);
    case 'minute':
      return `${formatDay(date.start)}, ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())} UTC`;
    case 'second':
      return `${formatDay(date.start)}, ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} UTC`;
  }
}

function hasTime(date: PartialDate): boolean {
  return date.precision === 'minute' || date.precision === 'second';
}

/** "13:54:49" or "17:06", the time of day at the date's own precision. */
function timeOfDay(date: PartialDate): string {
  const t = new Date(date.start);
  const hm = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  return date.precision === 'second' ? `${hm}:${pad(t.getUTCSeconds())}` : hm;
}

/**
 * A range display that says each part once: "5–6 October 2022",
 * "21 September 2022, 13:54:49–17:06 UTC", "15 December 2022, from 00:45 UTC",
 * "December 2022 – January 2023".
 */
export function formatDateRange(from: PartialDate, to?: PartialDate): string {
  if (!to || to.text === from.text) return formatPartialDate(from);
  const a = new Date(from.start);
  const b = new Date(to.start);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  const days = from.precision !== 'year' && from.precision !== 'month' && to.precision !== 'year' && to.precision !== 'month';
  if (days && sameMonth && a.getUTCDate() === b.getUTCDate()) {
    const day = formatPartialDate({ ...from, precision: 'day' });
    if (hasTime(from) && hasTime(to)) return `${day}, ${timeOfDay(from)}–${timeOfDay(to)} UTC`;
    if (hasTime(from)) return `${day}, from ${timeOfDay(from)} UTC`;
    return `${day}, until ${timeOfDay(to)} UTC`;
  }
  if (from.precision === 'day' && to.precision === 'day' && sameYear) {
    if (sameMonth) return `${a.getUTCDate()}–${formatPartialDate(to)}`;
    return `${a.getUTCDate()} ${MONTHS[a.getUTCMonth()]} – ${formatPartialDate(to)}`;
  }
  return `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

export interface Elapsed {
  /** "157 days, 10 hours", "2 days", or "187–188 days" when the dates allow either count. */
  text: string;
  /** Whether `text` is a range of two whole-day counts rather than one figure. */
  range: boolean;
}

/**
 * The time from one date to a later one, in days and hours, to the finest of those units that
 * every instant the two dates may stand for agrees on: 5 October 2022 16:00:57 to 12 March 2023
 * 02:02 is "157 days, 10 hours" (157 d 10 h 1 min, as the sources say), where counting calendar
 * days gives 158. When even the days disagree by one, both counts are readings of the dates, so
 * it is the range: 21 September 2022 13:54:49 to a landing on 28 March 2023 is 187 d 10 h to
 * 188 d 10 h, "187–188 days". Nothing is given when the days disagree by more, or under a day
 * unless the hours agree (and not under an hour).
 */
export function elapsed(from: PartialDate, to: PartialDate): Elapsed | undefined {
  // Every instant each date may stand for: `end` is the first one after it.
  const least = to.start - (from.end - 1);
  const most = to.end - 1 - from.start;
  if (least < 0) return undefined;
  const hours = Math.floor(least / HOUR_MS);
  if (hours === Math.floor(most / HOUR_MS)) {
    if (hours === 0) return undefined;
    const days = Math.floor(hours / 24);
    return { text: [...(days > 0 ? [plural(days, 'day')] : []), ...(hours % 24 > 0 ? [plural(hours % 24, 'hour')] : [])].join(', '), range: false };
  }
  const days = Math.floor(least / DAY_MS);
  const mostDays = Math.floor(most / DAY_MS);
  // Under a day with the hours unsure: neither "0 days" nor "0–1 days" says anything.
  if (days === 0) return undefined;
  if (days === mostDays) return { text: plural(days, 'day'), range: false };
  return mostDays === days + 1 ? { text: `${days}–${plural(mostDays, 'day')}`, range: true } : undefined;
}

/** The calendar years a date or range touches, for search filters. */
export function yearsCovered(from: PartialDate, to?: PartialDate): number[] {
  const first = new Date(from.start).getUTCFullYear();
  const last = new Date((to ?? from).end - 1).getUTCFullYear();
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}
