/**
 * The chart axis's tick labels, in UTC as every date of the record is, and on a 24-hour clock
 * as its times are written ("00:45 UTC"): d3's default labels an hour "10 PM" and a half hour
 * "09:30", which read as morning. The coarsest unit a tick falls on names it, as d3 does.
 */
import { utcDay, utcMinute, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';

const second = utcFormat(':%S');
const time = utcFormat('%H:%M');
const day = utcFormat('%-d %b');
const month = utcFormat('%B');
const year = utcFormat('%Y');

export function axisLabel(date: Date): string {
  if (utcMinute(date) < date) return second(date);
  // An hour or a minute within a day: "22:00", "21:30".
  if (utcDay(date) < date) return time(date);
  if (utcMonth(date) < date) return day(date);
  if (utcYear(date) < date) return month(date);
  return year(date);
}
