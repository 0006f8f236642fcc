/**
 * The facts a reader looks for first, first: for a flight its launch, landing, duration and
 * crew; for a person their agency and flights. The infobox lists every row in this order and
 * a link preview shows the first two. Derived rows (duration, flights) come only from dates
 * and references the content gives, never from anything else.
 */
import { atDay, elapsed, formatDateRange } from '../model/dates.ts';
import type { CollectionName } from '../model/collections.ts';
import { isIn, type EntryData } from '../model/schema.ts';
import { keyOf, type Edge, type EntryKey, type LinkGraph } from './graph.ts';
import { firstDate } from './entry-dates.ts';
import { infoboxRows, type InfoPart, type InfoRow } from './infobox.ts';

/** Fields (and derived rows) in the order a reader asks about them; the rest follow as written. */
const FIRST: Record<CollectionName, string[]> = {
  spacecraft: ['launch', 'landing', 'duration', 'crew', 'operator', 'vehicle'],
  people: ['agency', 'flights', 'timeInSpace', 'occupation', 'nationality', 'born'],
  events: ['date', 'end', 'people', 'spacecraft', 'place'],
  organizations: ['country', 'founded', 'leaders', 'parent'],
  places: ['country', 'operator'],
  sources: ['publisher', 'published', 'url'],
};

/** Other names and identifiers: looked up, not read first; they close the list. */
const LAST = ['kind', 'designation', 'callSign', 'nativeName', 'aliases'];

/**
 * Launch to landing, as far as their dates tell it (`elapsed`): no figure the dates cannot
 * support. A range says it is counted from the dates, so it is not read as a sourced figure.
 */
function durationRow(data: EntryData<'spacecraft'>): InfoRow | undefined {
  const launch = data.launch?.date;
  const landing = data.landing?.date;
  const time = launch && landing ? elapsed(launch, landing) : undefined;
  if (!time) return undefined;
  // Named as the landing row is: a craft that burned up has a re-entry date.
  const end = data.landing?.how ?? 'landing';
  const text = time.range ? `${time.text} (counted from the launch and ${end} dates)` : time.text;
  return { field: 'duration', label: 'Duration', lines: [[{ kind: 'text', text }]] };
}

/**
 * The craft a person flew on, by the crew lists that name them, in launch order, with their
 * role, and "launch only" or "landing only" as the craft's crew list says it.
 */
function flightsRow(graph: LinkGraph, key: EntryKey): InfoRow | undefined {
  const seat = (edge: Edge) => {
    const flew = craftData(graph, edge.from)?.crew.find((m) => keyOf(m.person) === key && m.role === edge.role)?.flew;
    const text = [edge.role, flew].filter(Boolean).join(', ');
    return text ? besideName([{ kind: 'text', text }]) : [];
  };
  const flights = (graph.incoming.get(key) ?? [])
    .filter((edge) => edge.field === 'crew' && edge.from.startsWith('spacecraft/'))
    .map((edge) => ({ edge, launch: craftData(graph, edge.from)?.launch?.date.start ?? Infinity }))
    .sort((a, b) => a.launch - b.launch || a.edge.from.localeCompare(b.edge.from));
  if (flights.length === 0) return undefined;
  return {
    field: 'flights',
    label: 'Flights',
    lines: flights.map(({ edge }): InfoPart[] => [{ kind: 'ref', key: edge.from }, ...seat(edge)]),
  };
}

/** A spacecraft's data, or undefined for any other entry. */
function craftData(graph: LinkGraph, key: EntryKey) {
  const entry = graph.entries.get(key);
  return entry && isIn(entry, 'spacecraft') ? entry.data : undefined;
}

