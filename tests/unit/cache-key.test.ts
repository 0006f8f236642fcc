import { describe, expect, it } from 'vitest';
import { cacheKey, entityPageDependencies, listedDigest, shownDigest } from '../../src/site/cache-key.ts';
import { buildLinkGraph, type EntryKey } from '../../src/site/graph.ts';
import { buildTimeline } from '../../src/timeline/data.ts';
import { entityTimelines } from '../../src/timeline/entity.ts';
import { testEntry } from '../support/entries.ts';


function site(changes: { rubioTitle?: string; leakDate?: string; leakSummary?: string; bakerBody?: string[]; bakerDisputed?: Array<{ note: string; sources: string[] }>; reportTitle?: string } = {}) {
  const entries = [
    testEntry('people', 'rubio', { title: changes.rubioTitle ?? 'Frank Rubio', summary: 'Astronaut.', agency: 'nasa' }),
    testEntry('people', 'baker', { title: 'Ellen Baker', summary: 'Astronaut.', disputed: changes.bakerDisputed ?? [] }, changes.bakerBody ?? []),
    testEntry('organizations', 'nasa', { title: 'NASA', summary: 'Agency.' }),
    testEntry('sources', 'report', { title: changes.reportTitle ?? 'Report', publisher: 'NASA' }),
    testEntry('spacecraft', 'ms-22', { title: 'Soyuz MS-22', summary: 'Craft.', launch: { date: '2022-09-21' }, crew: [{ person: 'rubio', role: 'Flight engineer' }], sources: ['report'] }),
    testEntry('events', 'leak', { title: 'Leak', summary: changes.leakSummary ?? 'A leak.', date: changes.leakDate ?? '2022-12-15', spacecraft: ['ms-22'] }),
  ];
  const graph = buildLinkGraph(entries);
  const timelines = entityTimelines(buildTimeline(graph.entries.values()));
  const key = (k: EntryKey) =>
    cacheKey('v1', listedDigest(graph.entries.get(k)!), entityPageDependencies(graph, k, timelines.get(k)), (d) => shownDigest(graph.entries.get(d)!));
  return { graph, key };
}

const KEYS: EntryKey[] = ['people/rubio', 'people/baker', 'organizations/nasa', 'sources/report', 'spacecraft/ms-22', 'events/leak'];
/** Pages whose key differs between two versions of the content. */
function changedPages(a: ReturnType<typeof site>, b: ReturnType<typeof site>): EntryKey[] {
  return KEYS.filter((k) => a.key(k) !== b.key(k));
}

describe('page cache keys', () => {
  const base = site();

  it('are stable for the same content', () => {
    expect(changedPages(base, site())).toEqual([]);
  });

  it('retitling a person changes the pages that show the name: its own, the craft it crewed, its agency', () => {
    expect(changedPages(base, site({ rubioTitle: 'Francisco Rubio' }))).toEqual(['people/rubio', 'organizations/nasa', 'spacecraft/ms-22']);
  });

  it("moving an event's date changes its page, the pages whose timelines show it, and those drawing an open span to the record's end", () => {
    // The craft has not landed: Rubio's crew span runs to the latest date, which the leak was.
    expect(changedPages(base, site({ leakDate: '2022-12-16' }))).toEqual(['people/rubio', 'spacecraft/ms-22', 'events/leak']);
  });

  it('a note on a disputed fact that names an entry shows its title: retitling it changes that page too', () => {
    const noted = { bakerDisputed: [{ note: 'Her flight with Frank Rubio: dates differ.', sources: ['report'] }] };
    expect(changedPages(site(noted), site({ ...noted, rubioTitle: 'Francisco Rubio' }))).toContain('people/baker');
    expect(changedPages(base, site({ rubioTitle: 'Francisco Rubio' }))).not.toContain('people/baker');
  });

  it("a note's sources are listed on its page: retitling one changes that page", () => {
    const noted = { bakerDisputed: [{ note: 'Dates differ.', sources: ['report'] }] };
    expect(changedPages(site(noted), site({ ...noted, reportTitle: 'Final report' }))).toContain('people/baker');
  });

  it("an event's summary shows only on its own page", () => {
    expect(changedPages(base, site({ leakSummary: 'Another text.' }))).toEqual(['events/leak']);
  });

  it('a new body link changes the target page (its backlinks) and the linking page (its JSON-LD names the target), not pages that merely show the linking entry', () => {
    expect(changedPages(base, site({ bakerBody: ['/organizations/nasa/'] })).sort()).toEqual(['organizations/nasa', 'people/baker']);
  });

  it('the template version is part of every key', () => {
    const { graph } = base;
    const deps = entityPageDependencies(graph, 'people/rubio', undefined);
    const digestOf = (d: EntryKey) => shownDigest(graph.entries.get(d)!);
    expect(cacheKey('v1', 'own', deps, digestOf)).not.toBe(cacheKey('v2', 'own', deps, digestOf));
  });
});

describe('page cache keys with a crew who came home on another craft', () => {
  function swapped(returnLanding: string) {
    const entries = [
      testEntry('people', 'rubio', { title: 'Frank Rubio', summary: 'Astronaut.' }),
      testEntry('spacecraft', 'ms-22', { title: 'Soyuz MS-22', launch: { date: '2022-09-21' }, landing: { date: '2023-03-28' }, crew: [{ person: 'rubio', role: 'Flight engineer', flew: 'launch only' }] }),
      testEntry('spacecraft', 'ms-23', { title: 'Soyuz MS-23', launch: { date: '2023-02-24' }, landing: { date: returnLanding }, crew: [{ person: 'rubio', role: 'Return crew', flew: 'landing only' }] }),
    ];
    const graph = buildLinkGraph(entries);
    const timelines = entityTimelines(buildTimeline(graph.entries.values()));
    return (k: EntryKey) => cacheKey('v1', listedDigest(graph.entries.get(k)!), entityPageDependencies(graph, k, timelines.get(k)), (d) => shownDigest(graph.entries.get(d)!));
  }

  it("a change to the return craft's landing changes the first craft's page, whose crew span it ends", () => {
    const [before, after] = [swapped('2023-09-27'), swapped('2023-09-28')];
    expect(before('spacecraft/ms-22')).not.toBe(after('spacecraft/ms-22'));
  });
});
