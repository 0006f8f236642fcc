import { describe, expect, it } from 'vitest';
import { atDay, elapsed, formatDateRange, formatPartialDate, parsePartialDate, partialDateText, yearsCovered } from '../../src/model/dates.ts';

describe('parsePartialDate', () => {
  it('keeps the precision that was written and covers the whole interval', () => {
    const year = parsePartialDate('1998');
    expect(year.precision).toBe('year');
    expect(new Date(year.start).toISOString()).toBe('1998-01-01T00:00:00.000Z');
    expect(new Date(year.end).toISOString()).toBe('1999-01-01T00:00:00.000Z');

    const month = parsePartialDate('2022-12');
    expect(month.precision).toBe('month');
    expect(new Date(month.end).toISOString()).toBe('2023-01-01T00:00:00.000Z');

    const day = parsePartialDate('2022-12-14');
    expect(day.precision).toBe('day');
    expect(day.end - day.start).toBe(86_400_000);

    const minute = parsePartialDate('2022-12-14T23:45Z');
    expect(minute.precision).toBe('minute');
    expect(new Date(minute.start).toISOString()).toBe('2022-12-14T23:45:00.000Z');

    expect(parsePartialDate('2022-09-21T13:54:49Z').precision).toBe('second');
  });

  it('reads a year below 100 as written, not as 19xx (as Date.UTC would)', () => {
    expect(new Date(parsePartialDate('0081-02-26').start).toISOString()).toBe('0081-02-26T00:00:00.000Z');
    expect(formatPartialDate(parsePartialDate('0081-02-26'))).toBe('26 February 81');
    expect(new Date(parsePartialDate('0099').end).toISOString()).toBe('0100-01-01T00:00:00.000Z');
    // The year 0 was a leap year; 1900, which Date.UTC takes "0" for, was not.
    expect(parsePartialDate('0000-02-29').text).toBe('0000-02-29');
  });

  it('rejects dates that do not exist, naming the reason', () => {
    expect(() => parsePartialDate('2022-02-30')).toThrow(/February 2022 has 28 days/);
    expect(() => parsePartialDate('2024-02-30')).toThrow(/February 2024 has 29 days/);
    expect(() => parsePartialDate('2022-13')).toThrow(/months run from 01 to 12/);
    expect(() => parsePartialDate('2022-12-14T24:10Z')).toThrow(/impossible time/);
    expect(() => parsePartialDate('14 Dec 2022')).toThrow(/is not a date; expected/);
    expect(() => parsePartialDate('2022-12-22 20:27Z')).toThrow('"2022-12-22 20:27Z" has a space where "T" goes; write "2022-12-22T20:27Z"');
    expect(() => parsePartialDate('2022-12-14T23:45')).toThrow(/UTC/);
  });

  it('turns a time given in another zone into the UTC form to write, and asks a time without a zone for one', () => {
    expect(() => parsePartialDate('2022-12-16T12:00+03:00')).toThrow('"2022-12-16T12:00+03:00" is in the zone +03:00; write the moment in UTC: "2022-12-16T09:00Z"');
    expect(() => parsePartialDate('2022-12-15T01:30:10-05:00')).toThrow('write the moment in UTC: "2022-12-15T06:30:10Z"');
    expect(() => parsePartialDate('2022-12-14T23:45')).toThrow('"2022-12-14T23:45" has no time zone; write the time in UTC, ending in Z (e.g. "2022-12-14T23:45Z" if it is UTC)');
  });
});

describe('partialDateText', () => {
  it('restores a year YAML read as a number, and leaves text alone', () => {
    expect(partialDateText(1998)).toBe('1998');
    expect(partialDateText('2022-12-14')).toBe('2022-12-14');
    expect(partialDateText(2022.5)).toBe(2022.5);
  });
});

