/**
 * An opaque RGBA image whose every pixel is the background blended with one of a few inks
 * (a share card: text and a rule on a plain ground), written as an 8-bit palette PNG. Such an
 * image needs no quantiser: the palette is the background and a fixed number of steps from it
 * to each ink, and each pixel takes the nearest entry (within 2 levels a channel for the
 * cards). A quarter of the bytes to deflate that RGBA has makes the encoding about half
 * sharp's time and the files about half the size (bench/results/share-images-notes.md).
 * sharp cannot write it: its palette output always runs a quantiser (libimagequant), 5x slower.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export interface RgbaImage {
  /** RGBA, 8 bits a channel, rows top to bottom. */
  data: Buffer;
  width: number;
  height: number;
}

/** RGB triples, the background first; at most 256. */
export type Palette = ReadonlyArray<readonly [number, number, number]>;

function rgb(hex: string): readonly [number, number, number] {
  const channel = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16);
  return [channel(1), channel(3), channel(5)];
}

/** The background, then for each ink as many evenly spaced blends towards it as 256 entries allow (the last is the ink). */
export function blendPalette(background: string, inks: readonly string[]): Palette {
  const ground = rgb(background);
  const steps = Math.floor(255 / inks.length);
  const palette: Array<readonly [number, number, number]> = [ground];
  for (const ink of inks.map(rgb)) {
    for (let step = 1; step <= steps; step++) {
      const blend = (c: 0 | 1 | 2) => Math.round(ground[c] + ((ink[c] - ground[c]) * step) / steps);
      palette.push([blend(0), blend(1), blend(2)]);
    }
  }
  return palette;
}

/**
 * A palette's nearest entry to each colour met, remembered in a small hash table kept from
 * image to image: a card has a few thousand distinct colours, mostly the same as the last card's.
 */
interface ColourTable {
  /** The palette as flat RGB triples. */
  channels: Int32Array;
  /** Per slot, a colour met (its four bytes as one Int32) and its nearest entry (-1: none yet). */
  colours: Int32Array;
  entries: Int16Array;
}
const TABLE_SLOTS = 4096;
const tables = new WeakMap<Palette, ColourTable>();

function colourTable(palette: Palette): ColourTable {
  let table = tables.get(palette);
  if (!table) {
    table = { channels: Int32Array.from(palette.flat()), colours: new Int32Array(TABLE_SLOTS), entries: new Int16Array(TABLE_SLOTS).fill(-1) };
    tables.set(palette, table);
  }
  return table;
}

function nearestEntry(channels: Int32Array, red: number, green: number, blue: number): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let at = 0; at < channels.length; at += 3) {
    const distance = (channels[at]! - red) ** 2 + (channels[at + 1]! - green) ** 2 + (channels[at + 2]! - blue) ** 2;
    if (distance < bestDistance) {
      best = at / 3;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The image's rows as PNG scanlines (filter byte 0, then one palette index a pixel). A row
 * equal to the one above is copied (most of a card's rows are ground and rule alone); within
 * a row, a pixel the colour of the last one takes its entry, and others are looked up in the
 * table (written out here, not called: this loop is most of the encoding's time).
 */
function scanlines({ data: given, width, height }: RgbaImage, palette: Palette, lines: Uint8Array): void {
  // A copy only if the pixels do not start on a 4-byte boundary (a large Buffer always does).
  const data = given.byteOffset % 4 === 0 ? given : Buffer.from(given);
  // Int32, not Uint32: V8 keeps these as small integers rather than doubles (a fifth faster here).
  const pixels = new Int32Array(data.buffer, data.byteOffset, width * height);
  const { channels, colours, entries } = colourTable(palette);
  const rowBytes = width * 4;
  const lineLength = width + 1;
  for (let y = 0; y < height; y++) {
    const line = y * lineLength;
    if (y > 0 && data.compare(data, (y - 1) * rowBytes, y * rowBytes, y * rowBytes, (y + 1) * rowBytes) === 0) {
      lines.copyWithin(line, line - lineLength, line);
      continue;
    }
    lines[line] = 0;
    let lastColour = 0;
    let lastIndex = -1;
    for (let x = 0, at = y * width; x < width; x++, at++) {
      const colour = pixels[at]!;
      if (colour !== lastColour || lastIndex < 0) {
        const slot = (colour ^ (colour >>> 11) ^ (colour >>> 19)) & (TABLE_SLOTS - 1);
        if (entries[slot]! < 0 || colours[slot] !== colour) {
          colours[slot] = colour;
          entries[slot] = nearestEntry(channels, data[at * 4]!, data[at * 4 + 1]!, data[at * 4 + 2]!);
        }
        lastColour = colour;
        lastIndex = entries[slot]!;
      }
      lines[line + 1 + x] = lastIndex;
    }
  }
}

/**
 * Scanline buffers no deflate is reading, kept for the next image: a fresh one costs the
 * kernel its pages zeroed (1 ms of a card's 2). Never more than the images once in flight.
 */
const spareLines: Uint8Array[] = [];

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body, zlib.crc32(type)));
  return Buffer.concat([head, body, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const deflate = promisify(zlib.deflate);

/**
 * The PNG, deflated on libuv's threads (so the next image can be painted meanwhile), at zlib
 * level 1 matching runs only (Z_RLE), which suits rows of flat colour. The site's 200 cards:
 * median 29 KB, largest 39 KB, against 33 and 42 KB with level 1's default matching, in the
 * same time. Level 4 was a sixth smaller than that default, in 1.7 times its time.
 */
export async function encodePalettePng(image: RgbaImage, palette: Palette): Promise<Buffer> {
  if (palette.length < 1 || palette.length > 256) throw new RangeError(`a PNG palette holds 1 to 256 colours, not ${palette.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // colour type: palette
  const size = (image.width + 1) * image.height;
  const spare = spareLines.pop();
  const lines = spare?.length === size ? spare : new Uint8Array(size);
  scanlines(image, palette, lines);
  const data = await deflate(lines, { level: 1, strategy: zlib.constants.Z_RLE });
  spareLines.push(lines);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', Buffer.from(palette.flat())), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}
