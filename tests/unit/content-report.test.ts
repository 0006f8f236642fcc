import { describe, expect, it } from 'vitest';
import { contentReport, formatReport } from '../../src/authoring/content-report.ts';
import { checkContent } from '../../src/check/check.ts';
import { modelOfFiles, type ContentFile } from '../../src/model/loader.ts';

const mdx = (path: string, frontmatter: string, body = 'Text.'): ContentFile => ({
  collection: path.split('/')[0] as ContentFile['collection'],
  file: `c/${path}.mdx`,
  text: `---\ntitle: ${path.split('/')[1]}\nsummary: About it.\nsources: [report]\n${frontmatter}\n---\n\n${body}\n`,
});
const source = (id: string): ContentFile => ({
  collection: 'sources',
  file: `c/sources/${id}.yaml`,
  text: `title: ${id}\npublisher: NASA\nurl: https://www.nasa.gov/${id}\nkind: official\n`,
});

const FILES: ContentFile[] = [
  mdx('people/cited', '', 'Flew.<Cite src="report" />'),
  mdx('people/rubio', 'disputed:\n  - note: "Launch time differs by a minute between sources."\n    sources: [report]'),
  mdx('people/lonely', ''),
  mdx('people/mentioned', ''),
  mdx('spacecraft/ms-22', 'kind: crewed spacecraft\ncrew:\n  - person: rubio\n    role: Flight engineer'),
  mdx('events/leak', 'date: "2022-12"\nkind: anomaly\nspacecraft: [ms-22]'),
  mdx('events/talk', 'date: "2022-12"\nkind: communication', 'See [m](/people/mentioned/) and [l](/events/leak/).<Cite src="report" />'),
  mdx('people/draft', '', '{/* TODO: write it from its sources: <Cite src="report" /> */}'),
  mdx('organizations/nasa', 'kind: space agency'),
  source('report'),
  source('unused'),
];

describe('contentReport', () => {
  const model = modelOfFiles(FILES);
  const report = contentReport(model, checkContent(model));

  it('counts entries per collection', () => {
    expect(report.counts).toEqual({ people: 5, spacecraft: 1, events: 2, organizations: 1, places: 0, sources: 2 });
  });

  it('finds entities nothing links to, counting body links as links', () => {
    expect(report.orphans).toEqual(['events/talk', 'organizations/nasa', 'people/cited', 'people/draft', 'people/lonely']);
    expect(report.uncitedSources).toEqual(['sources/unused']);
  });

  it('finds entries whose body cites no source, a citation in a comment not counting', () => {
    expect(report.entriesWithoutSources).toEqual(['events/leak', 'organizations/nasa', 'people/draft', 'people/lonely', 'people/mentioned', 'people/rubio', 'spacecraft/ms-22']);
    expect(formatReport(report)).toContain('Entries without sources: bodies that cite none (7)\n  events/leak\n');
  });

  it('finds events without people or craft, and disputed facts', () => {
    expect(report.eventsWithoutPeopleOrCraft).toEqual(['events/talk']);
    expect(report.disputed).toEqual([{ key: 'people/rubio', file: 'c/people/rubio.mdx', notes: ['Launch time differs by a minute between sources.'] }]);
  });

  it('prints every section with its count', () => {
    const text = formatReport(report);
    expect(text).toMatch(/^Content report: 11 entries \(people 5, spacecraft 1, events 2, organizations 1, places 0, sources 2\)/);
    expect(text).toContain('Orphans: entities nothing links to (5)\n  events/talk\n  organizations/nasa\n  people/cited\n  people/draft\n  people/lonely');
    expect(text).toContain('Disputed facts (1)\n  people/rubio: Launch time differs by a minute between sources.');
  });
});
