/**
 * The range the chart opens on, chosen from the data: the densest stretch of events with a
 * little margin, so a record whose story fills one year does not open on decades of empty
 * axis. "All time" stays one click away.
 */
import type { TimelineEvent } from './data.ts';

/** A pause longer than this share of the whole record's length separates two stretches. */
const SPLIT = 0.1;
/** Margin on each side, as a share of the stretch's length (at least a day). */
const MARGIN = 0.05;
const DAY = 86_400_000;

/**
 * The stretch with the most events among those that long pauses separate (the later one
 * on a tie), from its first to its last event's start, widened by a margin. `events` must be
 * in time order; without events, `extent` is returned.
 */
export function defaultRange(events: readonly TimelineEvent[], extent: readonly [number, number]): [number, number] {
  if (!events.length) return [extent[0], extent[1]];
  const split = (events[events.length - 1]!.start - events[0]!.start) * SPLIT;
  let best: [number, number] = [0, 0];
  let first = 0;
  for (let i = 1; i <= events.length; i++) {
    if (i < events.length && events[i]!.start - events[i - 1]!.start <= split) continue;
    if (i - first >= best[1] - best[0]) best = [first, i];
    first = i;
  }
  const from = events[best[0]]!.start;
  const to = events[best[1] - 1]!.start;
  const margin = Math.max((to - from) * MARGIN, DAY);
  return [from - margin, to + margin];
}
