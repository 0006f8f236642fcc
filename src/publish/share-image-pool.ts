/**
 * Draws share cards on worker threads, so that neither Skia's painting nor sharp's
 * encoding competes with Astro rendering pages on the main thread: the machine's other
 * cores draw while the build goes on. A card that cannot be drawn, or a thread that stops,
 * rejects with the card named.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './share-card-layout.ts';

export interface DrawJob {
  id: number;
  card: ShareCard;
}
export type DrawResult = { id: number; png: Uint8Array } | { id: number; error: string };

/**
 * Cards in hand per thread: one being painted by Skia while sharp encodes the others.
 * With one at a time, Satori's cards took twice as long to draw at 1,000 entries (72-77 s
 * against 32-58 s) and the build waited for them; Skia's took 17-18 s against 11-17 s, the
 * build no faster (bench/results/share-images-notes.md).
 */
const CARDS_PER_THREAD = 3;

/**
 * One thread less than the machine has cores (the main thread renders pages), at least one.
 * Node runs the worker's TypeScript itself; it is found from the project, since this module
 * may be bundled elsewhere by Astro.
 */
const THREADS = Math.max(1, Math.min(4, os.availableParallelism() - 1));
const WORKER_SCRIPT = path.resolve('src/publish/share-image-worker.ts');

interface Pending {
  card: ShareCard;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

const failure = (card: ShareCard, reason: string) => new Error(`The share image of ${card.kind} "${card.title}" could not be drawn: ${reason}`);

export class ShareImagePool {
  readonly #waiting: Array<DrawJob & Pending> = [];
  readonly #threads = new Map<Worker, Map<number, Pending>>();
  #nextId = 0;
  #closed = false;

  draw(card: ShareCard): Promise<Buffer> {
    const { promise, resolve, reject } = Promise.withResolvers<Buffer>();
    if (this.#closed) reject(failure(card, 'the drawing threads were stopped'));
    else this.#waiting.push({ id: this.#nextId++, card, resolve, reject });
    this.#dispatch();
    return promise;
  }

  /** Stops every thread; cards not yet drawn reject. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#waiting.splice(0)) job.reject(failure(job.card, 'the drawing threads were stopped'));
    await Promise.all([...this.#threads.keys()].map((worker) => worker.terminate()));
  }

  #dispatch(): void {
    while (!this.#closed && this.#waiting.length > 0) {
      const worker = this.#freeThread();
      if (!worker) return;
      const { id, card, resolve, reject } = this.#waiting.shift()!;
      this.#threads.get(worker)!.set(id, { card, resolve, reject });
      // Held open only while it has cards in hand: an idle pool never keeps the process alive.
      worker.ref();
      worker.postMessage({ id, card } satisfies DrawJob);
    }
  }

  /** The thread with fewest cards in hand, or a new one while every thread is busy and there may be more. */
  #freeThread(): Worker | undefined {
    let least: [Worker, Map<number, Pending>] | undefined;
    for (const thread of this.#threads) if (!least || thread[1].size < least[1].size) least = thread;
    if ((!least || least[1].size > 0) && this.#threads.size < THREADS) return this.#start();
    return least && least[1].size < CARDS_PER_THREAD ? least[0] : undefined;
  }

  #start(): Worker {
    const worker = new Worker(WORKER_SCRIPT);
    const inHand = new Map<number, Pending>();
    this.#threads.set(worker, inHand);
    worker.on('message', (result: DrawResult) => {
      const job = inHand.get(result.id)!;
      inHand.delete(result.id);
      if ('png' in result) job.resolve(Buffer.from(result.png.buffer, result.png.byteOffset, result.png.byteLength));
      else job.reject(failure(job.card, result.error));
      if (inHand.size === 0) worker.unref();
      this.#dispatch();
    });
    worker.on('error', (error) => {
      for (const job of inHand.values()) job.reject(failure(job.card, `its drawing thread failed: ${error.message}`));
      inHand.clear();
    });
    worker.on('exit', (code) => {
      for (const job of inHand.values()) job.reject(failure(job.card, `its drawing thread stopped (exit code ${code})`));
      this.#threads.delete(worker);
      // Cards not yet handed out go to a new thread.
      this.#dispatch();
    });
    return worker;
  }
}
