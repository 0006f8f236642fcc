/**
 * "What links here", bounded: an entity page shows a few entries per relation (the latest
 * first) and links to the complete list, split into pages of a fixed size. A hub named by
 * thousands of entries then has a page of the same size as any other.
 */
import type { PartialDate } from '../model/dates.ts';
import { backlinkGroups, compareText, type EntryKey, type GraphEntry, type LinkGraph } from './graph.ts';

/**
 * Entries shown per relation on the entity page itself: enough that every entity of a record
 * like this one (NASA and the ISS have up to 40 a relation) answers each link on its own page,
 * few enough that a hub's page stays small (about 7 KB of HTML a full relation).
 */
export const BACKLINKS_PER_RELATION = 50;
/** Rows per page of the complete list (/organizations/nasa/links/1/). */
export const BACKLINKS_PER_PAGE = 200;

export interface ShownGroup {
  label: string;
  /** The entries shown, latest first. */
  keys: EntryKey[];
  /** How many entries have this relation in all. */
  total: number;
}

export interface BacklinkRow {
  label: string;
  key: EntryKey;
}

/** When an entry happened or began: an event's date, a flight's launch, a source's publication… */
export function entryTime(entry: GraphEntry): number | undefined {
  return entryDate(entry)?.start;
}

function entryDate(entry: GraphEntry): PartialDate | undefined {
  switch (entry.collection) {
    case 'events': return entry.data.date;
    case 'spacecraft': return entry.data.launch?.date;
    case 'sources': return entry.data.published;
    case 'organizations': return entry.data.founded;
    case 'people': return entry.data.born;
    case 'places': return undefined;
  }
}

/** Latest first; undated entries after dated ones; then by title and key, so the order is total. */
function latestFirst(graph: LinkGraph): (a: EntryKey, b: EntryKey) => number {
  const time = new Map<EntryKey, number>();
  const timeOf = (k: EntryKey) => {
    if (!time.has(k)) time.set(k, entryTime(graph.entries.get(k)!) ?? -Infinity);
    return time.get(k)!;
  };
  const title = (k: EntryKey) => graph.entries.get(k)!.data.title;
  return (a, b) => timeOf(b) - timeOf(a) || compareText(title(a), title(b)) || compareText(a, b);
}

/**
 * Each graph's complete lists, made once per entry: the entry's page, its cache key and its
 * list pages all ask for them, and a hub's list sorts thousands of entries.
 */
const completeLists = new WeakMap<LinkGraph, { order: (a: EntryKey, b: EntryKey) => number; lists: Map<EntryKey, readonly ShownGroup[]> }>();

/** Every relation with all its entries, latest first: the complete list (shared: not to be changed). */
export function allBacklinks(graph: LinkGraph, key: EntryKey): readonly ShownGroup[] {
  let made = completeLists.get(graph);
  if (!made) completeLists.set(graph, (made = { order: latestFirst(graph), lists: new Map() }));
  let list = made.lists.get(key);
  if (!list) {
    const { order } = made;
    list = backlinkGroups(graph, key).map((g) => ({ label: g.label, keys: g.keys.sort(order), total: g.keys.length }));
    made.lists.set(key, list);
  }
  return list;
}

/** What the entity page shows: at most `limit` entries per relation. */
export function shownBacklinks(graph: LinkGraph, key: EntryKey, limit = BACKLINKS_PER_RELATION): ShownGroup[] {
  return allBacklinks(graph, key).map((g) => ({ ...g, keys: g.keys.slice(0, limit) }));
}

/** Whether the entity page leaves some entries out, so it needs the complete list. */
export function needsFullList(groups: readonly ShownGroup[]): boolean {
  return groups.some((g) => g.keys.length < g.total);
}

/** The complete list as rows in page order (relation by relation), for paginating. */
export function backlinkRows(groups: readonly ShownGroup[]): BacklinkRow[] {
  return groups.flatMap((g) => g.keys.map((key) => ({ label: g.label, key })));
}

/** Consecutive rows of one relation, so a page of rows reads as headed groups. */
export function groupRows(rows: readonly BacklinkRow[]): Array<{ label: string; keys: EntryKey[] }> {
  const groups: Array<{ label: string; keys: EntryKey[] }> = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.label === row.label) last.keys.push(row.key);
    else groups.push({ label: row.label, keys: [row.key] });
  }
  return groups;
}
