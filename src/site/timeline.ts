/**
 * The timeline data, computed once per build from the site's graph (see `getSite`) and
 * shared by /timeline/, its JSON file, its pages without JavaScript and every entity page.
 */
import type { EntryKey } from '../site/graph.ts';
import { buildTimeline, type TimelineData } from '../timeline/data.ts';
import { entityTimelines, type EntityTimeline } from '../timeline/entity.ts';
import { timelinePages, type TimelinePage } from '../timeline/pages.ts';
import { getSite } from '../site/site.ts';

let timeline: Promise<TimelineData> | undefined;

export function getTimeline(): Promise<TimelineData> {
  timeline ??= getSite().then(({ graph }) => buildTimeline(graph.entries.values()));
  return timeline;
}

let slices: Promise<Map<EntryKey, EntityTimeline>> | undefined;

/** Each entity's slice of the timeline, for the Timeline section of its page. */
export function getEntityTimelines(): Promise<Map<EntryKey, EntityTimeline>> {
  slices ??= getTimeline().then(entityTimelines);
  return slices;
}

let pages: Promise<TimelinePage[]> | undefined;

/** The pages of the timeline without JavaScript, in time order. */
export function getTimelinePages(): Promise<TimelinePage[]> {
  pages ??= getTimeline().then((data) => timelinePages(data.events));
  return pages;
}
