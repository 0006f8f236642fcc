/**
 * A drawing process of the share-image pool: lowers its own CPU priority, then draws each
 * card it is sent and sends back the PNG, or the reason it could not, under the job's id.
 * Several cards are in hand at once, so Skia paints one on this thread while sharp encodes
 * others on libuv's threads (started after the priority is lowered, so they inherit it).
 */
import os from 'node:os';
import type { DrawJob, DrawResult } from './share-image-pool.ts';

if (!process.send) throw new Error('share-image-worker.ts runs as a child process of the share-image pool');
const send = (result: DrawResult) => process.send!(result);

// Before sharp and Skia load: the threads they start take this thread's priority.
os.setPriority(os.constants.priority.PRIORITY_LOW);
const drawing = import('./share-image.ts');

// Listening at once: a card sent while the drawing modules load waits for them.
process.on('message', ({ id, card }: DrawJob) => {
  drawing.then(({ drawShareImage }) => drawShareImage(card)).then(
    (png) => send({ id, png }),
    (error: unknown) => send({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
