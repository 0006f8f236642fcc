import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/model/dates.ts';
import type { GraphEntry } from '../../src/site/graph.ts';
import { buildTimeline, type TimelineSpan } from '../../src/timeline/data.ts';
import { defaultRange } from '../../src/timeline/default-view.ts';
import { entityTimelines, latest, staysOf } from '../../src/timeline/entity.ts';
import { matchesFilter } from '../../src/timeline/filters.ts';
import { inRange, lanesInRange, layoutLanes, packRows } from '../../src/timeline/lanes.ts';
import { CHART, CHART_NARROW, clusterMarks, fitLabels, layoutTimeline, linearScale, MINI } from '../../src/timeline/layout.ts';
import { timelineIndexListsAll, timelinePages } from '../../src/timeline/pages.ts';
import { scaleUtc } from 'd3-scale';
import { axisLabel, fittingTicks } from '../../src/timeline/axis-labels.ts';
import { decodeView, encodeView, knownView } from '../../src/timeline/url-state.ts';
import type { CollectionName } from '../../src/model/collections.ts';
import { testEntry } from '../support/entries.ts';

const d = parsePartialDate;
const ref = (collection: CollectionName, id: string) => ({ collection, id });
const entry = (collection: CollectionName, id: string, data: Record<string, unknown>): GraphEntry => testEntry(collection, id, data);

const NOW = Date.UTC(2026, 0, 1);
const ENTRIES: GraphEntry[] = [
  entry('people', 'frank-rubio', {}),
  entry('people', 'sergey-prokopyev', {}),
  entry('people', 'yuri-borisov', {}),
  entry('organizations', 'roscosmos', { leaders: [{ person: ref('people', 'yuri-borisov'), title: 'Director General', from: d('2022-07-15') }] }),
  entry('organizations', 'nasa', { leaders: [] }),
  entry('spacecraft', 'soyuz-ms-22', {
    kind: 'crewed spacecraft', operator: ref('organizations', 'roscosmos'),
    launch: { date: d('2022-09-21T13:54Z') }, landing: { date: d('2023-03-28T11:45Z') },
    crew: [{ person: ref('people', 'sergey-prokopyev'), role: 'Commander' }, { person: ref('people', 'frank-rubio'), role: 'Flight engineer' }],
  }),
  entry('spacecraft', 'soyuz-2-1a', { kind: 'launch vehicle', launch: { date: d('2004-11-08') } }),
  entry('spacecraft', 'international-space-station', { kind: 'space station', launch: { date: d('1998-11-20') } }),
  entry('events', 'leak', { kind: 'anomaly', date: d('2022-12-15T00:45Z'), people: [ref('people', 'frank-rubio')], spacecraft: [ref('spacecraft', 'soyuz-ms-22')], organizations: [ref('organizations', 'nasa')] }),
  entry('events', 'findings', { kind: 'investigation', date: d('2022-12'), spacecraft: [ref('spacecraft', 'soyuz-ms-22')] }),
  entry('events', 'zarya', { kind: 'launch', date: d('1998') }),
  entry('events', 'return', { kind: 'landing', date: d('2023-03-28'), end: d('2023-03-29'), spacecraft: [ref('spacecraft', 'soyuz-ms-22')] }),
];
const data = buildTimeline(ENTRIES, NOW);
const slices = entityTimelines(data);
const entityTimeline = (_: typeof data, key: string) => slices.get(key as never);

