/**
 * One link graph for the whole site, built once per build: every reference in frontmatter
 * and every entry link in an MDX body is a typed edge, and every page's "What links here"
 * is the set of edges that arrive at it.
 */
import { isPartialDate } from '../model/dates.ts';
import { isEntryRef, keyOf, type EntryKey, type EntryRef } from '../model/ids.ts';
import { COLLECTIONS } from '../model/collections.ts';
import type { CollectionName, Entry } from '../model/schema.ts';
import { linkMentions, mentionedKeys, mentionIndex, type TextPart } from './mentions.ts';
import { entryPath, parseEntryLink } from './routes.ts';

export { keyOf, type EntryKey };

/** An entry as the graph holds it: the model's entry, typed by its collection's schema. */
export type GraphEntry = Entry;

export interface Edge {
  from: EntryKey;
  to: EntryKey;
  /** The field the reference stands in (`crew`, `people`, `sources`), or `body`. */
  field: string;
  /** The role or title written beside the reference, e.g. "Commander". */
  role?: string;
}

export interface LinkGraph {
  entries: Map<EntryKey, GraphEntry>;
  outgoing: Map<EntryKey, Edge[]>;
  incoming: Map<EntryKey, Edge[]>;
  /**
   * Plain text an author wrote outside the body, with the entries it names as links (their
   * edges are `body` edges, as a body's links): an entry's summary, where it names one, and
   * each of its notes on where sources disagree.
   */
  summaries: Map<EntryKey, TextPart[]>;
  disputed: Map<EntryKey, DisputedNote[]>;
}

/** A note on where sources disagree, its mentions linked, with the ids of the sources it cites. */
export interface DisputedNote {
  parts: TextPart[];
  sources: string[];
}

export interface BacklinkGroup {
  label: string;
  keys: EntryKey[];
}

/** References in one field's value, each with the role or title written beside it. */
function collectRefs(value: unknown, found: Array<{ ref: EntryRef; role?: string }>, role?: string) {
  if (isEntryRef(value)) {
    found.push(role === undefined ? { ref: value } : { ref: value, role });
  } else if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, found, role);
  } else if (value && typeof value === 'object' && !isPartialDate(value)) {
    const fields = new Map(Object.entries(value));
    const named = fields.get('role') ?? fields.get('title');
    const beside = typeof named === 'string' ? named : role;
    for (const child of fields.values()) collectRefs(child, found, beside);
  }
}

export function buildLinkGraph(list: readonly GraphEntry[]): LinkGraph {
  const entries = new Map<EntryKey, GraphEntry>();
  // Every edge reuses its target's one key string: at 10,000 entries a key made per reference
  // costs more (hashing, comparing, collecting) than the rest of the graph.
  const keys = new Map<CollectionName, Map<string, EntryKey>>();
  for (const entry of list) {
    const key = keyOf(entry);
    entries.set(key, entry);
    let ids = keys.get(entry.collection);
    if (!ids) keys.set(entry.collection, (ids = new Map()));
    ids.set(entry.id, key);
  }
  const outgoing = new Map<EntryKey, Edge[]>();
  const incoming = new Map<EntryKey, Edge[]>();
  const summaries = new Map<EntryKey, TextPart[]>();
  const disputed = new Map<EntryKey, DisputedNote[]>();
  const mentions = mentionIndex(list);
  for (const entry of list) {
    const from = keyOf(entry);
    const out = outgoing.get(from) ?? [];
    const add = (ref: { collection: CollectionName; id: string }, field: string, role?: string) => {
      const to = keys.get(ref.collection)?.get(ref.id);
      if (to === undefined || to === from) return;
      if (out.some((e) => e.to === to && e.field === field && e.role === role)) return;
      const edge: Edge = role === undefined ? { from, to, field } : { from, to, field, role };
      out.push(edge);
      const into = incoming.get(to);
      if (into) into.push(edge);
      else incoming.set(to, [edge]);
    };
    for (const [field, value] of Object.entries(entry.data)) {
      const found: Array<{ ref: EntryRef; role?: string }> = [];
      collectRefs(value, found);
      // A note's sources are cited as a body's are.
      for (const { ref, role } of found) add(ref, field === 'disputed' ? 'sources' : field, role);
    }
    for (const id of entry.bodyCitations) add({ collection: 'sources', id }, 'sources');
    for (const url of entry.bodyLinks) {
      const link = parseEntryLink(url);
      if (link) add(link, 'body');
    }
    const linked = (text: string) => {
      const parts = linkMentions(text, mentions, from);
      for (const key of mentionedKeys(parts)) add(entries.get(key)!, 'body');
      return parts;
    };
    if ('summary' in entry.data) {
      const parts = linked(entry.data.summary);
      if (mentionedKeys(parts).length > 0) summaries.set(from, parts);
    }
    if ('disputed' in entry.data && entry.data.disputed.length > 0) {
      disputed.set(from, entry.data.disputed.map((d) => ({ parts: linked(d.note), sources: d.sources.map((ref) => ref.id) })));
    }
    if (out.length > 0) outgoing.set(from, out);
  }
  return { entries, outgoing, incoming, summaries, disputed };
}

