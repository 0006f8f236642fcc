/**
 * The timeline's view in the URL: range, lanes, filters and the selected event, so a shared
 * link reopens exactly its view. Shared by entity pages (server) and the chart (client).
 */
import type { TimelineData } from './data.ts';
import { ENTITY_FILTERS, FILTER_NAMES, type TimelineFilter } from './filters.ts';
import { LANE_MODES, type LaneMode } from './lanes.ts';

export interface ViewState extends TimelineFilter {
  from?: number | undefined;
  to?: number | undefined;
  lanes: LaneMode;
  /** The selected event's id. */
  event?: string | undefined;
}

const TEXT_KEYS = [...FILTER_NAMES, 'event'] as const;

const SECOND = 1000;
const MINUTE = 60_000;

/**
 * What a range's ends are written to: the minute, short and enough while a minute is a sliver
 * of the view; the second for a view under a day and a half, where a range two minutes wider
 * (of the deepest zoom's six hours) reopened with a tick the shared view had not.
 */
const unitOf = (span: number) => (span >= 2000 * MINUTE ? MINUTE : SECOND);

/** `2022-12-15T00:45:00.000Z` → `2022-12-15T00:45Z`; with seconds → `2022-12-15T00:45:30Z`; midnight → `2022-12-15`. */
function isoTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith(':00.000Z') ? `${iso.slice(0, 16)}Z` : `${iso.slice(0, 19)}Z`;
}

/** The view as a query string (without `?`), defaults left out, keys in a stable order. */
export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.from !== undefined && view.to !== undefined) {
    // Widened outwards: the reopened view shows at least the range shared.
    const unit = unitOf(view.to - view.from);
    params.set('from', isoTime(Math.floor(view.from / unit) * unit));
    params.set('to', isoTime(Math.ceil(view.to / unit) * unit));
  }
  if (view.lanes !== 'spacecraft') params.set('lanes', view.lanes);
  for (const key of TEXT_KEYS) {
    const value = view[key]?.trim();
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** Reads a query string back; unknown or malformed values are dropped rather than trusted. */
export function decodeView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const time = (key: string) => {
    const text = params.get(key);
    const ms = text && /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : NaN;
    return Number.isFinite(ms) ? ms : undefined;
  };
  const from = time('from');
  const to = time('to');
  const lanes = params.get('lanes');
  const view: ViewState = { lanes: LANE_MODES.find((m) => m === lanes) ?? 'spacecraft' };
  if (from !== undefined && to !== undefined && from < to) Object.assign(view, { from, to });
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) view[key] = value;
  }
  return view;
}

/**
 * The view without filter values the record does not have: an old or mistyped link
 * (`?person=nobody`) opens the whole timeline, not an empty chart with a blank menu.
 */
export function knownView(view: ViewState, data: Pick<TimelineData, 'events' | 'people' | 'spacecraft' | 'organizations' | 'places'>): ViewState {
  const known: ViewState = { ...view };
  for (const f of ENTITY_FILTERS) {
    const id = known[f.name];
    if (id !== undefined && !Object.hasOwn(data[f.field], id)) known[f.name] = undefined;
  }
  if (known.kind !== undefined && !data.events.some((e) => e.kind === known.kind)) known.kind = undefined;
  return known;
}
