import { describe, expect, it } from 'vitest';
import { frontmatter } from '../../../src/check/rules/frontmatter.ts';
import { mdx, person, ruleProblems, source } from '../../support/content-files.ts';

describe('frontmatter rule', () => {
  it('accepts YAML fields between fences, and a data file that is all YAML', () => {
    expect(ruleProblems(frontmatter, [person('anna'), source('report')])).toEqual([]);
  });

  it('refuses an MDX file without its --- fences, on line 1', () => {
    const file = { ...person('anna'), text: 'title: Anna\n\nText.\n' };
    expect(ruleProblems(frontmatter, [file])).toEqual([
      { file: 'c/people/anna.mdx', line: 1, field: '(frontmatter)', found: 'no frontmatter block', expected: expect.stringContaining('start with a "---" line') },
    ]);
  });

  it('gives a YAML syntax error its file line and column', () => {
    const [problem] = ruleProblems(frontmatter, [mdx('people', 'anna', 'title: Anna\nsummary: Flew: twice: once\nsources: [report]')]);
    expect(problem).toMatchObject({ file: 'c/people/anna.mdx', line: 3, field: '(YAML syntax)', found: expect.stringMatching(/^at column \d+: /) });
    expect(problem!.expected).toContain('quote values that contain ": "');
  });

  it('refuses YAML that is not a set of fields', () => {
    expect(ruleProblems(frontmatter, [mdx('people', 'anna', '- title\n- summary')])).toMatchObject([
      { line: 1, field: '(frontmatter)', found: '["title","summary"]', expected: 'a set of "field: value" lines' },
    ]);
  });
});
