import { describe, expect, it } from 'vitest';
import { contentReport, formatCitationWarning, formatReport, type ReportEntry } from '../../src/authoring/content-report.ts';
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
  const citations = {
    uncitedParagraphs: [{ file: 'c/people/lonely.mdx', line: 6, note: 'a paragraph with no <Cite>' }],
    unusedSources: [],
    duplicateSources: [{ file: 'c/sources/unused.yaml', line: undefined, note: '"unused" has the address of "report" (nasa.gov/report): merge them' }],
  };
  const report = contentReport(ENTRIES, [], [], citations);

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
    expect(text).toContain('Paragraphs without an inline citation (1)\n  c/people/lonely.mdx:6 a paragraph with no <Cite>');
    expect(text).toContain('Sources listed but never cited inline (0)');
    expect(text).toContain('Duplicate sources (same address) (1)\n  c/sources/unused.yaml "unused" has the address of "report"');
  });

  it('warns in the build with the counts and at most the first places, pointing to npm run check for the rest', () => {
    expect(formatCitationWarning({ uncitedParagraphs: [], unusedSources: [], duplicateSources: [] })).toBeUndefined();
    const text = formatCitationWarning(citations, 1)!;
    expect(text).toBe(
      '1 paragraph(s) without an inline citation, 0 listed source(s) never cited inline, 1 duplicate source record(s):\n\n' +
        'c/people/lonely.mdx:6 a paragraph with no <Cite>\n… and 1 more: npm run check lists them all\n',
    );
  });

  it('counts what the citation rule found, for `npm run check -- --json`', () => {
    expect(report).toMatchObject({ uncitedParagraphs: 1, unusedSources: 0, duplicateSources: 1 });
  });

  it('counts a source cited only inline as cited, and an event about a craft as naming one', () => {
    const inline: ReportEntry = { ...entry('events', 'decision', { about: [ref('spacecraft', 'ms-22')] }), bodyCitations: ['unused'] };
    const withInline = contentReport([...ENTRIES, inline], [], [], citations);
    expect(withInline.uncitedSources).toEqual([]);
    expect(withInline.eventsWithoutPeopleOrCraft).toEqual(['events/talk']);
  });
});
