/**
 * The infobox of an entry: its typed facts as labelled rows, derived from the data itself
 * so that a new field shows up without a template edit. References stay references (the
 * component makes them links); dates stay dates (the component prints them at their precision).
 */
import { isPartialDate, type PartialDate } from '../model/dates.ts';
import { isEntryRef, keyOf, type EntryKey } from '../model/ids.ts';
import { FLOWN_REPEATEDLY, type EntryData } from '../model/schema.ts';

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

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
/** Values stored as codes, shown as words: a source's language "de" reads "German". */
const SHOWN_AS: Record<string, (value: string) => string> = { language: (code) => languageNames.of(code) ?? code };

/** Parts of a group named by its row's label rather than printed: a landing's `how`. */
const IN_LABEL = new Set(['how']);

/**
 * A row's label, from the entry where the field alone does not say it: a rocket's or a reusable
 * craft's launch is its first; a flight's end is named by how it ended ("Splashdown", "Re-entry").
 */
function rowLabel(field: string, value: unknown, data: EntryData): string {
  if (field === 'launch' && 'kind' in data && FLOWN_REPEATEDLY.has(data.kind)) return 'First launch';
  const how = value && typeof value === 'object' && 'how' in value && typeof value.how === 'string' ? value.how : undefined;
  // "Landing", "Splashdown", "Re-entry": a flight's end as it happened.
  return fieldLabel(how ?? field);
}

export function fieldLabel(field: string): string {
  if (LABELS[field]) return LABELS[field];
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function partsOf(value: unknown): InfoPart[] {
  if (isEntryRef(value)) return [{ kind: 'ref', key: keyOf(value) }];
  if (isPartialDate(value)) return [{ kind: 'date', date: value }];
  if (typeof value === 'string') return /^https?:\/\//.test(value) ? [{ kind: 'url', url: value }] : [{ kind: 'text', text: value }];
  if (typeof value === 'number' || typeof value === 'boolean') return [{ kind: 'text', text: String(value) }];
  if (value && typeof value === 'object') {
    const fields = new Map(Object.entries(value));
    const to = fields.get('to');
    const pieces: InfoPart[][] = [];
    for (const [k, child] of fields) {
      if (k === 'to' || IN_LABEL.has(k) || child === undefined) continue;
      if (k === 'from' && isPartialDate(child)) {
        // A term with no end is still running: "since 6 February 2025", not a day alone.
        pieces.push(isPartialDate(to) ? [{ kind: 'date', date: child, to }] : [{ kind: 'text', text: 'since ' }, { kind: 'date', date: child }]);
      } else {
        pieces.push(partsOf(child));
      }
    }
    const comma: InfoPart = { kind: 'text', text: ', ' };
    return pieces.flatMap((p, i) => (i === 0 ? p : [comma, ...p]));
  }
  return [];
}

export function infoboxRows(data: EntryData): InfoRow[] {
  const rows: InfoRow[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (ELSEWHERE.has(field) || value === undefined) continue;
    const shownAs = SHOWN_AS[field];
    const values = (Array.isArray(value) ? value : [value])
      // An alias that is the native name, a row of its own, is not listed twice.
      .filter((v: unknown) => !(field === 'aliases' && 'nativeName' in data && v === data.nativeName))
      .map((v: unknown) => (shownAs && typeof v === 'string' ? shownAs(v) : v));
    const lines = values.map(partsOf).filter((l) => l.length > 0);
    if (lines.length > 0) rows.push({ field, label: rowLabel(field, value, data), lines });
  }
  return rows;
}
