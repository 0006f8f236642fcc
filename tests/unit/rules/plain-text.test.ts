import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/check/rules/plain-text.ts';
import { mdx, person, ruleProblems, source } from '../../support/content-files.ts';

describe('plain-text rule', () => {
  it('accepts plain summaries and notes, quotes, dashes and brackets included', () => {
    const anna = person('anna', '\ndisputed:\n  - note: "Born 1984 [or 1985] — \\"sources differ\\" (TASS); 2 * 3 > 5."\n    sources: [report]');
    expect(ruleProblems(plainText, [anna, source('report')])).toEqual([]);
  });

  it('refuses a Markdown link in a summary, at its line, saying that a title links by itself', () => {
    const anna = mdx('people', 'anna', 'title: Anna\nsummary: "Flew on [Soyuz MS-22](/spacecraft/soyuz-ms-22/)."\nsources: [report]');
    expect(ruleProblems(plainText, [anna, source('report')])).toEqual([{
      file: 'c/people/anna.mdx',
      line: 3,
      field: 'summary',
      found: 'a Markdown link, "[Soyuz MS-22](/spacecraft/soyuz-ms-22/)", which the page would show as typed',
      expected: "plain text: an entry named by its title or an alias becomes a link by itself, and the sources go in the entry's `sources:` (and <Cite> in the body)",
    }]);
  });

  it("refuses a <Cite> or emphasis in a note, pointing to the note's sources", () => {
    const anna = person('anna', '\ndisputed:\n  - note: "Fine."\n    sources: [report]\n  - note: "TASS gives 1985 <Cite src=\\"report\\" />."\n    sources: [report]\n  - note: "**TASS** gives 1985."\n    sources: [report]');
    const problems = ruleProblems(plainText, [anna, source('report')]);
    expect(problems.map((p) => [p.line, p.field, p.found.split(',')[0]])).toEqual([[8, 'disputed[1].note', 'a <Cite>'], [10, 'disputed[2].note', 'Markdown emphasis']]);
    expect(problems[0]!.expected).toContain("the note's `sources:`");
  });
});
