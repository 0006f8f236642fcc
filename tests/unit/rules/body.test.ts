import { describe, expect, it } from 'vitest';
import { body } from '../../../src/check/rules/body.ts';
import { person, ruleProblems } from '../../support/content-files.ts';

const withBody = (text: string) => ruleProblems(body, [person('anna', '', text)]);

describe('body rule', () => {
  it('accepts Markdown, lowercase HTML and <Cite>', () => {
    expect(withBody('Anna *flew*.<Cite src="report" />\n\n<abbr title="International Space Station">ISS</abbr>')).toEqual([]);
  });

  it('gives invalid MDX its file line and column, without the parser\'s own position', () => {
    const [problem] = withBody('One.\n\nTwo <b>open.');
    expect(problem).toMatchObject({ file: 'c/people/anna.mdx', line: 9, field: '(body)', found: expect.stringMatching(/^invalid MDX at column \d+: Expected a closing tag for `<b>`/) });
    expect(problem!.found).not.toMatch(/\(\d+:\d+/);
    expect(problem!.expected).toContain('valid MDX: close every tag');
  });

  it('refuses a component the entry page does not pass, and says how to link', () => {
    expect(withBody('Anna.\n\n<Infobox />')).toEqual([
      { file: 'c/people/anna.mdx', line: 9, field: '(body)', found: 'the component <Infobox>', expected: expect.stringContaining('[text](/people/frank-rubio/)') },
    ]);
  });
});
