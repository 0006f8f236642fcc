/**
 * The chart axis's tick labels, in UTC as every date of the record is, and on a 24-hour clock
 * as its times are written ("00:45 UTC"): d3's default labels an hour "10 PM" and a half hour
 * "09:30", which read as morning. The coarsest unit a tick falls on names it, as d3 does.
 */
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
