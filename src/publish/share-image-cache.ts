/**
 * Share images cached by content: a card is drawn only when its text, its design or the
 * renderer changed since any earlier build in this checkout. The cache lives with Astro's
 * (.astro/cache/share-images/), one PNG per digest. Each build's drawing time is kept in a
 * process-wide tally that the share-images integration logs, so `npm run bench` reads it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { drawShareImage, rendererVersion, type ShareCard } from './share-image.ts';

/** Raise when the card's layout changes: every cached image is then drawn again. */
const DESIGN_VERSION = 1;

const CACHE_DIR = path.resolve('.astro/cache/share-images');

export interface ShareImageTally {
  drawn: number;
  cached: number;
  /** Time spent drawing and reading the cache, in milliseconds. */
  milliseconds: number;
}

/** One tally per process, shared by the endpoint's bundled copy of this module and the integration's. */
export function shareImageTally(): ShareImageTally {
  const slot = Symbol.for('orbital-record.share-image-tally');
  const global = globalThis as typeof globalThis & { [slot]?: ShareImageTally };
  global[slot] ??= { drawn: 0, cached: 0, milliseconds: 0 };
  return global[slot];
}

/** The build log's line about share images, and the pattern `npm run bench` reads it with. */
export const tallyLine = ({ drawn, cached, milliseconds }: ShareImageTally) =>
  `share images: ${drawn} drawn, ${cached} from cache, ${(milliseconds / 1000).toFixed(2)} s`;
export const TALLY_LINE = /share images: (\d+) drawn, (\d+) from cache, ([\d.]+) s/;

let version: string | undefined;

export function shareImageDigest(card: ShareCard): string {
  version ??= `${DESIGN_VERSION} ${rendererVersion()}`;
  return createHash('sha256').update(JSON.stringify([version, card])).digest('hex');
}

export async function cachedShareImage(card: ShareCard): Promise<Buffer> {
  const tally = shareImageTally();
  const started = performance.now();
  const file = path.join(CACHE_DIR, `${shareImageDigest(card)}.png`);
  let png: Buffer;
  if (fs.existsSync(file)) {
    png = fs.readFileSync(file);
    tally.cached++;
  } else {
    png = await drawShareImage(card);
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    // Written whole under a temporary name, so a build stopped midway leaves no broken image.
    fs.writeFileSync(`${file}.${process.pid}.tmp`, png);
    fs.renameSync(`${file}.${process.pid}.tmp`, file);
    tally.drawn++;
  }
  tally.milliseconds += performance.now() - started;
  return png;
}
