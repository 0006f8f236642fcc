/**
 * What a link preview shows about an entry, built from its data and the link graph: title,
 * kind, when, summary and its first two key facts, grouped into the files `shardOf` names.
 */
import { COLLECTION_INFO, summaryOf } from '../model/collections.ts';
import type { EntryKey, LinkGraph } from '../site/graph.ts';
import { entryWhen, entryWhenText, keyFactRows, rowText } from '../site/key-facts.ts';
import { shardOf } from './shard.ts';

export interface Preview {
  title: string;
  /** "Spacecraft · crewed spacecraft". */
  kind: string;
  when?: string;
  summary: string;
  facts: Array<[label: string, value: string]>;
}

const FACTS = 2;
/** A fact longer than this is cut with an ellipsis: the card is a glance, the page has the rest. */
const FACT_CHARS = 90;

const clip = (text: string) => (text.length > FACT_CHARS ? `${text.slice(0, FACT_CHARS - 1).trimEnd()}…` : text);

export function previewOf(graph: LinkGraph, key: EntryKey): Preview {
  const entry = graph.entries.get(key);
  if (!entry) throw new Error(`No entry ${key} in the link graph`);
  const { data } = entry;
  const singular = COLLECTION_INFO[entry.collection].singular;
  const kind = 'kind' in data ? `${singular} · ${data.kind}` : singular;
  const summary = summaryOf(data);
  const dated = entryWhen(graph, key);
  const when = entryWhenText(graph, key);
  const shown = new Set(['kind', 'aliases', 'nativeName', 'callSign', 'url']);
  const facts = keyFactRows(graph, key)
    .filter((row) => !shown.has(row.field) && row.field !== dated?.field && !(dated?.field === 'date' && row.field === 'end'))
    .slice(0, FACTS)
    .map((row): [string, string] => [row.label, clip(rowText(graph, row))]);
  return { title: data.title, kind: kind.charAt(0).toUpperCase() + kind.slice(1), ...(when ? { when } : {}), summary, facts };
}

/** Every entry's preview, by shard then key, in a stable order (the build is byte-identical run to run). */
export function previewShards(graph: LinkGraph): Map<string, Record<string, Preview>> {
  const shards = new Map<string, Record<string, Preview>>();
  for (const key of [...graph.entries.keys()].sort()) {
    const shard = shardOf(key);
    const previews = shards.get(shard) ?? {};
    previews[key] = previewOf(graph, key);
    shards.set(shard, previews);
  }
  return new Map([...shards].sort(([a], [b]) => a.localeCompare(b)));
}