describe('buildTimeline', () => {
  it('lists every event once, in time order, with its page', () => {
    expect(data.events.map((e) => e.id)).toEqual(['zarya', 'findings', 'leak', 'return']);
    expect(data.events.find((e) => e.id === 'leak')!.href).toBe('/events/leak/');
  });

  it('turns a partial date into the range it covers and prints it at its precision', () => {
    const findings = data.events.find((e) => e.id === 'findings')!;
    expect([findings.start, findings.end]).toEqual([Date.UTC(2022, 11, 1), Date.UTC(2023, 0, 1)]);
    expect(findings.when).toBe('December 2022');
    const zarya = data.events.find((e) => e.id === 'zarya')!;
    expect(zarya.when).toBe('1998');
    expect(zarya.end - zarya.start).toBe(365 * 86_400_000);
    const ret = data.events.find((e) => e.id === 'return')!;
    expect(ret.end).toBe(Date.UTC(2023, 2, 30));
  });

  it('makes a flight span for each craft from launch to landing and one per crew member', () => {
    const flight = data.spans.find((s) => s.id === 'flight:soyuz-ms-22')!;
    expect([flight.start, flight.end, flight.open]).toEqual([Date.UTC(2022, 8, 21, 13, 54), Date.UTC(2022, 2 + 12, 28, 11, 46), false]);
    const crew = data.spans.filter((s) => s.kind === 'crew');
    expect(crew.map((s) => s.people[0]).sort()).toEqual(['frank-rubio', 'sergey-prokopyev']);
    expect(crew.every((s) => s.start === flight.start && s.end === flight.end)).toBe(true);
    expect(crew.find((s) => s.people[0] === 'frank-rubio')!.label).toBe('frank rubio, Flight engineer');
  });

  it('draws the stay of a crew member who came home on another craft from one launch to the other landing, and the seat home as its landing', () => {
    const person = (id: string) => ref('people', id);
    const craft = (id: string, launch: string, landing: string | undefined, crew: Array<{ person: ReturnType<typeof person>; role: string; flew?: string }>) =>
      entry('spacecraft', id, { kind: 'crewed spacecraft', launch: { date: d(launch) }, ...(landing ? { landing: { date: d(landing) } } : {}), crew });
    const swapped = buildTimeline([
      entry('people', 'rubio', { title: 'Frank Rubio' }),
      entry('people', 'kikina', { title: 'Anna Kikina' }),
      craft('ms-22', '2022-09-21', '2023-03-28', [{ person: person('rubio'), role: 'Flight engineer 2', flew: 'launch only' }]),
      // Launched empty after him: his ride home.
      craft('ms-23', '2023-02-24', '2023-09-27', [{ person: person('rubio'), role: 'Return crew', flew: 'landing only' }]),
      // Up on a craft that has come back without her, and not home yet: open to now.
      craft('crew-9', '2025-03-01', '2025-04-01', [{ person: person('kikina'), role: 'Pilot', flew: 'launch only' }]),
    ], NOW);
    const crew = swapped.spans.filter((s) => s.kind === 'crew');
    expect(crew.map((s) => s.id)).toEqual(['crew:ms-22:rubio:ms-23', 'crew:ms-23:rubio', 'crew:crew-9:kikina']);
    const rubio = crew[0]!;
    expect([rubio.start, rubio.end, rubio.open]).toEqual([Date.UTC(2022, 8, 21), Date.UTC(2023, 8, 28), false]);
    expect(rubio.when).toBe('21 September 2022 – 27 September 2023');
    expect(rubio.label).toBe('Frank Rubio, Flight engineer 2 (home on ms 23)');
    expect(rubio.spacecraft).toEqual(['ms-22', 'ms-23']);
    expect([crew[1]!.start, crew[1]!.when]).toEqual([Date.UTC(2023, 8, 27), '27 September 2023']);
    const kikina = crew[2]!;
    expect([kikina.open, kikina.end, kikina.when]).toEqual([true, NOW, '1 March 2025 – present']);
    // On the person's page the stay is one line: the seat home is named by the seat up ("home on ms 23").
    expect(staysOf(crew).map((s) => s.id)).toEqual(['crew:ms-22:rubio:ms-23', 'crew:crew-9:kikina']);
    expect(staysOf(swapped.spans.filter((s) => s.id === 'crew:ms-23:rubio'))).toHaveLength(1);
  });

  it('draws a reusable craft with no landing as its first launch alone, not in flight ever since, as a station is', () => {
    const built = buildTimeline([
      entry('spacecraft', 'endurance', { title: 'Crew Dragon Endurance', kind: 'reusable spacecraft', launch: { date: d('2021-11-11T02:03:31Z') } }),
      entry('spacecraft', 'iss', { kind: 'space station', launch: { date: d('1998-11-20') } }),
    ], NOW);
    const capsule = built.spans.find((s) => s.id === 'flight:endurance')!;
    expect([capsule.start, capsule.end, capsule.open]).toEqual([Date.UTC(2021, 10, 11, 2, 3, 31), Date.UTC(2021, 10, 11, 2, 3, 32), false]);
    expect([capsule.label, capsule.when]).toEqual(['Crew Dragon Endurance (first launch)', '11 November 2021, 02:03:31 UTC']);
    expect(built.spans.find((s) => s.id === 'flight:iss')).toMatchObject({ open: true, end: NOW, when: '20 November 1998 – present' });
    // Events naming it tell the stories of the missions it flew, not a story of its first launch.
    const named = buildTimeline([
      entry('spacecraft', 'endurance', { title: 'Crew Dragon Endurance', kind: 'reusable spacecraft', launch: { date: d('2021-11-11T02:03:31Z') } }),
      entry('events', 'one', { kind: 'launch', date: d('2022-10-05'), spacecraft: [ref('spacecraft', 'endurance')] }),
      entry('events', 'two', { kind: 'landing', date: d('2023-03-12'), spacecraft: [ref('spacecraft', 'endurance')] }),
    ], NOW);
    expect(named.presets).toEqual([]);
  });

  it('draws a "landing only" seat with no seat up to pair with as its landing too', () => {
    const alone = buildTimeline([
      entry('people', 'rubio', { title: 'Frank Rubio' }),
      entry('spacecraft', 'ms-23', { kind: 'crewed spacecraft', launch: { date: d('2023-02-24') }, landing: { date: d('2023-09-27') }, crew: [{ person: ref('people', 'rubio'), role: 'Return crew', flew: 'landing only' }] }),
    ], NOW);
    const [seat] = alone.spans.filter((s) => s.kind === 'crew');
    expect([seat!.start, seat!.end, seat!.when]).toEqual([Date.UTC(2023, 8, 27), Date.UTC(2023, 8, 28), '27 September 2023']);
  });

  it('leaves launch vehicles out and keeps a craft still flying open up to now', () => {
    expect(data.spans.some((s) => s.spacecraft.includes('soyuz-2-1a'))).toBe(false);
    const iss = data.spans.find((s) => s.id === 'flight:international-space-station')!;
    expect(iss.open).toBe(true);
    expect(iss.end).toBe(NOW);
    expect(iss.when).toBe('20 November 1998 – present');
  });

  it('without a "now", keeps open spans to the latest date in the record, so builds are repeatable', () => {
    const again = buildTimeline(ENTRIES);
    const iss = again.spans.find((s) => s.id === 'flight:international-space-station')!;
    const latest = Math.max(...again.events.map((e) => e.end), ...again.spans.filter((s) => !s.open).map((s) => s.end));
    expect(iss.end).toBe(latest);
    expect(buildTimeline(ENTRIES)).toEqual(again);
  });

  it('makes a span for each term of office', () => {
    const term = data.spans.find((s) => s.kind === 'term')!;
    expect(term.people).toEqual(['yuri-borisov']);
    expect(term.organizations).toEqual(['roscosmos']);
    expect(term.start).toBe(Date.UTC(2022, 6, 15));
  });

  it('derives story presets from the flights that events name', () => {
    expect(data.presets.map((p) => p.id)).toEqual(['soyuz-ms-22']);
    const [preset] = data.presets;
    expect(preset!.from).toBeLessThan(Date.UTC(2022, 8, 21));
    expect(preset!.to).toBeGreaterThan(Date.UTC(2023, 2, 29));
  });
});

