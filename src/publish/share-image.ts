/**
 * Draws an entry's share card (1200×630 PNG): what it is, its title, its key date and the
 * site's name, large enough to read as a thumbnail. Satori lays the card out and turns its
 * text into SVG paths with Inter from the @fontsource/inter package (no system or web
 * font); sharp (Astro's own image library, its libvips binary inside its npm package)
 * rasterises the SVG and encodes the PNG on libuv's threads. resvg rasterises faster, but
 * handing its pixels to an encoder costs more than it saves (`npm run bench:share-images`
 * times the steps). Neither reads the clock or the network, so the same card gives the same bytes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori, { type Font } from 'satori';
import sharp, { type OutputInfo, type PngOptions } from 'sharp';
import { SHARE_IMAGE_SIZE } from './share-paths.ts';

export interface ShareCard {
  /** "Person", "Event · anomaly". */
  kind: string;
  title: string;
  /** The entry's key date as the page prints it, when it has one. */
  date?: string | undefined;
  /** "Orbital Record". */
  siteName: string;
  /** The site's host, e.g. "orbital-record.org". */
  host: string;
}

/** Latin, Latin Extended and Cyrillic cover every title in the record; Satori picks per glyph. */
const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic'];
const FONT_WEIGHTS = [400, 700] as const;

/** Packages resolved from the project, wherever Astro bundled this module to. */
const projectRequire = createRequire(path.resolve('package.json'));

let fonts: Font[] | undefined;
function loadFonts(): Font[] {
  fonts ??= FONT_WEIGHTS.flatMap((weight) =>
    FONT_SUBSETS.map((subset) => ({
      // One family per subset: Satori falls back across families glyph by glyph.
      name: `Inter ${subset}`,
      weight,
      style: 'normal' as const,
      data: fs.readFileSync(projectRequire.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

/** What shapes the pixels besides the card: the renderers' versions and the font files' bytes (part of the cache key). */
export function rendererVersion(): string {
  const satoriVersion = (JSON.parse(fs.readFileSync(projectRequire.resolve('satori/package.json'), 'utf8')) as { version: string }).version;
  const fontDigest = createHash('sha256');
  for (const { data } of loadFonts()) fontDigest.update(data instanceof ArrayBuffer ? new Uint8Array(data) : data);
  return `satori@${satoriVersion} sharp@${JSON.stringify(sharp.versions)} fonts@${fontDigest.digest('hex').slice(0, 16)}`;
}

/** The element tree Satori lays out (its JSX form, written as plain objects). */
interface Node {
  type: string;
  props: { style: Record<string, string | number>; children: Array<Node | string> | string };
}

const el = (type: string, style: Node['props']['style'], children: Node['props']['children']): Node => ({ type, props: { style, children } });

/** zlib level 4 rather than 6: half the encoding time for about 5% more bytes (the wordiest card stays under 80 KB). */
const PNG_OPTIONS: PngOptions = { compressionLevel: 4 };

const COLORS = { background: '#f5f7fb', ink: '#0f1b2d', muted: '#3d4b60', accent: '#1d4ed8', rule: '#1d4ed8' };

/** Smaller type for longer titles, so every title fits in four lines at most. */
function titleSize(title: string): number {
  if (title.length <= 32) return 80;
  if (title.length <= 70) return 64;
  return 50;
}

function layout(card: ShareCard): Node {
  return el('div', { ...SHARE_IMAGE_SIZE, display: 'flex', background: COLORS.background, fontFamily: FONT_SUBSETS.map((subset) => `Inter ${subset}`).join(', '), color: COLORS.ink }, [
    // The rule is a box of its own, not a border: Satori draws a border as a stroke inside
    // two clip paths, which the rasteriser applies over the whole card.
    el('div', { width: 24, flexShrink: 0, background: COLORS.rule }, []),
    el('div', { flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px' }, [
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 36, fontWeight: 700, color: COLORS.accent, textTransform: 'uppercase', letterSpacing: 2 }, card.kind),
        el('div', { fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.12, marginTop: 24, lineClamp: 4 }, card.title),
        ...(card.date ? [el('div', { fontSize: 40, fontWeight: 400, color: COLORS.muted, marginTop: 28 }, card.date)] : []),
      ]),
      el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 34, color: COLORS.muted }, [
        el('div', { fontWeight: 700, color: COLORS.ink }, card.siteName),
        el('div', { fontWeight: 400 }, card.host),
      ]),
    ]),
  ]);
}

export function shareCardSvg(card: ShareCard): Promise<string> {
  return satori(layout(card), { ...SHARE_IMAGE_SIZE, fonts: loadFonts() });
}

export interface Pixels {
  data: Buffer;
  info: OutputInfo;
}

/**
 * The card is opaque: its PNG holds no alpha channel, a quarter fewer bytes to compress
 * (about 6% smaller files, no slower).
 */
const rasterised = (svg: string) => sharp(Buffer.from(svg)).removeAlpha();

/** The first half of drawShareImage's pipeline, alone, for timing it. */
export function rasterise(svg: string): Promise<Pixels> {
  return rasterised(svg).raw().toBuffer({ resolveWithObject: true });
}

/** The second half of drawShareImage's pipeline, alone, for timing it. */
export function encodePng({ data, info }: Pixels): Promise<Buffer> {
  return sharp(data, { raw: info }).png(PNG_OPTIONS).toBuffer();
}

export async function drawShareImage(card: ShareCard): Promise<Buffer> {
  return rasterised(await shareCardSvg(card)).png(PNG_OPTIONS).toBuffer();
}
