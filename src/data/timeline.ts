/**
 * The timeline data, computed once per build from the site's graph (see `getSite`) and
 * shared by /timeline/ and the mini timeline of every entity page.
 */
import { buildTimeline, type TimelineData } from '../lib/timeline.ts';
import { getSite } from './site.ts';

let timeline: Promise<TimelineData> | undefined;

export function getTimeline(): Promise<TimelineData> {
  timeline ??= getSite().then(({ graph }) => buildTimeline(graph.entries.values()));
  return timeline;
}
