/**
 * A malformed ORBITAL_SITE_URL, or Astro's own site or base set beside it, stops the build at
 * once, saying what is wrong and writing nothing.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

function build(args: string[], env: Record<string, string>) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-bad-site-'));
  try {
    const run = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...args], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
    return { status: run.status, output: run.stdout + run.stderr, written: fs.readdirSync(outDir) };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

it('a build with a malformed ORBITAL_SITE_URL fails with a clear message', () => {
  const run = build([], { ORBITAL_SITE_URL: 'orbital-record.org/' });
  expect(run.status).toBe(1);
  expect(run.output).toContain('ORBITAL_SITE_URL is "orbital-record.org/", which is not a URL');
  expect(run.output).toContain('e.g. "https://orbital-record.org"');
  expect(run.output).not.toMatch(/Stack trace|    at /);
  expect(run.written).toEqual([]);
});

it.each([
  ['--base /record/', 'Astro\'s base is "/record/" (from --base or astro.config.mjs); the site is served from the root of its host'],
  ['--site https://x.org', 'Astro\'s site is "https://x.org" (from --site or astro.config.mjs); set the address with ORBITAL_SITE_URL instead'],
])('a build given Astro\'s %s fails, saying to publish at the root with ORBITAL_SITE_URL', (args, message) => {
  const run = build(args.split(' '), { ORBITAL_SITE_URL: 'https://orbital-record.org' });
  expect(run.status).toBe(1);
  expect(run.output).toContain(message);
  expect(run.output).not.toMatch(/Stack trace|    at /);
  expect(run.written).toEqual([]);
});
