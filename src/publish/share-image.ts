/**
 * Draws an entry's share card (1200×630 PNG): what it is, its title, its key date and the
 * site's name, large enough to read as a thumbnail. Satori lays the card out and turns its
 * text into SVG paths with Inter from the @fontsource/inter package (no system or web
 * font); sharp (Astro's own image library, its libvips binary inside its npm package)
 * rasterises the SVG, about twice as fast as resvg here. Neither reads the clock or the
 * network, so the same card gives the same bytes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
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

const COLORS = { background: '#f5f7fb', ink: '#0f1b2d', muted: '#3d4b60', accent: '#1d4ed8', rule: '#1d4ed8' };

/** Smaller type for longer titles, so every title fits in four lines at most. */
function titleSize(title: string): number {
  if (title.length <= 32) return 80;
  if (title.length <= 70) return 64;
  return 50;
}

function layout(card: ShareCard): Node {
  return el(
    'div',
    { ...SHARE_IMAGE_SIZE, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: COLORS.background, borderLeft: `24px solid ${COLORS.rule}`, fontFamily: FONT_SUBSETS.map((subset) => `Inter ${subset}`).join(', '), color: COLORS.ink },
    [
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 36, fontWeight: 700, color: COLORS.accent, textTransform: 'uppercase', letterSpacing: 2 }, card.kind),
        el('div', { fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.12, marginTop: 24, lineClamp: 4 }, card.title),
        ...(card.date ? [el('div', { fontSize: 40, fontWeight: 400, color: COLORS.muted, marginTop: 28 }, card.date)] : []),
      ]),
      el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 34, color: COLORS.muted }, [
        el('div', { fontWeight: 700, color: COLORS.ink }, card.siteName),
        el('div', { fontWeight: 400 }, card.host),
      ]),
    ],
  );
}

export async function drawShareImage(card: ShareCard): Promise<Buffer> {
  const svg = await satori(layout(card), { ...SHARE_IMAGE_SIZE, fonts: loadFonts() });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
