/**
 * Share images cached by content: a card is drawn only when its text, its design or the
 * renderer changed since any earlier build in this checkout. The cache lives with Astro's
 * (.astro/cache/share-images/), one PNG per digest. Each build's cost is kept in a
 * process-wide tally that the share-images integration logs, so `npm run bench` reads it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cardFontFiles } from './card-font.ts';
import { projectRequire } from './project-packages.ts';
import type { ShareCard } from './share-card-layout.ts';
import { ShareImagePool } from './share-image-pool.ts';

/** Raise when the card's layout or encoding changes: every cached image is then drawn again. */
const DESIGN_VERSION = 7;

const CACHE_DIR = path.resolve('.astro/cache/share-images');

export interface ShareImageTally {
  drawn: number;
  cached: number;
  /** Time the build waited for share images after rendering (or pages under `astro dev` did), drawing or reading the cache, in milliseconds. */
  milliseconds: number;
  /** From the first image drawn ahead starting to the last one done (the build goes on meanwhile), in milliseconds. */
  aheadMilliseconds: number;
}

interface Drawing {
  tally: ShareImageTally;
  /** Images being drawn ahead of their request, by cache file; each is taken once. */
  ahead: Map<string, Promise<void>>;
  pool?: ShareImagePool | undefined;
}

/**
 * One per process, shared by the endpoint's bundled copy of this module and the
 * integration's: the integration starts drawing, the endpoint takes the images.
 */
function drawing(): Drawing {
  const slot = Symbol.for('orbital-record.share-image-drawing');
  const global = globalThis as typeof globalThis & { [slot]?: Drawing };
  global[slot] ??= { tally: { drawn: 0, cached: 0, milliseconds: 0, aheadMilliseconds: 0 }, ahead: new Map() };
  return global[slot];
}

export const shareImageTally = (): ShareImageTally => drawing().tally;

/** The build log's line about share images, and the pattern `npm run bench` reads it with. */
export const tallyLine = ({ drawn, cached, milliseconds, aheadMilliseconds }: ShareImageTally) =>
  `share images: ${drawn} drawn, ${cached} from cache, ${(milliseconds / 1000).toFixed(2)} s waited; drawing ahead took ${(aheadMilliseconds / 1000).toFixed(2)} s`;
export const TALLY_LINE = /share images: (\d+) drawn, (\d+) from cache, ([\d.]+) s waited; drawing ahead took ([\d.]+) s/;

const packageVersion = (name: string) => (JSON.parse(fs.readFileSync(projectRequire.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

/**
 * What shapes the bytes besides the card: the painter's and zlib's versions and the font files'
 * bytes. Read from the files, not from the painter: the build's own process keys every card
 * but draws none, so it never loads Skia.
 */
function rendererVersion(): string {
  const fonts = createHash('sha256');
  for (const { file } of cardFontFiles()) fonts.update(fs.readFileSync(file));
  return `@napi-rs/canvas@${packageVersion('@napi-rs/canvas')} zlib@${process.versions.zlib} fonts@${fonts.digest('hex').slice(0, 16)}`;
}

let version: string | undefined;

export function shareImageDigest(card: ShareCard): string {
  version ??= `${DESIGN_VERSION} ${rendererVersion()}`;
  return createHash('sha256').update(JSON.stringify([version, card])).digest('hex');
}

const cacheFile = (card: ShareCard) => path.join(CACHE_DIR, `${shareImageDigest(card)}.png`);

/**
 * Starts drawing every card that is not in the cache in the pool's processes, in the order
 * given, so that each image is (nearly) ready when its endpoint asks for it. The
 * share-images integration calls it once the configuration is done, before Astro syncs content
 * and bundles the site.
 */
export function drawAhead(cards: readonly ShareCard[]): void {
  const state = drawing();
  const queue = cards.map((card) => ({ card, file: cacheFile(card) })).filter(({ file }) => !state.ahead.has(file) && !fs.existsSync(file));
  if (queue.length === 0) return;
  state.pool ??= new ShareImagePool();
  const started = performance.now();
  const images = queue.map(({ card, file }) => {
    const image = state.pool!.draw(card, file);
    // A failure is reported by the endpoint that takes the image, naming its card.
    image.catch(() => {});
    state.ahead.set(file, image);
    return image;
  });
  void Promise.allSettled(images).then(() => {
    state.tally.aheadMilliseconds += performance.now() - started;
  });
}

/** Once every page is rendered, the images not yet drawn take every core. */
export function drawWithEveryCore(): void {
  drawing().pool?.useEveryCore();
}

/** Stops the drawing processes once every page has its image. */
export async function stopDrawing(): Promise<void> {
  const state = drawing();
  await state.pool?.close();
  state.pool = undefined;
}

/** Waits for work on share images, counting the time as time the build (or a page under `astro dev`) waited. */
export async function waitingFor<T>(work: Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work;
  } finally {
    drawing().tally.milliseconds += performance.now() - started;
  }
}

/** The cache file holding the card's image: drawn ahead, already cached, or drawn now (`astro dev`). */
async function cachedImageFile(card: ShareCard): Promise<string> {
  const { tally, ahead } = drawing();
  const file = cacheFile(card);
  const drawn = ahead.get(file);
  ahead.delete(file);
  if (drawn) {
    await drawn;
    tally.drawn++;
  } else if (fs.existsSync(file)) {
    tally.cached++;
  } else {
    // Only `astro dev` draws in its own process, the first time a card is asked for.
    const { drawShareImage, writeImageFile } = await import('./share-image.ts');
    writeImageFile(file, await drawShareImage(card));
    tally.drawn++;
  }
  return file;
}

export const cachedShareImage = async (card: ShareCard): Promise<Buffer> => fs.readFileSync(await waitingFor(cachedImageFile(card)));

/**
 * Puts the card's image at `target` as a copy of the cached file, as soon as it is there: never
 * read into memory, copied on libuv's threads (10,000 of them in a rebuild, beside the bundling).
 */
export async function copyShareImage(card: ShareCard, target: string): Promise<void> {
  await fs.promises.copyFile(await cachedImageFile(card), target);
}