describe('knownView', () => {
  it('drops filter values the record does not have, keeping the rest of the view', () => {
    const view = decodeView('?person=nobody&spacecraft=soyuz-ms-22&kind=nothing&q=leak&lanes=kind');
    expect(knownView(view, data)).toEqual({ ...view, person: undefined, kind: undefined });
    expect(knownView(decodeView('?kind=anomaly&person=frank-rubio'), data)).toMatchObject({ kind: 'anomaly', person: 'frank-rubio' });
  });
});

describe('matchesFilter', () => {
  const leak = data.events.find((e) => e.id === 'leak')!;
  it('filters by kind, person, craft and organization', () => {
    expect(matchesFilter(leak, { kind: 'anomaly' }, data)).toBe(true);
    expect(matchesFilter(leak, { kind: 'launch' }, data)).toBe(false);
    expect(matchesFilter(leak, { person: 'frank-rubio' }, data)).toBe(true);
    expect(matchesFilter(leak, { person: 'sergey-prokopyev' }, data)).toBe(false);
    expect(matchesFilter(leak, { spacecraft: 'soyuz-ms-22', organization: 'nasa' }, data)).toBe(true);
    expect(matchesFilter(leak, { organization: 'roscosmos' }, data)).toBe(false);
  });
  it('matches text in the names of what an item involves, ignoring case', () => {
    expect(matchesFilter(leak, { q: 'RUBIO' }, data)).toBe(true);
    expect(matchesFilter(leak, { q: 'zarya' }, data)).toBe(false);
  });
  it('matches the other names of an item and of what it involves, without accents', () => {
    const named = { ...data, aliases: { ...data.aliases, people: { ...data.aliases.people, 'frank-rubio': ['Франк Рубио'] } } };
    expect(matchesFilter(leak, { q: 'Рубио' }, named)).toBe(true);
    expect(matchesFilter(leak, { q: 'Рубио' }, data)).toBe(false);
    expect(matchesFilter({ ...leak, aliases: ['Soyuz coolant leak'] }, { q: 'soyuz COOLANT' }, data)).toBe(true);
    expect(matchesFilter({ ...leak, title: 'Leak at Baïkonour' }, { q: 'baikonour' }, data)).toBe(true);
    expect(matchesFilter({ ...leak, title: "Rubio's leak" }, { q: 'Rubio’s' }, data)).toBe(true);
  });
  it('hides spans under a kind filter, since spans are not events', () => {
    expect(matchesFilter(data.spans[0]!, { kind: 'anomaly' }, data)).toBe(false);
  });
});

