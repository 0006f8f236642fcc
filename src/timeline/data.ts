/**
 * Timeline data: the events of the record as points, and the things that last as spans
 * (each spacecraft from launch to landing, each crew member's flight, terms of office).
 * Pure: computed once per build from the graph's entries; the chart loads it as JSON.
 */
import { max, min } from 'd3-array';
import { formatDateRange, type PartialDate } from '../model/dates.ts';
import { FLOWN_REPEATEDLY, isIn, type Entry, type EntryRef } from '../model/schema.ts';
import { entryPath } from '../site/routes.ts';
import type { SpanKind } from './span-kinds.ts';

/** What an item names, by id, so filters and entity pages can match it. */
export interface Involved {
  people: string[];
  spacecraft: string[];
  organizations: string[];
  places: string[];
}

export interface TimelineEvent extends Involved {
  id: string;
  title: string;
  summary: string;
  kind: string;
  href: string;
  /** Display text at the precision of the date, e.g. "December 2022". */
  when: string;
  /** The date as written, for `<time datetime>`. */
  datetime: string;
  /** The covered interval in UTC epoch ms, end exclusive: `2022-12` covers the whole month. */
  start: number;
  end: number;
  /** Other names the text filter finds it by ("seat swap"); left out when there are none. */
  aliases?: string[];
}

export interface TimelineSpan extends Involved {
  id: string;
  kind: SpanKind;
  label: string;
  href: string;
  when: string;
  start: number;
  end: number;
  /** Still going (no landing, no end of term): drawn up to the end of the data. */
  open: boolean;
  /** The seat on a flight or the post held, for crew and term spans. */
  role?: string;
}

export interface TimelinePreset {
  id: string;
  label: string;
  from: number;
  to: number;
}

/** Titles by id, for what the items involve. */
export type Names = Record<keyof Involved, Record<string, string>>;

export interface TimelineData extends Names {
  /** Other names by id, of the entities that have any ("Прокопьев"): the text filter finds their items by them too. */
  aliases: Record<keyof Involved, Record<string, string[]>>;
  events: TimelineEvent[];
  spans: TimelineSpan[];
  /** Earliest start and latest end of everything. */
  extent: [number, number];
  /** Stories to zoom to, the one most events tell first. */
  presets: TimelinePreset[];
}

const ids = (refs: readonly EntryRef[]): string[] => refs.map((r) => r.id);
const refId = (ref: EntryRef | undefined): string[] => (ref ? [ref.id] : []);

/**
 * Who came home on another craft than the one they went up on: for each "launch only" seat
 * (craft:person), the craft listing the person "landing only" that lands first after that
 * launch (it may have gone up before them, as a lifeboat does), each return seat used once.
 */
function homeFlights(flights: readonly Entry<'spacecraft'>[]): Map<string, Entry<'spacecraft'>> {
  const launched = (e: Entry<'spacecraft'>) => e.data.launch?.date.start ?? Infinity;
  const landed = (e: Entry<'spacecraft'>) => e.data.landing?.date.start ?? Infinity;
  const returns = flights
    .flatMap((craft) => craft.data.crew.filter((m) => m.flew === 'landing only').map((m) => ({ craft, person: m.person.id })))
    .sort((a, b) => landed(a.craft) - landed(b.craft));
  const by = new Map<string, Entry<'spacecraft'>>();
  const ended = new Set<string>();
  for (const craft of [...flights].sort((a, b) => launched(a) - launched(b))) {
    for (const member of craft.data.crew.filter((m) => m.flew === 'launch only')) {
      const back = returns.find((r) => r.person === member.person.id && landed(r.craft) > launched(craft) && !ended.has(`${r.craft.id}:${r.person}`));
      if (!back) continue;
      by.set(`${craft.id}:${member.person.id}`, back.craft);
      ended.add(`${back.craft.id}:${back.person}`);
    }
  }
  return by;
}

