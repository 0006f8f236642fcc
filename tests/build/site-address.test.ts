/** A malformed ORBITAL_SITE_URL stops the build at once, saying what is wrong and writing nothing. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it('a build with a malformed ORBITAL_SITE_URL fails with a clear message', () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-bad-site-'));
  try {
    const run = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      env: { ...process.env, ORBITAL_SITE_URL: 'orbital-record.org/' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const output = run.stdout + run.stderr;
    expect(output).toContain('ORBITAL_SITE_URL is "orbital-record.org/", which is not a URL');
    expect(output).toContain('e.g. "https://orbital-record.org"');
    expect(output).not.toMatch(/Stack trace|    at /);
    expect(fs.readdirSync(outDir)).toEqual([]);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
});
