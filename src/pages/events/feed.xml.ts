/** The events feed, linked from every page's head and from the events index. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { eventFeedItems } from '../../publish/feed';
import { FEED_TITLE } from '../../publish/page-meta';
import { getSite } from '../../site/site';

export const GET: APIRoute = ({ site }) => {
  const { graph } = getSite();
  return rss({
    title: FEED_TITLE,
    description: 'Every event in the Orbital Record, newest first, each with its date, summary and page.',
    site: String(site),
    items: eventFeedItems(graph, String(site)),
    customData: '<language>en</language>',
  });
};
