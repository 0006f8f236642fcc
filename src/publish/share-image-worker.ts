/**
 * A drawing thread of the share-image pool: draws each card it is sent and sends back the
 * PNG, or the reason it could not, under the job's id. Several cards are in hand at once, so
 * Skia paints one on this thread while sharp encodes others on libuv's threads.
 */
import { parentPort } from 'node:worker_threads';
import { drawShareImage } from './share-image.ts';
import type { DrawJob, DrawResult } from './share-image-pool.ts';

const port = parentPort;
if (!port) throw new Error('share-image-worker.ts runs as a worker thread of the share-image pool');

port.on('message', ({ id, card }: DrawJob) => {
  drawShareImage(card).then(
    (png) => port.postMessage({ id, png } satisfies DrawResult),
    (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies DrawResult),
  );
});
