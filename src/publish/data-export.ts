/**
 * The data export under /data/: every entry of a collection as JSON (its typed fields,
 * references resolved to id, title and address, dates with their precision and the
 * interval they cover) and as CSV, plus a JSON Schema of the JSON, generated from the same
 * Zod schemas the build checks. One file per collection keeps each file a size a reader can
 * fetch at tens of thousands of entries; one more holds them all, for a reader who wants the
 * whole record in one download. Rows are sorted by id so the files are the same on every build.
 */
import { COLLECTIONS, type CollectionName } from '../model/collections.ts';
import { isPartialDate, type PartialDate } from '../model/dates.ts';
import { collectionFields, collectionJsonSchema } from '../model/fields.ts';
import { isEntryRef, keyOf } from '../model/ids.ts';
import type { Entry } from '../model/schema.ts';
import type { LinkGraph } from '../site/graph.ts';
import { entryPath } from '../site/routes.ts';
import { SITE_NAME, siteAddress } from './page-meta.ts';

export const DATA_PATH = '/data/';
export const SCHEMA_PATH = '/data/schema.json';
export const collectionJsonPath = (collection: CollectionName) => `/data/${collection}.json`;
export const collectionCsvPath = (collection: CollectionName) => `/data/${collection}.csv`;
/** The whole record's file, named after the site so a downloaded copy still says what it is. */
export const RECORD_NAME = 'orbital-record';
export const RECORD_JSON_PATH = `/data/${RECORD_NAME}.json`;

/** A reference resolved: the entry named, its title and its page on this site. */
export interface ExportedRef {
  collection: CollectionName;
  id: string;
  title: string;
  page: string;
}

export interface ExportedDate {
  /** As written, at the precision the sources give: `2022-12`, `2022-12-14T23:45Z`. */
  text: string;
  precision: PartialDate['precision'];
  /** First instant the date covers, and the first instant after it (ISO 8601, UTC). */
  start: string;
  end: string;
}

export type ExportedValue = string | number | boolean | ExportedRef | ExportedDate | ExportedValue[] | { [field: string]: ExportedValue };

/** `page` is the entry's address on this site (`url`, where a source has one, is the publication's). */
export interface ExportedEntry {
  collection: CollectionName;
  id: string;
  page: string;
  [field: string]: ExportedValue;
}

export interface CollectionExport {
  collection: CollectionName;
  schema: string;
  count: number;
  entries: ExportedEntry[];
}

/** The whole record: every collection's file, as it is on its own, by collection. */
export interface RecordExport {
  schema: string;
  /** Entries in all collections. */
  count: number;
  collections: { [C in CollectionName]?: CollectionExport };
}

function exportValue(graph: LinkGraph, site: string, value: unknown): ExportedValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (isEntryRef(value)) {
    const target = graph.entries.get(keyOf(value));
    return { collection: value.collection, id: value.id, title: target?.data.title ?? value.id, page: siteAddress(site, entryPath(value.collection, value.id)) };
  }
  if (isPartialDate(value)) {
    return { text: value.text, precision: value.precision, start: new Date(value.start).toISOString(), end: new Date(value.end).toISOString() };
  }
  if (Array.isArray(value)) return value.map((v) => exportValue(graph, site, v)).filter((v): v is ExportedValue => v !== undefined);
  if (typeof value === 'object') {
    const fields: Record<string, ExportedValue> = {};
    for (const [k, v] of Object.entries(value)) {
      const exported = exportValue(graph, site, v);
      if (exported !== undefined) fields[k] = exported;
    }
    return fields;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return undefined;
}

/** A collection's field names, in the schema's order, so every file reads the same way. */
const fieldNames = (collection: CollectionName) => collectionFields(collection).map((f) => f.name);

export function exportEntry(graph: LinkGraph, entry: Entry, site: string): ExportedEntry {
  const exported: ExportedEntry = { collection: entry.collection, id: entry.id, page: siteAddress(site, entryPath(entry.collection, entry.id)) };
  const data = new Map(Object.entries(entry.data));
  for (const field of fieldNames(entry.collection)) {
    const value = exportValue(graph, site, data.get(field));
    if (value !== undefined) exported[field] = value;
  }
  return exported;
}