describe('lanes', () => {
  const span = (id: string, start: number, end: number): TimelineSpan => ({
    id, kind: 'flight', label: id, href: '', when: '', start, end, open: false, people: [], spacecraft: ['x'], organizations: [], places: [],
  });
  it('packs overlapping spans into separate rows and reuses a row once it is free', () => {
    const rows = packRows([span('a', 0, 10), span('b', 5, 20), span('c', 10, 15)]);
    expect(rows.map((r) => r.map((s) => s.id))).toEqual([['a', 'c'], ['b']]);
  });
  it('puts events in the lane of their spacecraft or of their kind', () => {
    const byCraft = layoutLanes(data.events, data.spans, 'spacecraft', data);
    const ms22 = byCraft.find((l) => l.key === 'spacecraft:soyuz-ms-22')!;
    expect(ms22.events.map((e) => e.id)).toEqual(['findings', 'leak', 'return']);
    expect(ms22.rows.flat()).toHaveLength(3);
    expect(byCraft.find((l) => l.key === 'none')!.events.map((e) => e.id)).toEqual(['zarya']);
    const byKind = layoutLanes(data.events, data.spans, 'kind', data);
    expect(byKind.map((l) => l.label)).toContain('Anomaly');
    expect(byKind.flatMap((l) => l.events)).toHaveLength(data.events.length);
  });
});

