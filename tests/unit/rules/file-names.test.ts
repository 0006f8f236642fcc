import { describe, expect, it } from 'vitest';
import { fileNames } from '../../../src/check/rules/file-names.ts';
import { person, ruleProblems } from '../../support/content-files.ts';

const problems = (file: string) => ruleProblems(fileNames, [{ ...person('anna'), file }]);

describe('file-names rule', () => {
  it('accepts a lowercase slug with the collection\'s extension', () => {
    expect(problems('c/people/anna-kikina.mdx')).toEqual([]);
  });

  it('refuses a name that is not a slug, saying the name is the id and the URL', () => {
    expect(problems('c/people/Anna Kikina.mdx')).toEqual([
      { file: 'c/people/Anna Kikina.mdx', field: '(file name)', found: '"Anna Kikina.mdx"', expected: expect.stringContaining('a lowercase slug such as "frank-rubio.mdx"') },
    ]);
  });

  it('refuses another extension, naming the one the collection takes', () => {
    expect(problems('c/people/anna.md')).toMatchObject([{ found: '"anna.md"', expected: 'a .mdx file: only those are entries in people' }]);
    expect(problems('c/people/anna.yaml')).toMatchObject([{ expected: expect.stringContaining('a .mdx file') }]);
  });
});
