/**
 * The timeline data, computed once per build from the site's graph (see `getSite`) and
 * shared by /timeline/ and the mini timeline of every entity page.
 */
import { buildTimeline, entityTimelines, type EntityTimeline, type TimelineData } from '../lib/timeline.ts';
import type { EntryKey } from '../site/graph.ts';
import { getSite } from '../site/site.ts';

let timeline: Promise<TimelineData> | undefined;

export function getTimeline(): Promise<TimelineData> {
  timeline ??= getSite().then(({ graph }) => buildTimeline(graph.entries.values()));
  return timeline;
}

let slices: Promise<Map<EntryKey, EntityTimeline>> | undefined;

/** Each entity's slice of the timeline, for the mini timeline on its page. */
export function getEntityTimelines(): Promise<Map<EntryKey, EntityTimeline>> {
  slices ??= getTimeline().then(entityTimelines);
  return slices;
}
