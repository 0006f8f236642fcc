/** The events feed, linked from every page's head and from the events index. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { eventFeedItems } from '../../publish/feed';
import { FEED_PATH, FEED_TITLE, siteAddress } from '../../publish/page-meta';
import { collectionPath } from '../../site/routes';
import { getSite } from '../../site/site';

export const GET: APIRoute = ({ site }) => {
  const { graph } = getSite();
  const address = String(site);
  return rss({
    title: FEED_TITLE,
    description: 'Every event in the Orbital Record, newest first, each with its date, summary and page.',
    // The channel's page is the events index; the feed names its own address, as readers and validators ask.
    site: siteAddress(address, collectionPath('events')),
    items: eventFeedItems(graph, address),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${siteAddress(address, FEED_PATH)}" rel="self" type="application/rss+xml"/>`,
  });
};
