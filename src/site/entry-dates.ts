/**
 * The dates in an entry's data, wherever they stand (`born`, `launch.date`, a leader's
 * `from`–`to`), as spans with the field each is under: what search files an entry under by
 * year and sorts it by, and what says when it happened.
 */
import { formatDateRange, isPartialDate, type PartialDate } from '../model/dates.ts';

/** A date under one of these keys ends the range begun by the date under the other. */
const RANGE_END: Record<string, string> = { date: 'end', from: 'to' };

export interface DateSpan {
  from: PartialDate;
  to?: PartialDate | undefined;
  /** The entry's field it is found under: `launch` for `launch.date`. */
  field: string;
}

/** Every date and date range in an entry's data (or in a value under `field`), however deeply nested. */
export function dateSpans(value: unknown, field?: string, spans: DateSpan[] = []): DateSpan[] {
  if (isPartialDate(value)) {
    spans.push({ from: value, field: field ?? '' });
  } else if (Array.isArray(value)) {
    for (const item of value) dateSpans(item, field, spans);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const ends = new Set(Object.keys(RANGE_END).filter((k) => isPartialDate(record[k])).map((k) => RANGE_END[k]!));
    for (const [key, child] of Object.entries(record)) {
      if (ends.has(key)) continue;
      const end = RANGE_END[key];
      if (isPartialDate(child) && end !== undefined) {
        const to = record[end];
        spans.push({ from: child, to: isPartialDate(to) ? to : undefined, field: field ?? key });
      } else {
        dateSpans(child, field ?? key, spans);
      }
    }
  }
  return spans;
}

/** When an entry happened or was active, as its page says it: its earliest date or span, and the field it is under. */
export function firstDate(data: Record<string, unknown>): { field: string; text: string } | undefined {
  const first = dateSpans(data).sort((a, b) => a.from.start - b.from.start)[0];
  return first && { field: first.field, text: formatDateRange(first.from, first.to) };
}

export function whenText(data: Record<string, unknown>): string | undefined {
  return firstDate(data)?.text;
}
