/**
 * The share cards' font: Inter, from the @fontsource/inter package (never a system or web
 * font), every subset it has, each as a family of its own so that Skia takes each glyph from
 * the subset that holds it (one family name would let Skia fall back to a system font). The
 * package's list of each subset's Unicode ranges says which characters a card can draw; any
 * other (Japanese, an emoji) would be an empty box, and the build says so.
 */
import fs from 'node:fs';
import { projectRequire } from './project-packages.ts';

/** In the order Skia should look in them: Latin first. */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;
export const FONT_WEIGHTS = [400, 700] as const;

export const fontFamily = (subset: string) => `Inter ${subset}`;

function fontFile(subset: string, weight: number): string {
  return projectRequire.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`);
}

/**
 * Every file a card is drawn with, in the order Skia looks in them: the painter registers
 * these, and the image cache's key hashes these, so the two never disagree on the fonts.
 */
export function cardFontFiles(): Array<{ family: string; weight: number; file: string }> {
  return FONT_SUBSETS.flatMap((subset) => FONT_WEIGHTS.map((weight) => ({ family: fontFamily(subset), weight, file: fontFile(subset, weight) })));
}

let covered: Array<readonly [number, number]> | undefined;

/** Code point ranges the subsets cover, from the package's unicode.json ("U+0400-045F,U+2116"). */
function coveredRanges(): ReadonlyArray<readonly [number, number]> {
  if (!covered) {
    const bySubset = JSON.parse(fs.readFileSync(projectRequire.resolve('@fontsource/inter/unicode.json'), 'utf8')) as Record<string, string>;
    covered = FONT_SUBSETS.flatMap((subset) =>
      (bySubset[subset] ?? '').split(',').map((range) => {
        const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-') as [string, string?];
        return [Number.parseInt(from, 16), Number.parseInt(to, 16)] as const;
      }),
    );
  }
  return covered;
}

/** The characters of a text that the cards' font cannot draw, each once, in order. */
export function undrawable(text: string): string[] {
  // Latin-1 alone, as most titles are: all of it is in the Latin subset.
  if (/^[\u0000-\u00ff]*$/.test(text)) return [];
  const ranges = coveredRanges();
  const missing = [...text].filter((character) => {
    const code = character.codePointAt(0)!;
    return !ranges.some(([from, to]) => code >= from && code <= to);
  });
  return [...new Set(missing)];
}
