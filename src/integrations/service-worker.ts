/**
 * Writes dist/sw.js when `astro build` finishes (src/offline/service-worker-build.ts). Listed
 * after the Pagefind integration: the index it caches must already be written.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeServiceWorker } from '../offline/service-worker-build.ts';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'orbital-record:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await writeServiceWorker(fileURLToPath(dir));
        logger.info(
          `sw.js (${kB(report.workerBytes)}) version ${report.version}: precaches ${report.precached.files} files, ${kB(report.precached.bytes)}` +
            ` (search index ${kB(report.indexBytes)}, ${report.indexPrecached ? 'whole' : 'over the limit: cached as searched'};` +
            ` timeline ${kB(report.timelineBytes)}, ${report.timelinePrecached ? 'whole' : 'over the limit: cached when opened'});` +
            ` the whole record is ${report.record.files} files, ${kB(report.record.bytes)}`,
        );
      },
    },
  };
}
