/**
 * In `astro dev` every entry page asks the check for its file's problems: the model is checked
 * once, not once per page viewed (a whole check of 10,000 entries takes about 0.2 s), and a
 * save, which makes a new model, is checked again.
 */
import { describe, expect, it, vi } from 'vitest';
import { problemsAt, problemsOf } from '../../src/authoring/problems-at.ts';
import { checkContent } from '../../src/check/check.ts';
import { modelOfFiles, withFile } from '../../src/model/loader.ts';
import { person, source } from '../support/content-files.ts';

vi.mock('../../src/check/check.ts', { spy: true });

describe('the problems shown on a page in astro dev', () => {
  it('checks a model once for all its pages, and the model a save makes again', () => {
    const anna = person('anna', '', 'Anna met [Frank](/people/frank-rubo/).');
    const model = modelOfFiles([source('report'), person('frank-rubio'), anna]);
    vi.mocked(checkContent).mockClear();
    expect(problemsOf(model, anna.file)).toMatchObject([{ file: anna.file, field: '(body link)' }]);
    expect(problemsAt(model, '/people/anna/')).toHaveLength(1);
    expect(problemsOf(model, 'c/people/frank-rubio.mdx')).toEqual([]);
    expect(checkContent).toHaveBeenCalledTimes(1);

    const saved = withFile(model, { ...anna, text: anna.text.replace('frank-rubo', 'frank-rubio') });
    expect(problemsOf(saved, anna.file)).toEqual([]);
    expect(checkContent).toHaveBeenCalledTimes(2);
  });
});
