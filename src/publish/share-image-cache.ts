/**
 * Share images cached by content: a card is drawn only when its text, its design or the
 * renderer changed since any earlier build in this checkout. The cache lives with Astro's
 * (.astro/cache/share-images/), one PNG per digest. Each build's cost is kept in a
 * process-wide tally that the share-images integration logs, so `npm run bench` reads it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { drawShareImage, rendererVersion, type ShareCard } from './share-image.ts';

/** Raise when the card's layout changes: every cached image is then drawn again. */
const DESIGN_VERSION = 2;

const CACHE_DIR = path.resolve('.astro/cache/share-images');

/**
 * Cards drawn at once when drawing ahead: while Satori lays out one on the main thread (about
 * a third of a card's work), sharp rasterises and encodes two others on libuv's threads.
 */
const LANES = 3;

export interface ShareImageTally {
  drawn: number;
  cached: number;
  /** Time pages waited for share images (drawing or reading the cache), in milliseconds. */
  milliseconds: number;
  /** From the first image drawn ahead starting to the last one done (the build goes on meanwhile), in milliseconds. */
  aheadMilliseconds: number;
}

/** One tally per process, shared by the endpoint's bundled copy of this module and the integration's. */
export function shareImageTally(): ShareImageTally {
  const slot = Symbol.for('orbital-record.share-image-tally');
  const global = globalThis as typeof globalThis & { [slot]?: ShareImageTally };
  global[slot] ??= { drawn: 0, cached: 0, milliseconds: 0, aheadMilliseconds: 0 };
  return global[slot];
}

/** The build log's line about share images, and the pattern `npm run bench` reads it with. */
export const tallyLine = ({ drawn, cached, milliseconds, aheadMilliseconds }: ShareImageTally) =>
  `share images: ${drawn} drawn, ${cached} from cache, ${(milliseconds / 1000).toFixed(2)} s waited; drawing ahead took ${(aheadMilliseconds / 1000).toFixed(2)} s`;
export const TALLY_LINE = /share images: (\d+) drawn, (\d+) from cache, ([\d.]+) s waited; drawing ahead took ([\d.]+) s/;

let version: string | undefined;

export function shareImageDigest(card: ShareCard): string {
  version ??= `${DESIGN_VERSION} ${rendererVersion()}`;
  return createHash('sha256').update(JSON.stringify([version, card])).digest('hex');
}

const cacheFile = (card: ShareCard) => path.join(CACHE_DIR, `${shareImageDigest(card)}.png`);

async function drawIntoCache(card: ShareCard, file: string): Promise<Buffer> {
  const png = await drawShareImage(card);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  // Written whole under a temporary name, so a build stopped midway leaves no broken image.
  fs.writeFileSync(`${file}.${process.pid}.tmp`, png);
  fs.renameSync(`${file}.${process.pid}.tmp`, file);
  return png;
}

/** Images being drawn ahead of their request, by cache file; each is taken once. */
const ahead = new Map<string, Promise<Buffer>>();

/**
 * Starts drawing every card that is not in the cache, LANES at a time, in the order given,
 * so that each image is (nearly) ready when its endpoint asks for it. The share route calls
 * it from getStaticPaths, which Astro runs for every route before rendering any page.
 */
export function drawAhead(cards: readonly ShareCard[]): void {
  const queue = cards.map((card) => ({ card, file: cacheFile(card) })).filter(({ file }) => !ahead.has(file) && !fs.existsSync(file));
  const done = queue.map(({ file }) => {
    const image = Promise.withResolvers<Buffer>();
    // A failure is reported by the endpoint that takes the image, naming its card.
    image.promise.catch(() => {});
    ahead.set(file, image.promise);
    return image;
  });
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < queue.length; i = next++) {
      await drawIntoCache(queue[i]!.card, queue[i]!.file).then(done[i]!.resolve, done[i]!.reject);
    }
  };
  const started = performance.now();
  void Promise.all(Array.from({ length: LANES }, lane)).then(() => {
    shareImageTally().aheadMilliseconds += performance.now() - started;
  });
}

export async function cachedShareImage(card: ShareCard): Promise<Buffer> {
  const tally = shareImageTally();
  const started = performance.now();
  const file = cacheFile(card);
  const drawing = ahead.get(file);
  ahead.delete(file);
  let png: Buffer;
  if (drawing) {
    png = await drawing;
    tally.drawn++;
  } else if (fs.existsSync(file)) {
    png = fs.readFileSync(file);
    tally.cached++;
  } else {
    png = await drawIntoCache(card, file);
    tally.drawn++;
  }
  tally.milliseconds += performance.now() - started;
  return png;
}
