import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { loadContent } from '../../src/model/loader.ts';

/** The error fixtures' base corpus with one wrong field, in a project folder of its own. */
function project(): { cwd: string; root: string } {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-cache-'));
  const root = path.join(cwd, 'content');
  fs.cpSync('tests/fixtures/content-errors/base', root, { recursive: true });
  const person = path.join(root, 'people/frank-rubio.mdx');
  fs.writeFileSync(person, fs.readFileSync(person, 'utf8').replace('agency: nasa', 'agency: nasaa'));
  return { cwd, root };
}

describe('the parse cache', () => {
  it('gives a second process the same model and the same problems, with their lines, from the kept parses', () => {
    const { cwd, root } = project();
    const first = loadContent(root, cwd);
    const cacheFiles = fs.readdirSync(path.join(cwd, '.astro/parse-cache'));
    expect(cacheFiles).toHaveLength(1);
    const second = loadContent(root, cwd);
    expect(second.entries).toEqual(first.entries);
    const problems = checkContent(second).problems;
    expect(problems).toEqual(checkContent(first).problems);
    expect(problems).toMatchObject([{ file: expect.stringContaining('people/frank-rubio.mdx'), line: 5, field: 'agency' }]);
    expect(checkContent(loadContent(root, cwd, { cache: false })).problems).toEqual(problems);
  });

  it('parses a file again when its text changed', () => {
    const { cwd, root } = project();
    loadContent(root, cwd);
    const person = path.join(root, 'people/frank-rubio.mdx');
    fs.writeFileSync(person, fs.readFileSync(person, 'utf8').replace('agency: nasaa', 'agency: nasa'));
    expect(checkContent(loadContent(root, cwd)).problems).toEqual([]);
  });
});
