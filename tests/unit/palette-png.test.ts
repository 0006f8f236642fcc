/**
 * The palette PNG: a share card written with it decodes, in another PNG reader (sharp's
 * libspng), to the pixels Skia painted within 2 levels a channel; an image with rows alike and
 * rows that differ keeps each row where it was; the palette runs from the background to each
 * ink and fits a PNG's 256 entries.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { blendPalette, encodePalettePng, type RgbaImage } from '../../src/publish/palette-png.ts';
import { encodePng, paintShareCard } from '../../src/publish/share-image.ts';

async function decode(png: Buffer): Promise<RgbaImage> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The largest difference in any colour channel of any pixel. */
function largestDifference(a: RgbaImage, b: RgbaImage): number {
  let largest = 0;
  for (let at = 0; at < a.data.length; at++) if (at % 4 !== 3) largest = Math.max(largest, Math.abs(a.data[at]! - b.data[at]!));
  return largest;
}

describe('palette PNG', () => {
  it('runs from the background to each ink, within 256 entries', () => {
    const palette = blendPalette('#f5f7fb', ['#0f1b2d', '#1d4ed8']);
    expect(palette.length).toBeLessThanOrEqual(256);
    expect(palette[0]).toEqual([0xf5, 0xf7, 0xfb]);
    expect(palette).toContainEqual([0x0f, 0x1b, 0x2d]);
    expect(palette.at(-1)).toEqual([0x1d, 0x4e, 0xd8]);
  });

  it.each([
    ['a short title', 'Frank Rubio'],
    ['Cyrillic', 'Сергей Прокопьев'],
    ['the wordiest title', 'Roscosmos and NASA assess the coolant leak of Soyuz MS-22 at the ISS, decide to launch Soyuz MS-23 uncrewed as its replacement and return the crew on it'],
  ])('writes a share card with %s that decodes to what was painted', async (_, title) => {
    const painted = paintShareCard({ kind: 'Event · anomaly', title, detail: '15 December 2022', siteName: 'Orbital Record', host: 'orbital-record.org' });
    const decoded = await decode(await encodePng(painted));
    expect([decoded.width, decoded.height]).toEqual([1200, 630]);
    expect(largestDifference(decoded, painted)).toBeLessThanOrEqual(2);
  });

  it('keeps rows alike and rows that differ each in its place', async () => {
    const [width, height] = [5, 4];
    const ground = [0xf5, 0xf7, 0xfb, 255];
    const ink = [0x0f, 0x1b, 0x2d, 255];
    // Rows 0 and 1 ground alone, row 2 with ink at x = 3, row 3 again ground.
    const pixels = Array.from({ length: height }, (_, y) => Array.from({ length: width }, (_, x) => (y === 2 && x === 3 ? ink : ground)));
    const image = { data: Buffer.from(pixels.flat(2)), width, height };
    const decoded = await decode(await encodePalettePng(image, blendPalette('#f5f7fb', ['#0f1b2d'])));
    expect([...decoded.data]).toEqual([...image.data]);
  });

  it('refuses a palette a PNG cannot hold', async () => {
    const tooMany = Array.from({ length: 257 }, () => [0, 0, 0] as const);
    await expect(encodePalettePng({ data: Buffer.alloc(4, 255), width: 1, height: 1 }, tooMany)).rejects.toThrow('a PNG palette holds 1 to 256 colours, not 257');
  });
});

