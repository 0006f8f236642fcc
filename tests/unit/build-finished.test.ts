/**
 * A build process that ends between `astro:build:start` and the last `astro:build:done` (a
 * hook awaiting work nothing keeps alive, an error, Ctrl-C) exits with an error instead of
 * code 0 and removes its half-written output. Each case runs the integration's hooks in a
 * process of its own, since the test runner's process never runs out of work.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const integration = new URL('../../src/integrations/build-finished.ts', import.meta.url).href;
let outDir = '';

afterEach(() => fs.rmSync(outDir, { recursive: true, force: true }));

/**
 * A script that runs the hooks named, in order, over an output folder holding one page, then
 * `end`s: awaits a promise nothing will ever settle (as a stuck hook does), throws, or waits to be stopped.
 */
function script(hooks: string[], end: 'stuck' | 'throw' | 'wait') {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-finished-'));
  fs.writeFileSync(path.join(outDir, 'index.html'), '<p>half</p>');
  const folder = pathToFileURL(`${outDir}/`).href;
  const ends = { stuck: 'await new Promise(() => {});', throw: "throw new Error('a hook failed');", wait: "console.log('started'); setInterval(() => {}, 1000);" };
  // Not awaited at the top level, as Astro's command line runs the build: Node then exits with code 0.
  return `void (async () => {
      const { default: buildFinished } = await import(${JSON.stringify(integration)});
      const { hooks } = buildFinished();
      await hooks['astro:config:done']({ config: { outDir: new URL(${JSON.stringify(folder)}) } });
      for (const name of ${JSON.stringify(hooks)}) await hooks[name]({});
      ${ends[end]}
    })().catch((error) => { console.error(error.message); process.exitCode = 1; });`;
}

const run = (hooks: string[], end: 'stuck' | 'throw' = 'stuck') =>
  spawnSync(process.execPath, ['--input-type=module', '--eval', script(hooks, end)], { encoding: 'utf8' });

describe('a build that ends before its last step', () => {
  it('exits with an error that says dist/ is incomplete, and removes it', () => {
    const ended = run(['astro:build:start']);
    expect(ended.status).toBe(1);
    expect(ended.stderr).toContain('The build ended before its last step');
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it('removes the half-written output of a build that failed', () => {
    const failed = run(['astro:build:start'], 'throw');
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('The build failed before its last step');
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it('removes the half-written output of a build stopped with Ctrl-C, and exits as interrupted', async () => {
    const child = spawn(process.execPath, ['--input-type=module', '--eval', script(['astro:build:start'], 'wait')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('The build was interrupted');
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it('is not reported, and leaves the output, once the last hook has run; nor before the build starts', () => {
    expect(run(['astro:build:start', 'astro:build:done'])).toMatchObject({ status: 0, stderr: '' });
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true);
    expect(run([])).toMatchObject({ status: 0, stderr: '' });
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(true);
  });
});