describe('lane limit', () => {
  it('merges the smallest lanes into one "Other" lane, keeping every item and the time order', () => {
    const lanes = layoutLanes(data.events, data.spans, 'kind', data, 2);
    expect(lanes).toHaveLength(2);
    expect(lanes[1]!.key).toBe('other');
    expect(lanes.flatMap((l) => l.events)).toHaveLength(data.events.length);
    expect(lanes.flatMap((l) => l.rows.flat())).toHaveLength(data.spans.length);
    const starts = lanes[1]!.events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe('clusterMarks', () => {
  it('merges marks closer than the gap and keeps the rest apart', () => {
    const clusters = clusterMarks([0, 2, 4, 30, 100, 101], 10);
    expect(clusters.map((c) => [c.first, c.count])).toEqual([[0, 3], [3, 1], [4, 2]]);
    expect(clusters.map((c) => c.x)).toEqual([0, 30, 100]);
  });
  it('keeps drawn marks at least the gap apart and accounts for every mark exactly once', () => {
    const xs = Array.from({ length: 1000 }, (_, i) => Math.floor(i / 7) * 3);
    const clusters = clusterMarks(xs, 8);
    expect(clusters.reduce((n, c) => n + c.count, 0)).toBe(1000);
    expect(clusters.every((c, i) => i === 0 || c.x - clusters[i - 1]!.x >= 8)).toBe(true);
    expect(clusterMarks([], 8)).toEqual([]);
  });
});

describe('fitLabels', () => {
  it("puts a label right of its mark when it ends before the next mark's edge and the plot's edge", () => {
    const marks = [{ x: 0, r: 6 }, { x: 50, r: 11 }, { x: 200, r: 6 }];
    // 0+6+4+20+6 = 36 ≤ 50-11; 50+11+4+60+6 = 131 ≤ 194; 200+6+4+100+6 = 316 > 280, nor left: 200-6-4-100-6 = 84 < 131.
    expect(fitLabels(marks, [20, 60, 100], 280, 0)).toEqual(['right', 'right', undefined]);
    expect(fitLabels(marks, [30, 60, 60], 280, 0)).toEqual([undefined, 'right', 'right']);
    expect(fitLabels(marks, [0, 60, 60], 280, 0)[0]).toBeUndefined();
  });

  it('puts it left of its mark where the right has no room and the left does, clear of the marks and labels before it', () => {
    const marks = [{ x: 10, r: 6 }, { x: 300, r: 6 }, { x: 330, r: 6 }];
    // The second has no room right (300+6+4+80+6 > 324), and room left: 300-6-4-80-6 = 204 ≥ 10+6 (its neighbour's mark).
    expect(fitLabels(marks, [0, 80, 0], 400, 0)).toEqual([undefined, 'left', undefined]);
    // Not over the neighbour's label, which ends at 10+6+4+150 = 170: 300-6-4-130-6 = 154 < 170.
    expect(fitLabels(marks, [150, 130, 0], 400, 0)).toEqual(['right', undefined, undefined]);
    // Nor across the plot's left edge.
    expect(fitLabels([{ x: 60, r: 6 }, { x: 80, r: 6 }], [30, 0], 1000, 20)).toEqual(['left', undefined]);
    expect(fitLabels([{ x: 60, r: 6 }, { x: 80, r: 6 }], [30, 0], 1000, 21)).toEqual([undefined, undefined]);
    // A mark out of sight to the left (a bar running into the view) does not open the lane names to a label.
    expect(fitLabels([{ x: -50, r: 6 }, { x: 60, r: 6 }, { x: 80, r: 6 }], [0, 30, 0], 1000, 21)).toEqual([undefined, undefined, undefined]);
  });
});

describe('view state in the URL', () => {
  it('round-trips range, lanes, filters and selection', () => {
    const view = { from: Date.UTC(2022, 8, 1), to: Date.UTC(2023, 3, 1, 12, 30), lanes: 'kind' as const, kind: 'anomaly', person: 'frank-rubio', q: 'leak', event: 'leak' };
    const search = encodeView(view);
    expect(search).toBe('from=2022-09-01&to=2023-04-01T12%3A30Z&lanes=kind&kind=anomaly&person=frank-rubio&q=leak&event=leak');
    expect(decodeView(`?${search}`)).toEqual(view);
  });
  it('writes the range to the minute, widened outwards, and a view under a day and a half to the second', () => {
    const days = decodeView(encodeView({ lanes: 'spacecraft', from: Date.UTC(2022, 0, 1, 10, 0, 30), to: Date.UTC(2022, 0, 3, 11, 0, 1) }));
    expect([days.from, days.to]).toEqual([Date.UTC(2022, 0, 1, 10, 0), Date.UTC(2022, 0, 3, 11, 1)]);
    // The deepest zoom, six hours: two minutes more would be a tick more.
    const hours = { lanes: 'spacecraft' as const, from: Date.UTC(2022, 0, 1, 4, 30, 30, 400), to: Date.UTC(2022, 0, 1, 10, 30, 29, 600) };
    expect(encodeView(hours)).toBe('from=2022-01-01T04%3A30%3A30Z&to=2022-01-01T10%3A30%3A30Z');
    const reopened = decodeView(encodeView(hours));
    expect([reopened.from, reopened.to]).toEqual([Date.UTC(2022, 0, 1, 4, 30, 30), Date.UTC(2022, 0, 1, 10, 30, 30)]);
  });
  it('leaves defaults out and drops malformed values', () => {
    expect(encodeView({ lanes: 'spacecraft' })).toBe('');
    expect(decodeView('from=yesterday&to=2023-01-01&lanes=sideways&q=%20')).toEqual({ lanes: 'spacecraft' });
    expect(decodeView('from=2023-01-01&to=2022-01-01')).toEqual({ lanes: 'spacecraft' });
  });
});

describe('entityTimelines', () => {
  it("gives a person's events and own flights, linking to the timeline focused on them", () => {
    const mine = entityTimeline(data, 'people/frank-rubio')!;
    expect(mine.events.map((e) => e.id)).toEqual(['leak']);
    expect(mine.spans.map((s) => s.id)).toEqual(['crew:soyuz-ms-22:frank-rubio']);
    const view = decodeView(mine.href.split('?')[1]!);
    expect(view.person).toBe('frank-rubio');
    expect(view.from).toBeLessThan(mine.extent[0]);
    expect(view.to).toBeGreaterThan(mine.extent[1]);
  });
  it("gives a spacecraft's flight and crew, and nothing for an entity with no dated items", () => {
    expect(entityTimeline(data, 'spacecraft/soyuz-ms-22')!.spans).toHaveLength(3);
    expect(entityTimeline(data, 'people/nobody')).toBeUndefined();
    expect(entityTimeline(data, 'places/baikonur')).toBeUndefined();
  });

  it('shows each entity the events the full timeline shows when focused on it', () => {
    const filters = { people: 'person', spacecraft: 'spacecraft', organizations: 'organization' } as const;
    for (const [key, slice] of slices) {
      const [collection, id] = key.split('/') as [keyof typeof filters, string];
      expect(slice.events, key).toEqual(data.events.filter((e) => matchesFilter(e, { [filters[collection]]: id }, data)));
    }
    expect(slices.size).toBeGreaterThan(3);
  });
});

describe('entity slices by kind of entity', () => {
  it("shows an organization its leaders' terms and the flights it operates, not each crew seat", () => {
    const kinds = entityTimeline(data, 'organizations/roscosmos')!.spans.map((s) => s.kind).sort();
    expect(kinds).toEqual(['flight', 'term']);
  });
  it('links with whole days, so the URL stays short', () => {
    const view = decodeView(entityTimeline(data, 'spacecraft/soyuz-ms-22')!.href.split('?')[1]!);
    expect(view.from! % 86_400_000).toBe(0);
    expect(view.to! % 86_400_000).toBe(0);
  });
});

describe('places and craft an event is about', () => {
  const more = buildTimeline([
    ...ENTRIES,
    entry('places', 'baikonur', {}),
    entry('events', 'decision', { kind: 'decision', date: d('2023-01-11'), about: [ref('spacecraft', 'soyuz-ms-22')], place: ref('places', 'baikonur') }),
  ], NOW);
  const slicesOf = entityTimelines(more);
  it('gives a place the events that happened there, linking to the timeline filtered to it', () => {
    const place = slicesOf.get('places/baikonur')!;
    expect(place.events.map((e) => e.id)).toEqual(['decision']);
    expect(decodeView(place.href.split('?')[1]!).place).toBe('baikonur');
  });
  it("counts an event about a craft among the craft's events", () => {
    expect(slicesOf.get('spacecraft/soyuz-ms-22')!.events.map((e) => e.id)).toContain('decision');
  });
  it('keeps the latest items, in time order, when a page may show only a few', () => {
    expect(latest([1, 2, 3, 4, 5], 3)).toEqual([3, 4, 5]);
    expect(latest([1, 2], 3)).toEqual([1, 2]);
  });
});

describe('layoutTimeline', () => {
  const lanes = layoutLanes(data.events, data.spans, 'spacecraft', data);
  const [from, to] = [Date.UTC(2022, 8, 1), Date.UTC(2023, 3, 30)];
  const scale = (width: number, left: number, right: number) => (t: number) => left + ((t - from) / (to - from)) * (width - left - right);
  const measure = (text: string) => text.length * 7;

  it('draws every event of the range once, and each lane below the axis without overlap', () => {
    const layout = layoutTimeline({ lanes, x: scale(1000, CHART.left, CHART.right), width: 1000, geometry: CHART, textWidth: measure });
    const inRange = data.events.filter((e) => e.start >= from && e.start <= to).map((e) => e.id).sort();
    const drawn = layout.marks.filter((m) => m.x >= layout.left && m.x <= layout.right).flatMap((m) => m.events.map((e) => e.id)).sort();
    expect(drawn).toEqual(inRange);
    layout.lanes.forEach((lane, i) => {
      expect(lane.y).toBeGreaterThanOrEqual(CHART.top);
      if (i > 0) expect(lane.y).toBe(layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height);
    });
    expect(layout.height).toBeGreaterThan(layout.lanes.at(-1)!.y + layout.lanes.at(-1)!.height - 1);
  });

  it('puts spans in their rows, clipped to the plot', () => {
    const layout = layoutTimeline({ lanes, x: scale(800, CHART.left, CHART.right), width: 800, geometry: CHART, textWidth: measure });
    for (const box of layout.spans) {
      expect(box.x).toBeGreaterThanOrEqual(layout.left - 2);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.right + 2);
      if (box.label) expect(box.label.text.length * CHART.charWidth).toBeLessThanOrEqual(box.width);
    }
    expect(layout.spans.map((b) => b.span.id)).toContain('flight:soyuz-ms-22');
  });

  it('never lets a label overlap another label, a mark or the axis, at any width', () => {
    for (const width of [390, 640, 1280]) {
      const geometry = width < 600 ? CHART_NARROW : CHART;
      const layout = layoutTimeline({ lanes, x: scale(width, geometry.left, geometry.right), width, geometry, textWidth: measure });
      const boxes = [
        ...layout.marks.map((m) => ({ x0: m.x - m.r, x1: m.x + m.r, y0: m.y - m.r, y1: m.y + m.r, what: `mark ${m.events[0]!.id}` })),
        ...layout.marks.flatMap((m) => (m.label ? [{ x0: m.label.x, x1: m.label.x + m.label.width, y0: m.y - 7, y1: m.y + 7, what: `label ${m.label.text}` }] : [])),
      ];
      for (const [i, a] of boxes.entries()) {
        expect(a.y0, a.what).toBeGreaterThanOrEqual(geometry.top);
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
          expect(overlap, `${a.what} / ${b.what} at ${width}px`).toBe(false);
        }
      }
      if (width === 1280) expect(layout.marks.some((m) => m.label)).toBe(true);
    }
  });

  it('puts lane names above their marks on a phone and beside them on a wide screen', () => {
    const narrow = layoutTimeline({ lanes, x: scale(390, 8, 8), width: 390, geometry: CHART_NARROW });
    const first = narrow.lanes[0]!;
    expect(first.labelY).toBeLessThan(narrow.marks.find((m) => m.y > first.y)!.y - CHART_NARROW.markRadius);
    expect(narrow.left).toBe(CHART_NARROW.left);
    const wide = layoutTimeline({ lanes, x: scale(1280, CHART.left, CHART.right), width: 1280, geometry: CHART });
    expect(wide.lanes[0]!.label.length * CHART.charWidth).toBeLessThanOrEqual(CHART.left);
  });

  it('lays out a band of rows exactly as the whole chart does there, and nothing outside it', () => {
    const x = scale(1280, CHART.left, CHART.right);
    const full = layoutTimeline({ lanes, x, width: 1280, geometry: CHART, textWidth: measure });
    const first = full.lanes[0]!;
    const rows: [number, number] = [first.y, first.y + first.height];
    const band = layoutTimeline({ lanes, x, width: 1280, geometry: CHART, textWidth: measure, rows });
    const touches = (top: number, bottom: number) => bottom >= rows[0] && top < rows[1];
    expect(band.marks.length).toBeGreaterThan(0);
    expect(band.marks).toEqual(full.marks.filter((m) => touches(m.y - m.r, m.y + m.r)));
    expect(band.spans).toEqual(full.spans.filter((s) => touches(s.y, s.y + s.height)));
    expect(band.spans.length).toBeGreaterThan(0);
    expect(band.spans.length).toBeLessThan(full.spans.length);
    expect(band.lanes).toEqual(full.lanes);
  });

  it('widens clusters only while the marks in view are too many, whatever lies outside it', () => {
    const day = 86_400_000;
    const start = Date.UTC(2000, 0, 1);
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...data.events[0]!, id: `e${i}`, start: start + i * day, end: start + i * day + 1 }));
    const lane = [{ key: 'all', label: 'All', events: many, rows: [] }];
    // Twenty days in 1,000 px: 50 px apart, so every mark in view stands alone...
    const zoomed = (t: number) => CHART.left + ((t - start) / (20 * day)) * 1000;
    const inView = layoutTimeline({ lanes: lane, x: zoomed, width: 1000 + CHART.left + CHART.right, geometry: { ...CHART, maxMarks: 30 }, textWidth: measure });
    expect(inView.marks.length).toBeGreaterThanOrEqual(20);
    expect(inView.marks.every((m) => m.events.length === 1)).toBe(true);
    // ...but all of them in the same width must merge, down to the limit.
    const all = (t: number) => CHART.left + ((t - start) / (2000 * day)) * 1000;
    const whole = layoutTimeline({ lanes: lane, x: all, width: 1000 + CHART.left + CHART.right, geometry: { ...CHART, maxMarks: 30 }, textWidth: measure });
    expect(whole.marks.length).toBeLessThanOrEqual(30);
    expect(whole.marks.flatMap((m) => m.events)).toHaveLength(2000);
  });

  it('maps time to pixels linearly through two points, as the zoomed d3 scale does', () => {
    const x = linearScale([from, to], [168, 1264]);
    expect(x(from)).toBe(168);
    expect(x(to)).toBeCloseTo(1264, 9);
    expect(x((from + to) / 2)).toBeCloseTo(716, 9);
  });

  it('merges crowded marks into clusters that account for every event once', () => {
    const layout = layoutTimeline({ lanes, x: () => 300, width: 640, geometry: MINI });
    expect(layout.marks.flatMap((m) => m.events)).toHaveLength(data.events.length);
    expect(layout.marks.every((m) => m.events.length === 1 || m.r === MINI.clusterRadius)).toBe(true);
    expect(layout.marks.some((m) => m.label)).toBe(false);
  });
});

