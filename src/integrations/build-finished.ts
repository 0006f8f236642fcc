/**
 * A build that ends before its last step is a failed build. Node ends a process whose event
 * loop has nothing left to wait on, even while a hook still awaits a promise, and it then
 * exits with code 0: the share-image pool once ended a 10,000-entry build that way in its
 * `astro:build:done` hook, with no search index and no service worker written, and nothing
 * said so. Listed last, this integration's `astro:build:done` runs after every other one; a
 * build process that exits after `astro:build:start` without reaching it exits with code 1
 * and says why.
 */
import type { AstroIntegration } from 'astro';

export default function buildFinished(): AstroIntegration {
  let state: 'idle' | 'building' | 'finished' = 'idle';
  return {
    name: 'orbital-record:build-finished',
    hooks: {
      'astro:build:start': () => {
        state = 'building';
        process.once('exit', (code) => {
          if (state !== 'building' || code !== 0) return;
          console.error('The build ended before its last step: a hook was still waiting for work that nothing kept alive, so dist/ is incomplete.');
          process.exitCode = 1;
        });
      },
      'astro:build:done': () => {
        state = 'finished';
      },
    },
  };
}
