/**
 * The infobox of an entry: its typed facts as labelled rows, derived from the data itself
 * so that a new field shows up without a template edit. References stay references (the
 * component makes them links); dates stay dates (the component prints them at their precision).
 */
import type { PartialDate } from '../model/dates.ts';
import { keyOf, type EntryKey } from './graph.ts';
import type { EntryRef } from '../model/schema.ts';

export type InfoPart =
  | { kind: 'text'; text: string }
  | { kind: 'date'; date: PartialDate; to?: PartialDate | undefined }
  | { kind: 'ref'; key: EntryKey }
  | { kind: 'url'; url: string };

export interface InfoRow {
  field: string;
  label: string;
  /** One line per value; a line is a run of parts. */
  lines: InfoPart[][];
}

/** Shown elsewhere on the page, not in the infobox. */
const ELSEWHERE = new Set(['title', 'summary', 'sources', 'disputed']);

const LABELS: Record<string, string> = { aliases: 'Also known as', url: 'Address' };

export function fieldLabel(field: string): string {
  if (LABELS[field]) return LABELS[field];
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isDate(v: unknown): v is PartialDate {
  return !!v && typeof v === 'object' && 'precision' in v;
}

function isRef(v: unknown): v is EntryRef {
  return !!v && typeof v === 'object' && 'collection' in v && 'id' in v && Object.keys(v).length === 2;
}

function partsOf(value: unknown): InfoPart[] {
  if (isRef(value)) return [{ kind: 'ref', key: keyOf(value) }];
  if (isDate(value)) return [{ kind: 'date', date: value }];
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [{ kind: 'url', url: value }] : [{ kind: 'text', text: value }];
  if (typeof value === 'number' || typeof value === 'boolean') return [{ kind: 'text', text: String(value) }];
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    const pieces: InfoPart[][] = [];
    for (const [k, child] of Object.entries(v)) {
      if (k === 'to' || child === undefined) continue;
      if (k === 'from' && isDate(child)) {
        pieces.push([{ kind: 'date', date: child, to: isDate(v.to) ? v.to : undefined }]);
      } else {
        pieces.push(partsOf(child));
      }
    }
    return pieces.flatMap((p, i) => (i === 0 ? p : [{ kind: 'text', text: ', ' } as InfoPart, ...p]));
  }
  return [];
}

export function infoboxRows(data: Record<string, unknown>): InfoRow[] {
  const rows: InfoRow[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (ELSEWHERE.has(field) || value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    const lines = values.map(partsOf).filter((l) => l.length > 0);
    if (lines.length > 0) rows.push({ field, label: fieldLabel(field), lines });
  }
  return rows;
}