describe('an event begun before the view and running into it', () => {
  const [from, to] = [Date.UTC(2022, 11, 20), Date.UTC(2023, 0, 5)];
  const running = data.events.filter((e) => e.start < from && e.end > from).map((e) => e.id).sort();

  it('counts as in the view, as its lane does', () => {
    expect(running.length).toBeGreaterThan(0);
    expect(data.events.filter((e) => inRange(e, from, to)).map((e) => e.id)).toEqual(expect.arrayContaining(running));
    const lanes = layoutLanes(data.events, data.spans, 'spacecraft', data);
    expect(lanesInRange(lanes, from, to).map((l) => l.key)).toContain('spacecraft:soyuz-ms-22');
  });

  it('is drawn as its bar from the edge of the plot, its mark out of sight', () => {
    const lanes = layoutLanes(data.events, data.spans, 'spacecraft', data);
    const x = (t: number) => CHART.left + ((t - from) / (to - from)) * (1000 - CHART.left - CHART.right);
    const layout = layoutTimeline({ lanes, x, width: 1000, geometry: CHART, textWidth: (t) => t.length * 7 });
    const bars = layout.marks.filter((m) => m.x < layout.left && m.barTo! > layout.left).flatMap((m) => m.events.map((e) => e.id));
    expect([...new Set(bars)].sort()).toEqual(running);
  });
});

