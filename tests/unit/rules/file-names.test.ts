import { describe, expect, it } from 'vitest';
import { fileNames, strayProblems } from '../../../src/check/rules/file-names.ts';
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

describe('what else the content folder holds', () => {
  it('refuses a folder not named for a collection, naming the nearest one', () => {
    expect(strayProblems([{ path: 'c/person', isFolder: true, collection: undefined }])).toEqual([
      {
        file: 'c/person',
        field: '(folder)',
        found: 'a folder "person", whose contents are not built',
        expected: 'a collection folder: people, spacecraft, events, organizations, places or sources (did you mean "people"?)',
      },
    ]);
    expect(strayProblems([{ path: 'c/Spacecrafts', isFolder: true, collection: undefined }])[0]?.expected).toMatch(/\(did you mean "spacecraft"\?\)$/);
    expect(strayProblems([{ path: 'c/rockets', isFolder: true, collection: undefined }])[0]?.expected).toMatch(/or sources$/);
  });

  it('refuses a folder inside a collection and a file beside the collection folders', () => {
    expect(strayProblems([{ path: 'c/people/crew', isFolder: true, collection: 'people' }])).toMatchObject([
      { file: 'c/people/crew', field: '(folder)', expected: 'entry files directly in c/people/: a collection has no folders inside it' },
    ]);
    expect(strayProblems([{ path: 'c/frank-rubio.mdx', isFolder: false, collection: undefined }])).toMatchObject([
      { file: 'c/frank-rubio.mdx', field: '(file name)', expected: expect.stringMatching(/^entries inside a collection folder: people, /) },
    ]);
  });
});
