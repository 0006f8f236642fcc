import { describe, expect, it } from 'vitest';
import { duplicates } from '../../../src/check/rules/duplicates.ts';
import { mdx, person, ruleProblems, source } from '../../support/content-files.ts';

describe('duplicates rule', () => {
  it('accepts ids used once', () => {
    expect(ruleProblems(duplicates, [source('report'), person('anna'), person('bob')])).toEqual([]);
  });

  it('reports an id used in two collections once, on the later file, naming the first', () => {
    const org = mdx('organizations', 'nasa', 'title: NASA\nsummary: Agency.\nkind: space agency\nsources: [report]');
    const event = mdx('events', 'nasa', 'title: NASA day\nsummary: A day.\ndate: "2022"\nkind: decision\nsources: [report]');
    expect(ruleProblems(duplicates, [source('report'), event, org])).toEqual([
      { file: 'c/organizations/nasa.mdx', field: '(id)', found: 'the id "nasa", already used by c/events/nasa.mdx', expected: expect.stringContaining('rename one of the files') },
    ]);
  });
});
