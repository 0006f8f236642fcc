import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/model/dates.ts';
import { backlinkGroups, buildLinkGraph, type GraphEntry } from '../../src/site/graph.ts';
import { infoboxRows } from '../../src/site/infobox.ts';
import { testEntry } from '../support/entries.ts';

const ref = (collection: GraphEntry['collection'], id: string) => ({ collection, id });

const entries: GraphEntry[] = [
  testEntry('people', 'frank-rubio', { title: 'Frank Rubio', agency: ref('organizations', 'nasa') }, []),
  testEntry('organizations', 'nasa', { title: 'NASA', leaders: [] }, ['/people/frank-rubio/']),
  testEntry('spacecraft', 'soyuz-ms-22', {
      title: 'Soyuz MS-22',
      launch: { date: parsePartialDate('2022-09-21'), site: ref('places', 'baikonur') },
      crew: [{ person: ref('people', 'frank-rubio'), role: 'Flight engineer 2' }],
      sources: [ref('sources', 'rsw')],
    }, ['/people/frank-rubio/#flight', 'https://example.org/', '/timeline/']),
  testEntry('places', 'baikonur', { title: 'Baikonur' }, []),
  testEntry('sources', 'rsw', { title: 'RussianSpaceWeb' }, []),
  testEntry('events', 'leak', { title: 'Leak', date: parsePartialDate('2022-12-15'), people: [ref('people', 'frank-rubio')], spacecraft: [ref('spacecraft', 'soyuz-ms-22')] }, []),
  testEntry('events', 'launch', { title: 'Launch', date: parsePartialDate('2022-09-21'), people: [ref('people', 'frank-rubio')], spacecraft: [] }, ['/people/frank-rubio/']),
];

describe('buildLinkGraph', () => {
  const graph = buildLinkGraph(entries);

  it('turns every reference and entry link into an edge, keeping the role beside it', () => {
    const out = graph.outgoing.get('spacecraft/soyuz-ms-22')!;
    expect(out).toContainEqual({ from: 'spacecraft/soyuz-ms-22', to: 'people/frank-rubio', field: 'crew', role: 'Flight engineer 2' });
    expect(out).toContainEqual({ from: 'spacecraft/soyuz-ms-22', to: 'places/baikonur', field: 'launch' });
    expect(out).toContainEqual({ from: 'spacecraft/soyuz-ms-22', to: 'sources/rsw', field: 'sources' });
    expect(out).toContainEqual({ from: 'spacecraft/soyuz-ms-22', to: 'people/frank-rubio', field: 'body' });
    expect(out).toHaveLength(4);
  });

  it('records the reverse of every edge', () => {
    for (const [from, edges] of graph.outgoing) {
      for (const edge of edges) {
        expect(edge.from).toBe(from);
        expect(graph.incoming.get(edge.to)).toContainEqual(edge);
      }
    }
  });

  it('groups what links to a page by relation, reading each from the target side, each entry under "Mentioned in" only when no other relation holds it', () => {
    const groups = backlinkGroups(graph, 'people/frank-rubio');
    expect(groups).toEqual([
      { label: 'Flight engineer 2 of', keys: ['spacecraft/soyuz-ms-22'] },
      { label: 'Mentioned in', keys: ['organizations/nasa'] },
      { label: 'Took part in', keys: ['events/launch', 'events/leak'] },
    ]);
    // With every mention also a typed relation, there is no "Mentioned in" at all.
    const onlyTyped = buildLinkGraph(entries.filter((e) => e.id !== 'nasa'));
    expect(backlinkGroups(onlyTyped, 'people/frank-rubio').map((g) => g.label)).toEqual(['Flight engineer 2 of', 'Took part in']);
    expect(backlinkGroups(graph, 'organizations/nasa')).toEqual([{ label: 'Agency of', keys: ['people/frank-rubio'] }]);
    expect(backlinkGroups(graph, 'sources/rsw')).toEqual([{ label: 'Cited by', keys: ['spacecraft/soyuz-ms-22'] }]);
  });

  it('names a relation by the role without its qualifiers, so one role is one relation', () => {
    const person = ref('people', 'sergey-prokopyev');
    const craft = (id: string, role: string) => testEntry('spacecraft', id, { title: id, crew: [{ person, role }] });
    const crews = buildLinkGraph([
      testEntry('people', 'sergey-prokopyev', {}),
      craft('ms-22', 'Commander'),
      craft('ms-23', 'Commander (6 April 2023 relocation); return crew'),
      craft('ms-30', 'Crew (relocation and return flights)'),
    ]);
    expect(backlinkGroups(crews, 'people/sergey-prokopyev')).toEqual([
      { label: 'Commander of', keys: ['spacecraft/ms-22', 'spacecraft/ms-23'] },
      { label: 'Crew of', keys: ['spacecraft/ms-30'] },
    ]);
  });

  it('reads an event about a craft as its own relation, and an inline citation as a citation', () => {
    const decision: GraphEntry = {
      ...testEntry('events', 'decision', { title: 'Decision', date: parsePartialDate('2022-09-01'), about: [ref('spacecraft', 'soyuz-ms-22')] }),
      bodyCitations: ['rsw', 'rsw'],
    };
    const withDecision = buildLinkGraph([...entries, decision]);
    expect(backlinkGroups(withDecision, 'spacecraft/soyuz-ms-22')).toContainEqual({ label: 'Subject of', keys: ['events/decision'] });
    expect(backlinkGroups(withDecision, 'sources/rsw')).toEqual([{ label: 'Cited by', keys: ['events/decision', 'spacecraft/soyuz-ms-22'] }]);
  });
});

describe('infoboxRows', () => {
  it('derives labelled rows from the data, keeping references and dates typed', () => {
    const rows = infoboxRows(entries[2]!.data);
    expect(rows.map((r) => r.label)).toEqual(['Kind', 'Launch', 'Crew']);
    expect(rows[1]!.lines[0]).toEqual([
      { kind: 'date', date: parsePartialDate('2022-09-21') },
      { kind: 'text', text: ', ' },
      { kind: 'ref', key: 'places/baikonur' },
    ]);
    expect(rows[2]!.lines[0]).toEqual([
      { kind: 'ref', key: 'people/frank-rubio' },
      { kind: 'text', text: ', ' },
      { kind: 'text', text: 'Flight engineer 2' },
    ]);
  });

  it('merges a term into one range', () => {
    const rows = infoboxRows(testEntry('organizations', 'o', {
      leaders: [{ person: ref('people', 'a'), title: 'Head', from: parsePartialDate('2022-07-15'), to: parsePartialDate('2025-02-06') }],
    }).data);
    expect(rows.find((r) => r.field === 'leaders')!.lines[0]).toContainEqual({ kind: 'date', date: parsePartialDate('2022-07-15'), to: parsePartialDate('2025-02-06') });
  });

  it("names a source's language in words, not by its code", () => {
    const language = (code: string) => infoboxRows(testEntry('sources', 's', { language: code }).data).find((r) => r.field === 'language')!.lines;
    expect(language('de')).toEqual([[{ kind: 'text', text: 'German' }]]);
    expect(language('ru')).toEqual([[{ kind: 'text', text: 'Russian' }]]);
  });
});
