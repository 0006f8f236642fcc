import { describe, expect, it } from 'vitest';
import { placeholders } from '../../../src/check/rules/placeholders.ts';
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
});
