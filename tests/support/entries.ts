/**
 * Entries for unit tests, made by the real schemas: data is written loosely (references as
 * `{ collection, id }` or ids, dates as `PartialDate` or text, required fields filled in) and
 * parsed as the loader would, so every test entry is one the site could hold.
 */
import type { CollectionName } from '../../src/model/collections.ts';
import { isPartialDate } from '../../src/model/dates.ts';
import { isEntryRef } from '../../src/model/ids.ts';
import { PARSE_ENTRY, type Entry } from '../../src/model/schema.ts';

const REQUIRED: Record<CollectionName, Record<string, unknown>> = {
  people: {},
  spacecraft: { kind: 'crewed spacecraft' },
  events: { kind: 'anomaly', date: '2022' },
  organizations: { kind: 'space agency' },
  places: { kind: 'cosmodrome', country: 'Kazakhstan' },
  sources: { publisher: 'Publisher', url: 'https://example.org/', kind: 'news' },
};

function written(value: unknown): unknown {
  if (isEntryRef(value)) return value.id;
  if (isPartialDate(value)) return value.text;
  if (Array.isArray(value)) return value.map(written);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, written(v)]));
  return value;
}

/** `extra` fields are set after parsing: data the schema does not know, for code that must not depend on it. */
export function testEntry(collection: CollectionName, id: string, data: Record<string, unknown> = {}, bodyLinks: string[] = [], extra: Record<string, unknown> = {}): Entry {
  const common = collection === 'sources' ? {} : { summary: `About ${id}.`, sources: ['source'] };
  const raw = { title: id.replace(/-/g, ' '), ...common, ...REQUIRED[collection], ...(written(data) as object) };
  const { entry, issues } = PARSE_ENTRY[collection](id, raw, { bodyLinks, bodyCitations: [] });
  if (!entry) throw new Error(`test entry ${collection}/${id} does not pass its schema: ${JSON.stringify(issues)}`);
  Object.assign(entry.data, extra);
  return entry;
}