describe('a span still going', () => {
  it('runs to the edge of the plot, wherever the record\'s last date falls', () => {
    const open = data.spans.find((s) => s.open)!;
    expect(open).toBeDefined();
    const lanes = layoutLanes(data.events, data.spans, 'spacecraft', data);
    // A view from its start to a year past the record's last date.
    const [from, to] = [open.start, data.extent[1] + 365 * 864e5];
    const x = (t: number) => CHART.left + ((t - from) / (to - from)) * (1000 - CHART.left - CHART.right);
    const layout = layoutTimeline({ lanes, x, width: 1000, geometry: CHART });
    const box = layout.spans.find((b) => b.span.id === open.id)!;
    expect(box.x + box.width).toBeGreaterThanOrEqual(layout.right);
  });
});

describe('lanes in a view', () => {
  it('orders lanes by how many events they hold, the catch-all lane last', () => {
    const lanes = layoutLanes(data.events, data.spans, 'spacecraft', data);
    expect(lanes[0]!.key).toBe('spacecraft:soyuz-ms-22');
    expect(lanes.at(-1)!.key).toBe('none');
  });
  it('hides the lanes with nothing in the range', () => {
    const lanes = layoutLanes(data.events, data.spans, 'spacecraft', data);
    const keys = lanesInRange(lanes, Date.UTC(1998, 0, 1), Date.UTC(1998, 11, 31)).map((l) => l.key);
    expect(keys).toContain('none');
    expect(keys).not.toContain('spacecraft:soyuz-ms-22');
  });
});

