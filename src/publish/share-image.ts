/**
 * Draws an entry's share card (1200×630 PNG): what it is, its title, its key date and the
 * site's name, large enough to read as a thumbnail. share-card-layout.ts places the text;
 * Skia (@napi-rs/canvas, its binary inside its npm package) paints it with Inter from the
 * @fontsource/inter package (no system or web font); palette-png.ts writes it as a palette
 * PNG, deflated by Node's zlib on libuv's threads. Skia paints a card in 1-2 ms, where
 * Satori's SVG and librsvg took 27; Skia's own PNG encoder takes 45 ms, sharp's RGBA PNG 5,
 * the palette PNG 3 (`npm run bench:share-images` times the steps). Nothing reads the clock
 * or the network, so the same card gives the same bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { cardFontFiles, FONT_SUBSETS, fontFamily } from './card-font.ts';
import { blendPalette, encodePalettePng, type RgbaImage } from './palette-png.ts';
import { layoutShareCard, SHARE_CARD_COLORS, type CardFont, type ShareCard } from './share-card-layout.ts';
import { SHARE_IMAGE_SIZE } from './share-paths.ts';

/** Every subset, in order: each glyph is drawn from the first that has it. */
const FAMILY = FONT_SUBSETS.map((subset) => `"${fontFamily(subset)}"`).join(', ');

let fontFiles: Buffer[] | undefined;
/** The font files' bytes, registered with Skia once per thread. */
function loadFonts(): Buffer[] {
  // Kept only once every file is registered: a failure is thrown again on the next card, never half-loaded fonts.
  fontFiles ??= cardFontFiles().map(({ family, weight, file }) => {
    const data = fs.readFileSync(file);
    if (!GlobalFonts.register(data, family)) throw new Error(`Skia could not read the font ${family} ${weight}`);
    return data;
  });
  return fontFiles;
}

const cssFont = ({ size, weight }: CardFont) => `${weight} ${size}px ${FAMILY}`;

let reused: { canvas: Canvas; context: SKRSContext2D } | undefined;
/**
 * One canvas per thread, painted over whole for every card: a new 1200×630 canvas costs the
 * kernel 3 MB of freshly zeroed pages each time (2 ms of a card's CPU on this machine).
 */
function cardCanvas() {
  const { width, height } = SHARE_IMAGE_SIZE;
  if (!reused) {
    const canvas = createCanvas(width, height);
    reused = { canvas, context: canvas.getContext('2d') };
  }
  return reused;
}

/** The card painted; the first half of drawShareImage, alone, for timing it. */
export function paintShareCard(card: ShareCard): RgbaImage {
  loadFonts();
  const { width, height } = SHARE_IMAGE_SIZE;
  const { canvas, context } = cardCanvas();
  const setFont = (font: CardFont) => {
    context.font = cssFont(font);
    context.letterSpacing = `${font.letterSpacing ?? 0}px`;
  };
  const layout = layoutShareCard(card, (text, font) => {
    setFont(font);
    return context.measureText(text).width;
  });
  // Opaque over every pixel: nothing of the previous card shows through.
  context.fillStyle = SHARE_CARD_COLORS.background;
  context.fillRect(0, 0, width, height);
  context.fillStyle = SHARE_CARD_COLORS.accent;
  context.fillRect(layout.rule.x, layout.rule.y, layout.rule.width, layout.rule.height);
  context.textBaseline = 'middle';
  for (const line of layout.lines) {
    setFont(line.font);
    context.fillStyle = line.color;
    context.textAlign = line.align;
    context.fillText(line.text, line.x, line.y);
  }
  // A copy: the canvas is painted over for the next card.
  return { data: canvas.data(), width, height };
}

/** The card's background and its three inks: every pixel painted is a blend of the background with one of them. */
const { background, ...inks } = SHARE_CARD_COLORS;
const CARD_PALETTE = blendPalette(background, Object.values(inks));

/** The second half of drawShareImage, alone, for timing it. */
export function encodePng(pixels: RgbaImage): Promise<Buffer> {
  return encodePalettePng(pixels, CARD_PALETTE);
}

export function drawShareImage(card: ShareCard): Promise<Buffer> {
  return encodePng(paintShareCard(card));
}

/** Writes an image whole under a temporary name, then renames it: a build stopped midway leaves no broken file. */
export function writeImageFile(file: string, png: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, png);
  fs.renameSync(temporary, file);
}