export function entriesOf(graph: LinkGraph, collection: CollectionName): Entry[] {
  return [...graph.entries.values()].filter((e) => e.collection === collection).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function collectionExport(graph: LinkGraph, collection: CollectionName, site: string): CollectionExport {
  const entries = entriesOf(graph, collection).map((e) => exportEntry(graph, e, site));
  return { collection, schema: siteAddress(site, SCHEMA_PATH), count: entries.length, entries };
}

export function recordExport(graph: LinkGraph, site: string): RecordExport {
  const files = COLLECTIONS.map((c) => collectionExport(graph, c, site));
  return { schema: siteAddress(site, SCHEMA_PATH), count: files.reduce((sum, f) => sum + f.count, 0), collections: Object.fromEntries(files.map((f) => [f.collection, f])) };
}

/** A JSON file of the export as written: one space of indent keeps it readable and small, and it ends in a newline. */
export const exportedJson = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

/** One CSV cell: a reference as its id, a date as written, lists joined with "; ", nested fields as name=value. */
function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (isEntryRef(value)) return value.id;
  if (isPartialDate(value)) return value.text;
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'object') return Object.entries(value).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => `${k}=${cellText(v)}`).join(', ');
  return String(value);
}

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with an apostrophe. */
function csvCell(text: string): string {
  const safe = /^[=+@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function collectionCsv(graph: LinkGraph, collection: CollectionName, site: string): string {
  const fields = fieldNames(collection);
  const rows = entriesOf(graph, collection).map((entry) => {
    const data = new Map(Object.entries(entry.data));
    const cells = [entry.id, siteAddress(site, entryPath(collection, entry.id)), ...fields.map((f) => cellText(data.get(f)))];
    return cells.map((c) => (c === '' ? '' : csvCell(c))).join(',');
  });
  return `${[['id', 'page', ...fields].join(','), ...rows].join('\r\n')}\r\n`;
}

const EXPORTED_DATE_SCHEMA = {
  type: 'object',
  description: 'A date at the precision the sources give.',
  properties: {
    text: { type: 'string', description: 'As written: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MMZ or YYYY-MM-DDTHH:MM:SSZ (UTC).' },
    precision: { enum: ['year', 'month', 'day', 'minute', 'second'] },
    start: { type: 'string', format: 'date-time', description: 'First instant the date covers (UTC).' },
    end: { type: 'string', format: 'date-time', description: 'First instant after the date (UTC).' },
  },
  required: ['text', 'precision', 'start', 'end'],
  additionalProperties: false,
};

function exportedRefSchema(collection: CollectionName) {
  return {
    type: 'object',
    description: `A reference to an entry in ${collection}.`,
    properties: { collection: { const: collection }, id: { type: 'string' }, title: { type: 'string' }, page: { type: 'string', format: 'uri' } },
    required: ['collection', 'id', 'title', 'page'],
    additionalProperties: false,
  };
}

/**
 * The JSON Schema of the /data/<collection>.json files and of the whole record, from the
 * build's own Zod schemas with each reference as an exported reference and each date as an
 * exported date.
 */
export function exportJsonSchema(site: string): object {
  const defs = Object.fromEntries(
    COLLECTIONS.map((collection) => {
      const fields = collectionJsonSchema(collection, 'output', (node) => {
        // A field's own description stays; the shape is the exported one.
        const { description, reference, partialDate } = node;
        const target = COLLECTIONS.find((c) => c === reference);
        if (target) Object.assign(node, exportedRefSchema(target));
        if (partialDate) Object.assign(node, EXPORTED_DATE_SCHEMA);
        if (description !== undefined) node.description = description;
        delete node.reference;
        delete node.partialDate;
      });
      return [
        collection,
        {
          type: 'object',
          properties: {
            collection: { const: collection },
            id: { type: 'string', description: 'The entry\'s id: its file name and the last part of its address.' },
            page: { type: 'string', format: 'uri', description: 'The entry\'s page on this site.' },
            ...fields.properties,
          },
          required: ['collection', 'id', 'page', ...(fields.required ?? [])],
          additionalProperties: false,
        },
      ];
    }),
  );
  const collectionFile = {
    type: 'object',
    description: 'A /data/<collection>.json file: one collection.',
    properties: {
      collection: { enum: [...COLLECTIONS] },
      schema: { type: 'string', format: 'uri' },
      count: { type: 'integer', minimum: 0 },
      entries: { type: 'array', items: { anyOf: COLLECTIONS.map((c) => ({ $ref: `#/$defs/${c}` })) } },
    },
    required: ['collection', 'schema', 'count', 'entries'],
    additionalProperties: false,
  };
  const record = {
    type: 'object',
    description: `${RECORD_JSON_PATH}: the whole record, each collection's file as it is on its own.`,
    properties: {
      schema: { type: 'string', format: 'uri' },
      count: { type: 'integer', minimum: 0, description: 'Entries in all collections.' },
      collections: {
        type: 'object',
        properties: Object.fromEntries(
          // Types beside the $ref, as strict validators (Ajv's strictTypes) want wherever properties or items stand.
          COLLECTIONS.map((c) => [c, { $ref: '#/$defs/collectionFile', type: 'object', properties: { collection: { const: c }, entries: { type: 'array', items: { $ref: `#/$defs/${c}` } } } }]),
        ),
        required: [...COLLECTIONS],
        additionalProperties: false,
      },
    },
    required: ['schema', 'count', 'collections'],
    additionalProperties: false,
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: siteAddress(site, SCHEMA_PATH),
    title: `${SITE_NAME} data export: one collection, or the whole record`,
    oneOf: [{ $ref: '#/$defs/collectionFile' }, { $ref: '#/$defs/record' }],
    $defs: { ...defs, collectionFile, record },
  };
}
