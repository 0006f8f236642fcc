/**
 * A build process that ends between `astro:build:start` and the last `astro:build:done` (a
 * hook awaiting work nothing keeps alive) exits with an error instead of code 0. Each case
 * runs the integration's hooks in a process of its own, since the test runner's process
 * never runs out of work.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const integration = new URL('../../src/integrations/build-finished.ts', import.meta.url).href;

/** Runs the hooks named, in order, then awaits a promise nothing will ever settle, as a stuck hook does. */
function buildProcess(hooks: string[]) {
  // Not awaited at the top level, as Astro's command line runs the build: Node then exits with code 0.
  const script = `void (async () => {
      const { default: buildFinished } = await import(${JSON.stringify(integration)});
      const { hooks } = buildFinished();
      for (const name of ${JSON.stringify(hooks)}) await hooks[name]({});
      await new Promise(() => {});
    })();`;
  return spawnSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8' });
}

describe('a build that ends before its last step', () => {
  it('exits with an error that says dist/ is incomplete', () => {
    const run = buildProcess(['astro:build:start']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The build ended before its last step');
  });

  it('is not reported once the last hook has run', () => {
    const run = buildProcess(['astro:build:start', 'astro:build:done']);
    expect([run.status, run.stderr]).toEqual([0, '']);
  });
});