function byTime(a: { start: number; end: number; id: string }, b: { start: number; end: number; id: string }): number {
  return a.start - b.start || a.end - b.end || a.id.localeCompare(b.id);
}

/**
 * Events and spans from the entries of the graph. Spans still open (a station in orbit, a
 * leader in office) run to `now`, or, without it, to the latest date in the record, so that
 * a build depends on its content alone and two builds of one commit are identical.
 */
export function buildTimeline(entries: Iterable<Entry>, now?: number): TimelineData {
  const list = [...entries];
  const titles = (collection: string) =>
    Object.fromEntries(list.filter((e) => e.collection === collection).map((e) => [e.id, e.data.title]));
  const people = titles('people');
  const spacecraft = titles('spacecraft');
  const organizations = titles('organizations');
  const places = titles('places');
  const aliasesOf = (collection: keyof Involved) =>
    Object.fromEntries(list.flatMap((e) => (e.collection === collection && 'aliases' in e.data && e.data.aliases.length > 0 ? [[e.id, e.data.aliases]] : [])));
  const aliases = { people: aliasesOf('people'), spacecraft: aliasesOf('spacecraft'), organizations: aliasesOf('organizations'), places: aliasesOf('places') };

  const events: TimelineEvent[] = list
    .filter((e) => isIn(e, 'events'))
    .map(({ id, data: d }) => ({
      id,
      title: d.title,
      summary: d.summary,
      kind: d.kind,
      href: entryPath('events', id),
      when: formatDateRange(d.date, d.end),
      datetime: d.date.text,
      start: d.date.start,
      end: (d.end ?? d.date).end,
      people: ids(d.people),
      // Craft an event is only about (a decision, a finding) are still its craft to a reader.
      spacecraft: [...new Set([...ids(d.spacecraft), ...ids(d.about)])],
      organizations: ids(d.organizations),
      places: refId(d.place),
      ...(d.aliases.length > 0 ? { aliases: d.aliases } : {}),
    }))
    .sort(byTime);

  const flights = list.filter((e): e is Entry<'spacecraft'> => isIn(e, 'spacecraft') && e.data.kind !== 'launch vehicle' && e.data.launch !== undefined);
  const home = homeFlights(flights);
  /** Flight spans that stand for a first launch alone: no flight's story to zoom to. */
  const notFlights = new Set<string>();
  const spans: Array<Omit<TimelineSpan, 'end'> & { end: number | undefined; to: PartialDate | undefined; from: PartialDate }> = [];
  for (const e of flights) {
    const { launch, landing, operator, crew } = e.data;
    if (!launch) continue;
    const involved = {
      spacecraft: [e.id],
      organizations: refId(operator),
      places: [...new Set([...refId(launch.site), ...refId(landing?.site)])],
    };
    // A craft flown again and again is not in flight since its first launch: without a landing, that launch is drawn alone.
    const firstLaunchOnly = !landing && FLOWN_REPEATEDLY.has(e.data.kind);
    if (firstLaunchOnly) notFlights.add(`flight:${e.id}`);
    const end = firstLaunchOnly ? launch : landing;
    const base = { from: launch.date, to: end?.date, start: launch.date.start, end: end?.date.end, open: !end, when: '' };
    const flightLabel = firstLaunchOnly ? `${e.data.title} (first launch)` : e.data.title;
    spans.push({ ...base, ...involved, id: `flight:${e.id}`, kind: 'flight', label: flightLabel, href: entryPath('spacecraft', e.id), people: crew.map((c) => c.person.id) });
    for (const member of crew) {
      const person = member.person.id;
      const seat = { ...involved, kind: 'crew' as const, role: member.role, href: entryPath('people', person), people: [person] };
      const label = `${people[person] ?? person}, ${member.role}`;
      if (member.flew === 'landing only') {
        // Aboard from a day no source gives: the seat is the landing alone (the seat they went
        // up in draws their whole stay).
        if (!landing) continue;
        spans.push({ ...seat, id: `crew:${e.id}:${person}`, label, from: landing.date, to: landing.date, start: landing.date.start, end: landing.date.end, open: false, when: '' });
      } else if (member.flew === 'launch only') {
        // Up on this craft, home on another (or not home yet): one span from this launch to that landing.
        const back = home.get(`${e.id}:${person}`);
        const backLanding = back?.data.landing;
        spans.push({
          ...seat,
          id: back ? `crew:${e.id}:${person}:${back.id}` : `crew:${e.id}:${person}`,
          label: back ? `${label} (home on ${back.data.title})` : label,
          spacecraft: back ? [e.id, back.id] : [e.id],
          organizations: [...new Set([...refId(operator), ...refId(back?.data.operator)])],
          places: [...new Set([...refId(launch.site), ...refId(backLanding?.site)])],
          from: launch.date, to: backLanding?.date, start: launch.date.start, end: backLanding?.date.end, open: !backLanding, when: '',
        });
      } else {
        spans.push({ ...base, ...seat, id: `crew:${e.id}:${person}`, label });
      }
    }
  }
  for (const e of list) {
    if (isIn(e, 'organizations')) {
      for (const leader of e.data.leaders) {
        const name = people[leader.person.id] ?? leader.person.id;
        spans.push({
          id: `term:${e.id}:${leader.person.id}:${leader.from.text}`, kind: 'term', label: `${name}, ${leader.title}`, role: leader.title,
          href: entryPath('people', leader.person.id), from: leader.from, to: leader.to, start: leader.from.start, end: leader.to?.end,
          open: !leader.to, when: '', people: [leader.person.id], spacecraft: [], organizations: [e.id], places: [],
        });
      }
    }
  }

  // d3-array's min and max, not Math.min(...list): a spread of a whole record's dates overflows the stack (seen at 40,000 entries).
  const known = [...events.flatMap((e) => [e.start, e.end]), ...spans.flatMap((s) => [s.start, s.end ?? s.start])];
  const last = Math.max(now ?? -Infinity, max(known) ?? -Infinity);
  const closed: TimelineSpan[] = spans
    .map(({ from, to, ...s }) => ({ ...s, end: s.end ?? last, when: to ? formatDateRange(from, to) : `${formatDateRange(from)} – present` }))
    .sort(byTime);
  const extent: [number, number] = known.length ? [min(known)!, Math.max(max(known)!, max(closed, (s) => s.end) ?? -Infinity)] : [now ?? 0, now ?? 0];
  return { events, spans: closed, people, spacecraft, organizations, places, aliases, extent, presets: storyPresets(events, closed.filter((s) => !notFlights.has(s.id))) };
}