describe('formatPartialDate', () => {
  it('never prints more precision than the date has', () => {
    expect(formatPartialDate(parsePartialDate('1998'))).toBe('1998');
    expect(formatPartialDate(parsePartialDate('2022-12'))).toBe('December 2022');
    expect(formatPartialDate(parsePartialDate('2022-12-14'))).toBe('14 December 2022');
    expect(formatPartialDate(parsePartialDate('2022-12-15T00:45Z'))).toBe('15 December 2022, 00:45 UTC');
  });

  it('writes ranges compactly', () => {
    const d = parsePartialDate;
    expect(formatDateRange(d('2022-10-05'), d('2022-10-06'))).toBe('5–6 October 2022');
    expect(formatDateRange(d('2023-02-24'), d('2023-03-26'))).toBe('24 February – 26 March 2023');
    expect(formatDateRange(d('2022-12'), d('2023-01'))).toBe('December 2022 – January 2023');
    expect(formatDateRange(d('2022-12'))).toBe('December 2022');
    expect(formatDateRange(d('2022-09-21T13:54:49Z'), d('2022-09-21T17:06Z'))).toBe('21 September 2022, 13:54:49–17:06 UTC');
    expect(formatDateRange(d('2022-12-15T00:45Z'), d('2022-12-15'))).toBe('15 December 2022, from 00:45 UTC');
    expect(formatDateRange(d('2023-03-11'), d('2023-03-11T07:20Z'))).toBe('11 March 2023, until 07:20 UTC');
    expect(formatDateRange(d('2023-02-24T00:24:29Z'), d('2023-02-26T00:58Z'))).toBe('24 February 2023, 00:24:29 UTC – 26 February 2023, 00:58 UTC');
  });
});

describe('yearsCovered', () => {
  it('lists every calendar year a date or range touches', () => {
    expect(yearsCovered(parsePartialDate('2022-12'), parsePartialDate('2023-01'))).toEqual([2022, 2023]);
    expect(yearsCovered(parsePartialDate('2022'))).toEqual([2022]);
  });
});

describe('atDay', () => {
  it('drops a time of day and keeps coarser dates as written', () => {
    expect(formatPartialDate(atDay(parsePartialDate('2022-09-21T13:54:49Z')))).toBe('21 September 2022');
    expect(atDay(parsePartialDate('2022-09-21T13:54:49Z')).text).toBe('2022-09-21');
    expect(atDay(parsePartialDate('2022-12'))).toEqual(parsePartialDate('2022-12'));
  });
});

describe('elapsed time between two dates', () => {
  const text = (from: string, to: string) => elapsed(parsePartialDate(from), parsePartialDate(to))?.text;

  it('counts whole days and hours of elapsed time, as the sources do, not calendar days', () => {
    // SpaceX Crew-5: 157 d 10 h 1 min (NASA); the calendar days between the dates are 158.
    expect(elapsed(parsePartialDate('2022-10-05T16:00:57Z'), parsePartialDate('2023-03-12T02:02Z'))).toEqual({ text: '157 days, 10 hours', range: false });
    // Soyuz MS-23: 215 d 10 h 53 min.
    expect(text('2023-02-24T00:24:29Z', '2023-09-27T11:17Z')).toBe('215 days, 10 hours');
    expect(text('2023-01-01T00:00Z', '2023-01-02T01:30Z')).toBe('1 day, 1 hour');
    expect(text('2023-01-01T00:00Z', '2023-01-03T00:30Z')).toBe('2 days');
  });

  it('gives the two day counts the dates allow when they differ by one, each a reading of the dates', () => {
    // Soyuz MS-22: launched at 13:54:49, landed on a day without a time: 187 d 10 h to 188 d 10 h.
    expect(elapsed(parsePartialDate('2022-09-21T13:54:49Z'), parsePartialDate('2023-03-28'))).toEqual({ text: '187–188 days', range: true });
    // Progress MS-21: launched at 00:20:09, re-entered on a day without a time: 115 d 23 h to 116 d 23 h.
    expect(text('2022-10-26T00:20:09Z', '2023-02-19')).toBe('115–116 days');
    // Two days alone: from just over 5 days (the end of the 12th to the start of the 18th) to just under 7.
    expect(text('2023-01-12', '2023-01-18')).toBe('5–6 days');
    expect(text('2023-01-12', '2023-01-19T12:00Z')).toBe('6–7 days');
    // Minutes at a day's edge: 1 d 23 h 59 min to 2 d 0 h 0 min.
    expect(text('2023-01-01T00:00Z', '2023-01-03T00:00Z')).toBe('1–2 days');
  });

  it('gives no figure that the precision of the dates cannot support', () => {
    // A month against a moment: the days disagree by far more than one.
    expect(text('2022-12', '2023-03-12T02:02Z')).toBeUndefined();
    expect(text('2023-01-12', '2023-02')).toBeUndefined();
    // Under an hour, and under a day with the hours unsure: "0 days" or "0–1 days" would say nothing.
    expect(text('2023-04-06T08:45Z', '2023-04-06T09:22Z')).toBeUndefined();
    expect(text('2023-04-06T08:45Z', '2023-04-06T09:45Z')).toBeUndefined();
    expect(text('2023-01-12', '2023-01-13')).toBeUndefined();
    expect(text('2023-01-13', '2023-01-12')).toBeUndefined();
  });
});
