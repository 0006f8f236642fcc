/**
 * The events feed (RSS 2.0, written by @astrojs/rss): every event, newest first, with its
 * date as written, its summary and its address. Dates come from the data, never the
 * clock, so the feed is the same on every build.
 */
import { formatDateRange, type PartialDate } from '../model/dates.ts';
import type { LinkGraph } from '../site/graph.ts';
import { entryPath } from '../site/routes.ts';
import { siteAddress } from './page-meta.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

export function eventFeedItems(graph: LinkGraph, site: string): FeedItem[] {
  return [...graph.entries.values()]
    .filter((e) => e.collection === 'events')
    .map((e) => {
      const date = e.data.date as PartialDate;
      const end = e.data.end as PartialDate | undefined;
      return { entry: e, date, text: `${formatDateRange(date, end)}: ${String(e.data.summary)}` };
    })
    .sort((a, b) => b.date.start - a.date.start || a.entry.id.localeCompare(b.entry.id))
    .map(({ entry, date, text }) => ({
      title: entry.data.title,
      link: siteAddress(site, entryPath(entry.collection, entry.id)),
      pubDate: new Date(date.start),
      description: text,
    }));
}
