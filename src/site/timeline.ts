/**
 * The timeline data, computed once per content model from the site's graph (see `perSite`) and
 * shared by /timeline/, its JSON file, its pages without JavaScript and every entity page.
 */
import type { EntryKey } from '../site/graph.ts';
import { buildTimeline, type TimelineData } from '../timeline/data.ts';
import { entityTimelines, type EntityTimeline } from '../timeline/entity.ts';
import { timelinePages, type TimelinePage } from '../timeline/pages.ts';
import { perSite } from '../site/site.ts';

export const getTimeline: () => TimelineData = perSite(({ graph }) => buildTimeline(graph.entries.values()));

/** Each entity's slice of the timeline, for the Timeline section of its page. */
export const getEntityTimelines: () => Map<EntryKey, EntityTimeline> = perSite(() => entityTimelines(getTimeline()));

/** The pages of the timeline without JavaScript, in time order. */
export const getTimelinePages: () => TimelinePage[] = perSite(() => timelinePages(getTimeline().events));