export function keyFactRows(graph: LinkGraph, key: EntryKey): InfoRow[] {
  const entry = graph.entries.get(key);
  if (!entry) throw new Error(`No entry ${key} in the link graph`);
  const derived = isIn(entry, 'spacecraft') ? durationRow(entry.data) : entry.collection === 'people' ? flightsRow(graph, keyOf(entry)) : undefined;
  const rows = [...infoboxRows(entry.data), ...(derived ? [derived] : [])];
  const order = FIRST[entry.collection];
  const rank = (row: InfoRow) => (order.includes(row.field) ? order.indexOf(row.field) : LAST.includes(row.field) ? order.length + 1 + LAST.indexOf(row.field) : order.length);
  return rows
    .map((row, index) => ({ row: { ...row, lines: row.lines.map(withRole) }, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/**
 * A reference and what is written beside it read "Frank Rubio (Flight engineer 2)", "Sergey
 * Prokopyev (Commander, launch only)", "Yuri Borisov (Director General, 15 July 2022 –
 * 6 February 2025)": one parenthesis, or after a dash when a role has its own.
 */
function withRole(line: InfoPart[]): InfoPart[] {
  const [ref, comma, ...rest] = line;
  if (ref?.kind !== 'ref' || comma?.kind !== 'text' || comma.text !== ', ' || rest.length === 0 || rest.some((p) => p.kind === 'ref' || p.kind === 'url')) return line;
  return [ref, ...besideName(rest)];
}

/** What follows a name in parentheses, or after a dash when it has parentheses of its own, so none are nested. */
function besideName(parts: InfoPart[]): InfoPart[] {
  const text = (t: string): InfoPart => ({ kind: 'text', text: t });
  return parts.some((p) => p.kind === 'text' && p.text.includes('(')) ? [text(' – '), ...parts] : [text(' ('), ...parts, text(')')];
}

/** A row as plain text, for places that show facts without links ("Launch: 21 September 2022, Baikonur"). */
export function rowText(graph: LinkGraph, row: InfoRow): string {
  const part = (p: InfoPart) =>
    p.kind === 'ref' ? (graph.entries.get(p.key)?.data.title ?? p.key)
    : p.kind === 'date' ? formatDateRange(p.date, p.to)
    : p.kind === 'url' ? p.url
    : p.text;
  return row.lines.map((line) => line.map(part).join('')).join('; ');
}

/** Fields naming who took part or is in charge, in the order a header should pick one. */
const WHO = ['crew', 'people', 'leaders', 'agency', 'operator', 'publisher'];

/** When an entry is dated, and what that date is: "Born", "Founded", or "When" for what happened. */
export interface EntryWhen {
  /** The field it is read from; `flight` for a flight's span, launch to landing. */
  field: string;
  label: string;
  /** As written: "31 December 1956", "21 September 2022 – 28 March 2023". */
  text: string;
}

/** The fields that date an entry itself (`end` closes an event's `date`); a date elsewhere in it (a leader's term) is not the entry's. */
const DATED_BY = new Set(['date', 'end', 'born', 'launch', 'landing', 'founded', 'published']);

/**
 * When the entry is dated: its earliest date among `DATED_BY`, named as its facts name that
 * field. A bare "31 December 1956" beside a person could be anything; "Born" says what it is.
 */
export function entryWhen(graph: LinkGraph, key: EntryKey): EntryWhen | undefined {
  const entry = graph.entries.get(key);
  if (!entry) throw new Error(`No entry ${key} in the link graph`);
  // A flight's is its whole span, launch to landing, each at the day.
  const craft = craftData(graph, key);
  if (craft?.launch && craft.landing) return { field: 'flight', label: 'When', text: formatDateRange(atDay(craft.launch.date), atDay(craft.landing.date)) };
  const first = firstDate(Object.fromEntries(Object.entries(entry.data).filter(([field]) => DATED_BY.has(field))));
  if (!first) return undefined;
  const label = first.field === 'date' ? 'When' : (keyFactRows(graph, key).find((row) => row.field === first.field)?.label ?? 'When');
  return { field: first.field, label, text: first.text };
}

/** The entry's date in a line of its own, named unless it is when the thing happened: "Born 31 December 1956", "21 September 2022". */
export function entryWhenText(graph: LinkGraph, key: EntryKey): string | undefined {
  const dated = entryWhen(graph, key);
  return dated && (dated.label === 'When' ? dated.text : `${dated.label} ${dated.text}`);
}

export interface Glance {
  when?: EntryWhen;
  /** Who: the first row among crew, people, leaders, agency, operator, publisher, by name alone. */
  who?: InfoRow;
}

/** What the header says before the prose: when, and who. */
export function glanceOf(graph: LinkGraph, key: EntryKey): Glance {
  const rows = keyFactRows(graph, key);
  const when = entryWhen(graph, key);
  const row = WHO.map((field) => rows.find((r) => r.field === field)).find((r) => r !== undefined);
  // Names alone, one list: roles and terms stand beside them in the facts box.
  const who = row && { ...row, lines: row.lines.map((line) => (line[0]?.kind === 'ref' ? [line[0]] : line)) };
  return { ...(when ? { when } : {}), ...(who ? { who } : {}) };
}
