import { describe, expect, it } from 'vitest';
import { frontmatter } from '../../../src/check/rules/frontmatter.ts';
import { checkFiles } from '../../../src/check/check.ts';
import { mdx, person, ruleProblems, source } from '../../support/content-files.ts';

describe('frontmatter rule', () => {
  it('accepts YAML fields between fences, and a data file that is all YAML', () => {
    expect(ruleProblems(frontmatter, [person('anna'), source('report')])).toEqual([]);
  });

  it('refuses an MDX file without its --- fences, on line 1', () => {
    const file = { ...person('anna'), text: 'title: Anna\n\nText.\n' };
    expect(ruleProblems(frontmatter, [file])).toEqual([
      { file: 'c/people/anna.mdx', line: 1, field: '(frontmatter)', found: 'no frontmatter block: line 1 is "title: Anna", not "---"', expected: expect.stringContaining('start with a "---" line') },
    ]);
  });

  it('says which fence is missing: the closing one, or the opening one under an empty line; or that the file is empty', () => {
    const found = (text: string) => ruleProblems(frontmatter, [{ ...person('anna'), text }])[0]?.found;
    expect(found('---\ntitle: Anna\nsummary: A person.\n\nText.\n')).toBe('no frontmatter block: an opening "---" line with no closing "---" line after the fields');
    expect(found('\n---\ntitle: Anna\n---\n\nText.\n')).toBe('no frontmatter block: an empty line 1, above the opening "---"');
    expect(found('')).toBe('no frontmatter block: the file is empty');
  });

  it('reads fences with trailing spaces, which no author sees, and keeps its lines', () => {
    const file = { ...person('anna'), text: '--- \ntitle: Anna\nsummary: A person.\nsources: [report]\nborn: 1984-02-30\n---\t\n\nText.\n' };
    expect(ruleProblems(frontmatter, [file, source('report')])).toEqual([]);
    expect(checkFiles([file, source('report')]).problems).toMatchObject([{ line: 5, field: 'born' }]);
  });

  it('gives a YAML syntax error its file line and column', () => {
    const [problem] = ruleProblems(frontmatter, [mdx('people', 'anna', 'title: Anna\nsummary: Flew: twice: once\nsources: [report]')]);
    expect(problem).toMatchObject({ file: 'c/people/anna.mdx', line: 3, field: '(YAML syntax)', found: expect.stringMatching(/^at column \d+: /) });
    expect(problem!.expected).toContain('quote values that contain ": "');
  });

  it('says what mends a tab, a ragged indent, an unclosed quote or a field given twice', () => {
    const expected = (frontmatterText: string) => ruleProblems(frontmatter, [mdx('people', 'anna', frontmatterText)])[0]?.expected;
    expect(expected('title: Anna\nlaunch:\n\tdate: "2022"')).toBe('valid YAML; indent with spaces, not tabs');
    expect(expected('title: Anna\nlaunch:\n  date: "2022"\n site: pad')).toBe('valid YAML; the fields of one group indented alike, with spaces');
    expect(expected('title: "Anna\nsummary: A person.')).toBe('valid YAML; every quote and bracket that opens closed again');
    expect(expected('title: Anna\ntitle: Anna K.')).toBe('valid YAML; each field once');
  });

  it('says a source file has no "---" lines, in words for an author', () => {
    const fenced = { ...source('report'), text: '---\ntitle: A report\npublisher: NASA\nurl: https://www.nasa.gov/report\nkind: official\n---\n' };
    expect(ruleProblems(frontmatter, [fenced])).toEqual([{
      file: 'c/sources/report.yaml',
      line: 6,
      field: '(YAML syntax)',
      found: 'at column 1: a "---" line, which starts a second YAML document',
      expected: 'valid YAML; a source file holds its fields alone, with no "---" lines (only an .mdx entry puts its fields between two)',
    }]);
  });

  it('refuses YAML that is not a set of fields', () => {
    expect(ruleProblems(frontmatter, [mdx('people', 'anna', '- title\n- summary')])).toMatchObject([
      { line: 1, field: '(frontmatter)', found: '["title","summary"]', expected: 'a set of "field: value" lines' },
    ]);
  });

  it('refuses an unquoted value a "#" cut short, saying what was left out, and leaves a comment alone', () => {
    const text = 'title: Cassada and Rubio spacewalk #257\naliases:\n  - iROSA #4 on channel 4A\nkind: "launch" # TODO: pick one\nagency: nasa # the employer\nsources: [report]';
    expect(ruleProblems(frontmatter, [mdx('people', 'anna', text)])).toEqual([
      {
        file: 'c/people/anna.mdx',
        line: 2,
        field: 'title',
        found: '"Cassada and Rubio spacewalk": YAML reads the rest of "Cassada and Rubio spacewalk #257" from " #" on as a comment and leaves it out',
        expected: 'the whole text in quotes, "Cassada and Rubio spacewalk #257" (a comment is written "# like this", with a space)',
      },
      expect.objectContaining({ line: 4, field: 'aliases[0]', expected: expect.stringContaining('"iROSA #4 on channel 4A"') }),
    ]);
  });
});
