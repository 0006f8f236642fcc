/**
 * Cache keys for Astro's incremental build: a page is rendered again exactly when its key
 * changes, so each key covers everything the page shows: its own entry, every entry whose
 * data appears on it (from the link graph: references, backlinks shown, events, timeline
 * spans, sources), the counts and global facts it prints, and the version of the templates
 * and schemas.
 */
import { createHash } from 'node:crypto';
import { shownBacklinks } from './backlinks.ts';
import { type EntryKey, type GraphEntry, type LinkGraph } from './graph.ts';
import type { EntityTimeline } from '../timeline/entity.ts';

/** A stable JSON text: object keys sorted, so equal data always hashes alike. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function digest(value: unknown): string {
  return createHash('sha256').update(stable(value)).digest('base64url').slice(0, 22);
}

/**
 * What other pages can show of an entry: everything in its frontmatter except the summary
 * (only its own page and the collection index print that). Its body never shows elsewhere.
 */
export function shownDigest(entry: GraphEntry): string {
  return digest({ ...entry.data, summary: undefined, key: `${entry.collection}/${entry.id}` });
}

/** What an index page shows of an entry: its frontmatter, summary included. */
export function listedDigest(entry: GraphEntry): string {
  return digest({ ...entry.data, key: `${entry.collection}/${entry.id}` });
}

/**
 * The entries a timeline span comes from: `crew:soyuz-ms-22:frank-rubio` names both, and
 * `crew:soyuz-ms-22:frank-rubio:soyuz-ms-23` the craft he came home on too (its landing ends the span).
 */
function spanEntries(spanId: string): EntryKey[] {
  const [kind, owner, person, back] = spanId.split(':');
  if (kind === 'flight') return [`spacecraft/${owner}`];
  if (kind === 'crew') return [`spacecraft/${owner}`, `people/${person}`, ...(back ? [`spacecraft/${back}` as const] : [])];
  if (kind === 'term') return [`organizations/${owner}`, `people/${person}`];
  return [];
}

export interface PageDependencies {
  /** Entries whose frontmatter the page shows. */
  entries: Set<EntryKey>;
  /** Anything else it prints: counts, the record's latest date. */
  facts: unknown[];
}

/** Everything an entity page shows besides its own entry (whose full digest Astro gives). */
export function entityPageDependencies(graph: LinkGraph, key: EntryKey, timeline: EntityTimeline | undefined): PageDependencies {
  const entries = new Set<EntryKey>([key]);
  // Every entry it links to, from the body and notes too: the JSON-LD names each one it mentions.
  for (const edge of graph.outgoing.get(key) ?? []) entries.add(edge.to);
  const groups = shownBacklinks(graph, key);
  for (const group of groups) for (const k of group.keys) entries.add(k);
  const facts: unknown[] = [groups.map((g) => [g.label, g.total])];
  if (timeline) {
    for (const e of timeline.events) entries.add(`events/${e.id}`);
    for (const s of timeline.spans) for (const k of spanEntries(s.id)) entries.add(k);
    // Open spans are drawn to the record's latest date, wherever that comes from.
    if (timeline.spans.some((s) => s.open)) facts.push(timeline.spans.filter((s) => s.open).map((s) => s.end));
  }
  return { entries, facts };
}

/** The key itself: the template version, the page's own digest, its dependencies' digests and facts. */
export function cacheKey(version: string, own: string, dependencies: PageDependencies, digestOf: (key: EntryKey) => string): string {
  const shown = [...dependencies.entries].sort().map((k) => [k, digestOf(k)]);
  return digest({ version, own, shown, facts: dependencies.facts });
}
