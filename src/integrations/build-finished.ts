/**
 * A build that ends before its last step is a failed build, and leaves no half-written site.
 * Node ends a process whose event loop has nothing left to wait on, even while a hook still
 * awaits a promise, and it then exits with code 0: the share-image pool once ended a
 * 10,000-entry build that way in its `astro:build:done` hook, with no search index and no
 * service worker written, and nothing said so. Listed last, this integration's
 * `astro:build:done` runs after every other one; a build process that ends after
 * `astro:build:start` without reaching it (a hook stuck, an error, Ctrl-C) exits with an
 * error, says why, and removes the output folder: by then Astro has emptied and half refilled
 * it, and `astro preview` or an upload would serve what is there. A content mistake stops the
 * build before it starts, and leaves the last site whole.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

export default function buildFinished(): AstroIntegration {
  let state: 'idle' | 'building' | 'stopped' | 'finished' = 'idle';
  let outDir: string | undefined;
  const removeOutput = (why: string) => {
    if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
    console.error(`${why}${outDir ? `; ${outDir} is removed rather than left half written.` : '.'}`);
  };
  return {
    name: 'orbital-record:build-finished',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        state = 'building';
        process.once('exit', (code) => {
          if (state !== 'building') return;
          if (code === 0) {
            removeOutput('The build ended before its last step: a hook was still waiting for work that nothing kept alive, so dist/ is incomplete');
            process.exitCode = 1;
          } else {
            removeOutput('The build failed before its last step');
          }
        });
        for (const [signal, code] of Object.entries(SIGNALS)) {
          process.once(signal, () => {
            if (state === 'building') {
              state = 'stopped';
              removeOutput('The build was interrupted');
            }
            process.exit(code);
          });
        }
      },
      'astro:build:done': () => {
        state = 'finished';
      },
    },
  };
}
