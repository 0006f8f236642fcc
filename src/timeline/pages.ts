/**
 * The timeline without JavaScript, in pages of bounded size: one page per year, a year with
 * more than `PAGE_MAX` events split into parts, so no page grows with the record.
 */
import type { TimelineEvent } from './data.ts';

export const PAGE_MAX = 200;

export interface TimelinePage {
  /** The path under /timeline/: "2022", or "2022/2" for a year's second part. */
  slug: string;
  year: number;
  /** 1-based; `parts` is how many the year has. */
  part: number;
  parts: number;
  events: TimelineEvent[];
}

export const timelinePagePath = (page: Pick<TimelinePage, 'slug'>): string => `/timeline/${page.slug}/`;

/**
 * Whether /timeline/ lists every event itself, as a reader without JavaScript expects of it:
 * only while the whole record fits in one page's bound, so the page never grows with the record.
 */
export const timelineIndexListsAll = (events: readonly unknown[], max = PAGE_MAX): boolean => events.length <= max;

/** Pages in time order; every event is on exactly one. `events` must be in time order. */
export function timelinePages(events: readonly TimelineEvent[], max = PAGE_MAX): TimelinePage[] {
  const years = new Map<number, TimelineEvent[]>();
  for (const e of events) {
    const year = new Date(e.start).getUTCFullYear();
    const list = years.get(year);
    if (list) list.push(e);
    else years.set(year, [e]);
  }
  return [...years].flatMap(([year, list]) => {
    const parts = Math.ceil(list.length / max);
    return Array.from({ length: parts }, (_, i) => ({
      slug: i === 0 ? String(year) : `${year}/${i + 1}`,
      year, part: i + 1, parts,
      events: list.slice(i * max, (i + 1) * max),
    }));
  });
}
