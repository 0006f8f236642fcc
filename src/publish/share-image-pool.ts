/**
 * Draws share cards in child processes at the lowest CPU priority, so that neither Skia's
 * painting nor the PNG's deflating takes a core from Astro rendering pages: the drawing uses
 * the time the build leaves idle. A process rather than a worker thread because a nice value
 * belongs to a thread, and zlib deflates on libuv's threads: in a child that
 * lowers its own priority before loading anything, every thread it starts inherits it. A card
 * that cannot be drawn, or a process that stops, rejects with the card named.
 */
import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { ShareCard } from './share-card-layout.ts';

export interface DrawJob {
  id: number;
  card: ShareCard;
  /** Where the PNG is written. */
  file: string;
}
/** The image is written, or why it could not be. */
export type DrawResult = { id: number; error?: string };

/**
 * Cards in hand per process: one being painted by Skia while zlib deflates the others.
 * With one at a time, Satori's cards took twice as long to draw at 1,000 entries (72-77 s
 * against 32-58 s) and the build waited for them; Skia's took 17-18 s against 11-17 s, the
 * build no faster (bench/results/share-images-notes.md).
 */
const CARDS_PER_PROCESS = 3;

/**
 * One process less than the machine has cores while the build renders pages on its main
 * thread, at least one; one per core (`useEveryCore`) once the build only waits for images.
 * Node runs the child's TypeScript itself; it is found from the project, since this module
 * may be bundled elsewhere by Astro.
 */
export const MOST_PROCESSES = 4;
/**
 * Cards that must be waiting before a process beyond the first is started: one costs about
 * 0.2 s of CPU to start (Node, Skia, the fonts) and 0.13-0.24 GB, as much as drawing
 * 40 cards. At 1,000 entries the build's last hook started a second process for the few cards
 * left, and the pair was the build's peak memory (1.45 GB: 1.07 the build, 0.24 and 0.13 drawing).
 */
export const CARDS_FOR_ANOTHER_PROCESS = 100;
const BESIDE_THE_BUILD = Math.max(1, Math.min(MOST_PROCESSES, os.availableParallelism() - 1));
const CHILD_SCRIPT = path.resolve('src/publish/share-image-process.ts');

interface Pending {
  card: ShareCard;
  file: string;
  resolve: () => void;
  reject: (error: Error) => void;
}

const failure = (card: ShareCard, reason: string) => new Error(`The share image of ${card.kind} "${card.title}" could not be drawn: ${reason}`);

export class ShareImagePool {
  readonly #waiting: Array<DrawJob & Pending> = [];
  readonly #processes = new Map<ChildProcess, Map<number, Pending>>();
  #nextId = 0;
  #closed = false;
  #processLimit = BESIDE_THE_BUILD;

  /** Draws the card into `file`, settled once the file is written whole. */
  draw(card: ShareCard, file: string): Promise<void> {
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    if (this.#closed) reject(failure(card, 'the drawing processes were stopped'));
    else this.#waiting.push({ id: this.#nextId++, card, file, resolve, reject });
    this.#dispatch();
    return promise;
  }

  /**
   * The build has nothing left to do but wait for images: a process on every core, while
   * cards enough wait. At 10,000 entries one process was still drawing when the last page was
   * rendered, and the build waited 56 s with one core idle.
   */
  useEveryCore(): void {
    this.#processLimit = Math.min(MOST_PROCESSES, os.availableParallelism());
    this.#dispatch();
  }

  /** Stops every process; cards not yet drawn reject. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#waiting.splice(0)) job.reject(failure(job.card, 'the drawing processes were stopped'));
    await Promise.all(
      [...this.#processes.keys()].map((child) => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // An idle process is unreferenced: held again, or the build's process could end (and
        // write nothing more) while it waits for an exit that nothing keeps it alive to see.
        holdOpen(child, true);
        child.kill();
        return exited;
      }),
    );
  }

  #dispatch(): void {
    while (!this.#closed && this.#waiting.length > 0) {
      const child = this.#freeProcess();
      if (!child) return;
      const { id, card, file, resolve, reject } = this.#waiting.shift()!;
      this.#processes.get(child)!.set(id, { card, file, resolve, reject });
      holdOpen(child, true);
      child.send({ id, card, file } satisfies DrawJob);
    }
  }

  /**
   * The process with fewest cards in hand, or a new one while every process is busy, there may
   * be more, and there is none yet or cards enough wait to repay its start.
   */
  #freeProcess(): ChildProcess | undefined {
    let least: [ChildProcess, Map<number, Pending>] | undefined;
    for (const entry of this.#processes) if (!least || entry[1].size < least[1].size) least = entry;
    const worthStarting = !least || this.#waiting.length >= CARDS_FOR_ANOTHER_PROCESS;
    if ((!least || least[1].size > 0) && this.#processes.size < this.#processLimit && worthStarting) return this.#start();
    return least && least[1].size < CARDS_PER_PROCESS ? least[0] : undefined;
  }

  #start(): ChildProcess {
    const child = fork(CHILD_SCRIPT, { execArgv: [] });
    const inHand = new Map<number, Pending>();
    this.#processes.set(child, inHand);
    const rejectInHand = (reason: string) => {
      for (const job of inHand.values()) job.reject(failure(job.card, reason));
      inHand.clear();
    };
    child.on('message', (result: DrawResult) => {
      const job = inHand.get(result.id)!;
      inHand.delete(result.id);
      if (result.error === undefined) job.resolve();
      else job.reject(failure(job.card, result.error));
      if (inHand.size === 0) holdOpen(child, false);
      this.#dispatch();
    });
    child.on('error', (error) => rejectInHand(`its drawing process failed: ${error.message}`));
    child.on('exit', (code, signal) => {
      rejectInHand(`its drawing process stopped (${signal ?? `exit code ${code}`})`);
      this.#processes.delete(child);
      // Cards not yet handed out go to a new process.
      this.#dispatch();
    });
    return child;
  }
}

/** Held open only while it has cards in hand: an idle pool never keeps the build's process alive. */
function holdOpen(child: ChildProcess, open: boolean): void {
  if (open) {
    child.ref();
    child.channel?.ref();
  } else {
    child.unref();
    child.channel?.unref();
  }
}