describe('defaultRange', () => {
  it('opens on the densest stretch with a margin, leaving out an event decades away', () => {
    const [from, to] = defaultRange(data.events, data.extent);
    const story = data.events.filter((e) => e.id !== 'zarya');
    for (const e of story) expect(e.start >= from && e.start <= to, e.id).toBe(true);
    expect(from).toBeGreaterThan(Date.UTC(2020, 0, 1));
    expect(from).toBeLessThan(Math.min(...story.map((e) => e.start)));
  });
  it('keeps everything when the events are spread evenly, and the extent without events', () => {
    const even = Array.from({ length: 50 }, (_, i) => ({ ...data.events[0]!, id: `e${i}`, start: i * 1000, end: i * 1000 }));
    const [from, to] = defaultRange(even, [0, 49_000]);
    expect(from).toBeLessThan(0);
    expect(to).toBeGreaterThan(49_000);
    expect(defaultRange([], [5, 10])).toEqual([5, 10]);
  });
});

describe('timelinePages', () => {
  const many = Array.from({ length: 450 }, (_, i) => ({ ...data.events[0]!, id: `e${i}`, start: Date.UTC(2020, 0, 1) + i * 3_600_000 }));
  const events = [...data.events.filter((e) => e.start < Date.UTC(2020, 0, 1)), ...many];
  const pages = timelinePages(events, 200);
  it('puts every event on exactly one page, in time order, no page over the cap', () => {
    expect(pages.flatMap((p) => p.events.map((e) => e.id))).toEqual(events.map((e) => e.id));
    expect(Math.max(...pages.map((p) => p.events.length))).toBeLessThanOrEqual(200);
  });
  it('names pages by year and splits a busy year into numbered parts', () => {
    expect(pages.map((p) => p.slug)).toEqual(['1998', '2020', '2020/2', '2020/3']);
    expect(pages.slice(1).map((p) => [p.part, p.parts])).toEqual([[1, 3], [2, 3], [3, 3]]);
  });
  it('lets /timeline/ list every event itself only while they fit one page', () => {
    expect(timelineIndexListsAll(events.slice(0, 200), 200)).toBe(true);
    expect(timelineIndexListsAll(events, 200)).toBe(false);
  });
});

describe('a record of hundreds of thousands of events', () => {
  it('builds its timeline, story and entity slices (no spread of the whole record into one call)', () => {
    const leak = ENTRIES.find((e) => e.id === 'leak')!;
    const many = Array.from({ length: 300_000 }, (_, i) => ({ ...leak, id: `leak-${i}` }));
    const big = buildTimeline([...ENTRIES, ...many], NOW);
    expect(big.events).toHaveLength(300_000 + 4);
    expect(big.extent).toEqual(data.extent);
    expect(big.presets[0]!.id).toBe('soyuz-ms-22');
    expect(entityTimelines(big).get('spacecraft/soyuz-ms-22' as never)!.events).toHaveLength(300_000 + 3);
  });
});

describe('axis labels', () => {
  it('name each tick by the coarsest unit it falls on, times on a 24-hour UTC clock', () => {
    expect(axisLabel(new Date(Date.UTC(2022, 11, 14, 21, 30)))).toBe('21:30');
    expect(axisLabel(new Date(Date.UTC(2022, 11, 14, 22)))).toBe('22:00');
    expect(axisLabel(new Date(Date.UTC(2022, 11, 15, 0, 45, 30)))).toBe(':30');
    expect(axisLabel(new Date(Date.UTC(2022, 11, 15)))).toBe('15 Dec');
    expect(axisLabel(new Date(Date.UTC(2022, 11, 1)))).toBe('December');
    expect(axisLabel(new Date(Date.UTC(2023, 0, 1)))).toBe('2023');
  });

  it('label a server-drawn axis with labels that never touch, inside the drawing, the coarsest tick kept', () => {
    const x = scaleUtc().domain([Date.UTC(2022, 7, 20), Date.UTC(2023, 2, 10)]).range([8, 632]);
    const width = (t: { text: string }, size: number) => t.text.length * 0.65 * size;
    for (const size of [11, 20]) {
      const ticks = fittingTicks(x, 640, size);
      expect(ticks.length, `${size}`).toBeGreaterThanOrEqual(2);
      expect(ticks.map((t) => t.text), `${size}`).toContain('2023');
      const spans = ticks.map((t) => (t.anchor === 'start' ? [t.at, t.at + width(t, size)] : t.anchor === 'end' ? [t.at - width(t, size), t.at] : [t.at - width(t, size) / 2, t.at + width(t, size) / 2]));
      for (const [i, [left, right]] of spans.entries()) {
        expect(left, `${ticks[i]!.text} at ${size}`).toBeGreaterThanOrEqual(0);
        expect(right, `${ticks[i]!.text} at ${size}`).toBeLessThanOrEqual(640);
        if (i > 0) expect(left, `${ticks[i]!.text} after ${ticks[i - 1]!.text} at ${size}`).toBeGreaterThan(spans[i - 1]![1]!);
      }
    }
    // A phone's larger labels leave out some of the wide set's.
    expect(fittingTicks(x, 640, 20).length).toBeLessThan(fittingTicks(x, 640, 11).length);
  });
});
