import { describe, expect, it } from 'vitest';
import { placeholders } from '../../../src/check/rules/placeholders.ts';
import type { ContentFile } from '../../../src/model/loader.ts';
import { mdx, person, ruleProblems } from '../../support/content-files.ts';

describe('placeholders rule', () => {
  it('finds nothing in a finished entry', () => {
    expect(ruleProblems(placeholders, [person('anna')])).toEqual([]);
  });

  it('warns of each TODO the scaffold left, in frontmatter and body, with what belongs there', () => {
    const draft = mdx('people', 'anna', 'title: Anna\nsummary: "A person." # TODO: one sentence about her\nsources: [report]', '{/* TODO: write what she did */}');
    expect(placeholders.severity).toBe('warning');
    expect(ruleProblems(placeholders, [draft])).toEqual([
      { file: 'c/people/anna.mdx', line: 3, field: 'summary', found: 'the scaffold\'s placeholder "A person."', expected: 'one sentence about her' },
      { file: 'c/people/anna.mdx', line: 7, field: '(body)', found: 'the scaffold\'s placeholder', expected: 'write what she did' },
    ]);
  });

  it("warns of the scaffold's placeholder values left without their comment, and of nothing else called TODO", () => {
    const draft = mdx('people', 'anna', 'title: Anna\nsummary: "TODO"\nsources: [report]', 'She wrote a TODO list.');
    expect(ruleProblems(placeholders, [draft])).toEqual([
      { file: 'c/people/anna.mdx', line: 3, field: 'summary', found: 'the scaffold\'s placeholder "TODO"', expected: 'the real value: the scaffold left this to fill' },
    ]);
    const link: ContentFile = { collection: 'sources', file: 'c/sources/report.yaml', text: 'title: Report\npublisher: NASA\nurl: "https://example.org/TODO"\nkind: official\n' };
    expect(ruleProblems(placeholders, [link])).toMatchObject([{ line: 3, field: 'url', found: 'the scaffold\'s placeholder "https://example.org/TODO"' }]);
  });
});