/**
 * "Zoom to a story" presets from the data: the flights most events name, each from its
 * launch (or first event) to its landing (or last event), the story most events tell first.
 */
export function storyPresets(events: readonly TimelineEvent[], spans: readonly TimelineSpan[], limit = 3): TimelinePreset[] {
  // Events by the craft they name, indexed once: a flight's events are then a lookup, not a scan.
  const byCraft = new Map<string, TimelineEvent[]>();
  for (const e of events) {
    for (const craft of e.spacecraft) {
      const named = byCraft.get(craft);
      if (named) named.push(e);
      else byCraft.set(craft, [e]);
    }
  }
  return spans
    .filter((s) => s.kind === 'flight' && !s.open)
    .map((s) => {
      const craft = s.spacecraft[0]!;
      const named = byCraft.get(craft) ?? [];
      const from = Math.min(s.start, min(named, (e) => e.start) ?? Infinity);
      const to = Math.max(s.end, max(named, (e) => e.end) ?? -Infinity);
      const pad = (to - from) * 0.05;
      return { id: craft, label: `${s.label} story`, from: from - pad, to: to + pad, count: named.length };
    })
    .filter((p) => p.count >= 2)
    .sort((a, b) => b.count - a.count || a.from - b.from)
    .slice(0, limit)
    .map(({ count: _count, ...p }) => p);
}