/**
 * Where a link to an entry goes and what it says. An entry missing from the graph is one whose
 * file has a problem under `astro dev` (a build stops on it first, and the check names it):
 * the pages naming it still render, linking its address by its id.
 */
export function entryLink(graph: LinkGraph, key: EntryKey): { href: string; title: string } {
  const entry = graph.entries.get(key);
  if (entry) return { href: entryPath(entry.collection, entry.id), title: entry.data.title };
  const collection = COLLECTIONS.find((c) => key.startsWith(`${c}/`))!;
  const id = key.slice(collection.length + 1);
  return { href: entryPath(collection, id), title: id };
}

/** How an edge reads from the page it points to: "Commander of", "Cited by". */
const INVERSE: Record<string, string> = {
  'events.people': 'Took part in',
  'events.spacecraft': 'Involved in',
  'events.organizations': 'Involved in',
  'events.place': 'Site of',
  'events.about': 'Subject of',
  'spacecraft.operator': 'Operator of',
  'spacecraft.manufacturer': 'Manufacturer of',
  'spacecraft.vehicle': 'Spacecraft of',
  'spacecraft.launchVehicle': 'Launch vehicle of',
  'spacecraft.launch': 'Launch site of',
  'spacecraft.landing': 'Landing site of',
  'people.agency': 'Agency of',
  'organizations.parent': 'Parent of',
  'places.operator': 'Operator of',
  sources: 'Cited by',
  body: 'Mentioned in',
};

/**
 * A role as a relation's name: what precedes its qualifiers, so "Commander (6 April 2023
 * relocation); return crew" is a "Commander of" like any other commander, and the
 * qualifier stays where the role is written in full (the infobox, the timeline).
 */
function roleName(role: string): string {
  return role.split(/\s*[(;]/)[0]!.trim() || role;
}

export function inverseLabel(edge: Edge): string {
  const collection = edge.from.split('/')[0];
  if (edge.role) return `${roleName(edge.role)} of`;
  return INVERSE[`${collection}.${edge.field}`] ?? INVERSE[edge.field] ?? `Linked from (${edge.field})`;
}

/**
 * `a.localeCompare(b)` without its cost: one collator for the default locale, which is what
 * `localeCompare` without arguments constructs on every call (ECMA-402), so the order is the same.
 */
export const compareText: (a: string, b: string) => number = new Intl.Collator().compare;

/**
 * "What links here", grouped by relation; groups and members in a stable order. An entry
 * listed under a typed relation ("Took part in") is not listed again under "Mentioned in":
 * that its text names the entry as well says nothing more.
 */
export function backlinkGroups(graph: LinkGraph, key: EntryKey): BacklinkGroup[] {
  // A set per relation: a hub has thousands of members, so no scan per edge.
  const groups = new Map<string, Set<EntryKey>>();
  const typed = new Set<EntryKey>();
  const edges = graph.incoming.get(key) ?? [];
  for (const edge of edges) if (edge.field !== 'body') typed.add(edge.from);
  for (const edge of edges) {
    if (edge.field === 'body' && typed.has(edge.from)) continue;
    const label = inverseLabel(edge);
    const keys = groups.get(label) ?? new Set();
    keys.add(edge.from);
    groups.set(label, keys);
  }
  const title = (k: EntryKey) => graph.entries.get(k)!.data.title;
  return [...groups]
    .map(([label, keys]) => ({ label, keys: [...keys].sort((a, b) => compareText(title(a), title(b))) }))
    .sort((a, b) => compareText(a.label, b.label));
}
