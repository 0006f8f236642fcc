import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepIndex, restoreIndex } from '../../src/search/index-cache.ts';

const INDEX = { 'pagefind-entry.json': '{"version":"1"}', 'index/en_1.pf_index': 'chunk one', 'fragment/en_2.pf_fragment': 'fragment two' };

function write(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}
const read = (dir: string) => Object.fromEntries(Object.keys(INDEX).map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));

describe('search index cache', () => {
  it('gives back the kept index whole after the build it came from is emptied and another index written in its place', () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'index-cache-'));
    const [cache, dist] = [path.join(work, 'cache'), path.join(work, 'dist/pagefind')];
    write(dist, INDEX);
    keepIndex(cache, 'key-1', dist);
    // The next build: Astro empties dist/, Pagefind writes an index of other pages under the same names.
    fs.rmSync(path.join(work, 'dist'), { recursive: true });
    write(dist, { 'pagefind-entry.json': '{"version":"2"}', 'index/en_1.pf_index': 'another chunk', 'fragment/en_2.pf_fragment': 'another fragment' });
    expect(restoreIndex(cache, 'key-1', dist)).toBe(true);
    expect(read(dist)).toEqual(INDEX);
    expect(restoreIndex(cache, 'key-2', dist)).toBe(false);
    fs.rmSync(work, { recursive: true });
  });
});
