import { describe, expect, it } from 'vitest';
import { contentReport, formatReport, type ReportEntry } from '../../src/authoring/content-report.ts';
import type { CollectionName } from '../../src/model/schema.ts';

const ref = (collection: CollectionName, id: string) => ({ collection, id });
const entry = (collection: CollectionName, id: string, data: Record<string, unknown> = {}, bodyLinks: string[] = []): ReportEntry => ({
  collection,
  id,
  file: `c/${collection}/${id}.mdx`,
  data: { title: id, sources: [ref('sources', 'report')], disputed: [], ...data },
  bodyLinks,
});

const ENTRIES: ReportEntry[] = [
  { collection: 'sources', id: 'report', file: 'c/sources/report.yaml', data: { title: 'Report' }, bodyLinks: [] },
  { collection: 'sources', id: 'unused', file: 'c/sources/unused.yaml', data: { title: 'Unused' }, bodyLinks: [] },
  entry('people', 'rubio', { disputed: ['Launch time differs by a minute between sources.'] }),
  entry('people', 'lonely'),
  entry('people', 'mentioned'),
  entry('spacecraft', 'ms-22', { crew: [{ person: ref('people', 'rubio'), role: 'Flight engineer' }] }),
  entry('events', 'leak', { people: [], spacecraft: [ref('spacecraft', 'ms-22')] }),
  entry('events', 'talk', { people: [], spacecraft: [] }, ['/people/mentioned/', '/events/leak/']),
  entry('organizations', 'nasa', { sources: [] }),
];

describe('contentReport', () => {
  const report = contentReport(ENTRIES, [], []);

  it('counts entries per collection', () => {
    expect(report.counts).toEqual({ people: 3, spacecraft: 1, events: 2, organizations: 1, places: 0, sources: 2 });
  });

  it('finds entities nothing links to, counting body links as links', () => {
    expect(report.orphans).toEqual(['events/talk', 'organizations/nasa', 'people/lonely']);
    expect(report.uncitedSources).toEqual(['sources/unused']);
  });

  it('finds entries without sources, events without people or craft, and disputed facts', () => {
    expect(report.withoutSources).toEqual(['organizations/nasa']);
    expect(report.eventsWithoutPeopleOrCraft).toEqual(['events/talk']);
    expect(report.disputed).toEqual([{ key: 'people/rubio', file: 'c/people/rubio.mdx', notes: ['Launch time differs by a minute between sources.'] }]);
  });

  it('prints every section with its count', () => {
    const text = formatReport(report);
    expect(text).toMatch(/^Content report: 9 entries \(people 3, spacecraft 1, events 2, organizations 1, places 0, sources 2\)/);
    expect(text).toContain('Orphans: entities nothing links to (3)\n  events/talk\n  organizations/nasa\n  people/lonely');
    expect(text).toContain('Disputed facts (1)\n  people/rubio: Launch time differs by a minute between sources.');
  });
});
