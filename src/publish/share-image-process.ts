/**
 * A drawing process of the share-image pool: lowers its own CPU priority, then draws each
 * card it is sent into the file named with it, and answers under the job's id that it is
 * written, or why it could not be. The PNG never travels back: ten thousand of them received
 * by the build's process made its large heap collect garbage again and again.
 * Several cards are in hand at once, so Skia paints one on this thread while zlib deflates
 * others on libuv's threads (started after the priority is lowered, so they inherit it).
 */
import os from 'node:os';
import type { DrawJob, DrawResult } from './share-image-pool.ts';

if (!process.send) throw new Error('share-image-process.ts runs as a child process of the share-image pool');
const send = (result: DrawResult) => process.send!(result);

// Before Skia loads and zlib first deflates: the threads they start take this thread's priority.
os.setPriority(os.constants.priority.PRIORITY_LOW);
const drawing = import('./share-image.ts');

// Listening at once: a card sent while the drawing modules load waits for them.
process.on('message', ({ id, card, file }: DrawJob) => {
  drawing.then(async ({ drawShareImage, writeImageFile }) => writeImageFile(file, await drawShareImage(card))).then(
    () => send({ id }),
    (error: unknown) => send({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
