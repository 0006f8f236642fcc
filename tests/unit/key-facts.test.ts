import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/model/dates.ts';
import { buildLinkGraph } from '../../src/site/graph.ts';
import { entryWhen, glanceOf, keyFactRows, rowText } from '../../src/site/key-facts.ts';
import { testEntry } from '../support/entries.ts';

const person = (id: string) => ({ collection: 'people' as const, id });
const graph = buildLinkGraph([
  testEntry('people', 'frank-rubio', { title: 'Frank Rubio', born: parsePartialDate('1975-12-11') }),
  testEntry('people', 'sergey-prokopyev', { title: 'Sergey Prokopyev' }),
  testEntry('spacecraft', 'soyuz-ms-22', {
    title: 'Soyuz MS-22',
    launch: { date: parsePartialDate('2022-09-21') },
    crew: [{ person: person('frank-rubio'), role: 'Flight engineer 2', flew: 'launch only' }, { person: person('sergey-prokopyev'), role: 'Commander' }],
  }),
  testEntry('organizations', 'roscosmos', {
    title: 'Roscosmos',
    leaders: [
      { person: person('sergey-prokopyev'), title: 'Director General', from: parsePartialDate('2018-05-24'), to: parsePartialDate('2022-07-15') },
      { person: person('frank-rubio'), title: 'Director General', from: parsePartialDate('2025-02-06') },
    ],
  }),
  testEntry('events', 'swap', { title: 'Swap', date: parsePartialDate('2022-07-14'), end: parsePartialDate('2022-07-15') }),
  testEntry('spacecraft', 'soyuz-ms-23', {
    title: 'Soyuz MS-23',
    launch: { date: parsePartialDate('2023-02-24') },
    crew: [{ person: person('frank-rubio'), role: 'Crew (relocation and return flights)' }],
  }),
]);
const row = (key: Parameters<typeof keyFactRows>[1], field: string) => keyFactRows(graph, key).find((r) => r.field === field)!;

describe('key facts with roles', () => {
  it("lists a person's flights in launch order with the role in parentheses, and a seat flown one way as the craft says it", () => {
    expect(rowText(graph, row('people/frank-rubio', 'flights'))).toBe('Soyuz MS-22 (Flight engineer 2, launch only); Soyuz MS-23 – Crew (relocation and return flights)');
  });

  it('never nests parentheses when the role has its own', () => {
    for (const text of [rowText(graph, row('people/frank-rubio', 'flights')), rowText(graph, row('spacecraft/soyuz-ms-23', 'crew'))]) {
      expect(text).not.toMatch(/\([^)]*\(/);
    }
  });

  it("names a craft's crew with their roles, and all written beside a name in one parenthesis", () => {
    expect(rowText(graph, row('spacecraft/soyuz-ms-22', 'crew'))).toBe('Frank Rubio (Flight engineer 2, launch only); Sergey Prokopyev (Commander)');
    expect(rowText(graph, row('organizations/roscosmos', 'leaders'))).toBe('Sergey Prokopyev (Director General, 24 May 2018 – 15 July 2022); Frank Rubio (Director General, since 6 February 2025)');
  });

  it('says who at a glance by name alone, the roles standing in the facts box', () => {
    expect(rowText(graph, glanceOf(graph, 'spacecraft/soyuz-ms-22').who!)).toBe('Frank Rubio; Sergey Prokopyev');
  });
});

describe('when an entry is dated', () => {
  it('names the date by the field it is: born, a launch, or what happened', () => {
    expect(entryWhen(graph, 'people/frank-rubio')).toEqual({ field: 'born', label: 'Born', text: '11 December 1975' });
    expect(entryWhen(graph, 'spacecraft/soyuz-ms-22')).toMatchObject({ label: 'Launch', text: '21 September 2022' });
    expect(entryWhen(graph, 'events/swap')).toEqual({ field: 'date', label: 'When', text: '14–15 July 2022' });
  });

  it("takes no date from elsewhere in the entry, such as a leader's term, for the entry's own", () => {
    expect(entryWhen(graph, 'organizations/roscosmos')).toBeUndefined();
    expect(glanceOf(graph, 'organizations/roscosmos').when).toBeUndefined();
  });
});

describe("a flight's duration", () => {
  const flight = (launch: string, landing: string, how?: 're-entry') =>
    buildLinkGraph([testEntry('spacecraft', 'craft', { title: 'Craft', launch: { date: parsePartialDate(launch) }, landing: { date: parsePartialDate(landing), ...(how ? { how } : {}) } })]);
  const duration = (launch: string, landing: string, how?: 're-entry') => {
    const g = flight(launch, landing, how);
    const found = keyFactRows(g, 'spacecraft/craft').find((r) => r.field === 'duration');
    return found && rowText(g, found);
  };

  it('states one figure as it is, and a range as counted from the dates, not as a sourced figure', () => {
    expect(duration('2022-10-05T16:00:57Z', '2023-03-12T02:02Z')).toBe('157 days, 10 hours');
    expect(duration('2022-09-21T13:54:49Z', '2023-03-28')).toBe('187–188 days (counted from the launch and landing dates)');
    // Named as the row above it is named: Progress MS-21 burned up.
    expect(duration('2022-10-26T00:20:09Z', '2023-02-19', 're-entry')).toBe('115–116 days (counted from the launch and re-entry dates)');
  });

  it('follows launch and landing, and is left out when the dates cannot give it', () => {
    expect(keyFactRows(flight('2022-09-21T13:54:49Z', '2023-03-28'), 'spacecraft/craft').map((r) => r.field).slice(0, 3)).toEqual(['launch', 'landing', 'duration']);
    expect(duration('2022-09', '2023-03-28')).toBeUndefined();
  });
});
