/**
 * Two builds of the same commit give byte-identical output: the first from a cold cache,
 * the second reusing it, except for the share images, which it draws again (so their bytes
 * are compared, not just copied). Built from a snapshot of the site in a temp dir, so its
 * cache is its own and other tests building in the checkout cannot disturb it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { snapshotSite } from '../../scripts/bench/projects.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-determinism-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Every file of a build, by path, with the hash of its bytes. */
function build(outDir: string): Map<string, string> {
  execFileSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: path.join(work, 'site'),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const files = fs.readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  return new Map(
    files.map((f) => {
      const full = path.join(f.parentPath, f.name);
      return [path.relative(outDir, full), createHash('sha256').update(fs.readFileSync(full)).digest('hex')];
    }),
  );
}

it('two builds of the same commit produce byte-identical dist/', () => {
  snapshotSite(process.cwd(), path.join(work, 'site'));
  const first = build(path.join(work, 'dist-1'));
  const shareImageCache = path.join(work, 'site/.astro/cache/share-images');
  expect(fs.readdirSync(shareImageCache).length, 'share images cached by the first build').toBeGreaterThan(10);
  fs.rmSync(shareImageCache, { recursive: true });
  const second = build(path.join(work, 'dist-2'));
  expect(first.size).toBeGreaterThan(10);
  expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
  const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
}, 300_000);
