/**
 * Where everything on a share card goes: the blue rule, then the kind, the title wrapped to
 * at most four lines, the key date (a source's publisher first; two lines if it needs them and
 * the title leaves room), and the site's name and host
 * along the bottom. Pure layout over a text-measuring function, so it is tested without
 * drawing; share-image.ts paints what it returns.
 */
import { SHARE_IMAGE_SIZE } from './share-paths.ts';

export interface ShareCard {
  /** "Person", "Event · anomaly". */
  kind: string;
  title: string;
  /** The line under the title: the entry's key date as the page prints it; a source's publisher first. */
  detail?: string | undefined;
  /** "Orbital Record". */
  siteName: string;
  /** The site's host, e.g. "orbital-record.org". */
  host: string;
}

export const SHARE_CARD_COLORS = { background: '#f5f7fb', ink: '#0f1b2d', muted: '#3d4b60', accent: '#1d4ed8' } as const;

/** A CSS font: the painter adds the family. */
export interface CardFont {
  size: number;
  weight: 400 | 700;
  /** Extra space between letters, in pixels. */
  letterSpacing?: number;
}

/** One line of text; `y` is the middle of its line box. */
export interface CardLine {
  text: string;
  font: CardFont;
  color: string;
  x: number;
  y: number;
  align: 'left' | 'right';
}

export interface CardLayout {
  rule: { x: number; y: number; width: number; height: number };
  lines: CardLine[];
}

/** How wide a text is in a font, in pixels (the painter's own measure). */
export type MeasureText = (text: string, font: CardFont) => number;

const RULE_WIDTH = 24;
const PADDING = { top: 64, bottom: 64, left: 72, right: 72 };
const LEFT = RULE_WIDTH + PADDING.left;
const RIGHT = SHARE_IMAGE_SIZE.width - PADDING.right;
/** The width every line must fit in. */
export const TEXT_WIDTH = RIGHT - LEFT;
export const TITLE_MAX_LINES = 4;
const ELLIPSIS = '…';

const KIND: CardFont = { size: 36, weight: 700, letterSpacing: 2 };
const DETAIL: CardFont = { size: 40, weight: 400 };
const FOOTER: CardFont = { size: 34, weight: 400 };
/** Line boxes: 1.2 × the size for single lines (the browser's "normal"), tighter for the title. */
const NORMAL_LEADING = 1.2;
const TITLE_LEADING = 1.12;
const GAP = { title: 24, detail: 28, footer: 16 };

/** Smaller type for longer titles, so every title fits in four lines at most. */
export function titleFont(title: string): CardFont {
  if (title.length <= 32) return { size: 80, weight: 700 };
  if (title.length <= 70) return { size: 64, weight: 700 };
  return { size: 50, weight: 700 };
}

/** The longest start of `text` that fits with an ellipsis after it. */
function clip(text: string, font: CardFont, width: number, measure: MeasureText): string {
  let end = text.length;
  while (end > 0 && measure(`${text.slice(0, end).trimEnd()}${ELLIPSIS}`, font) > width) end--;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/**
 * Words filled line by line into `width`; past `maxLines` the last line ends with an
 * ellipsis, and so does a single word too wide for a line of its own.
 */
export function wrapText(text: string, font: CardFont, width: number, maxLines: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  const words = text.split(/\s+/).filter(Boolean);
  let line = '';
  for (const [i, word] of words.entries()) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate, font) <= width) {
      line = candidate;
      continue;
    }
    lines.push(line);
    if (lines.length === maxLines) {
      // What does not fit goes into the last line, cut with an ellipsis.
      lines[maxLines - 1] = clip(`${line} ${words.slice(i).join(' ')}`, font, width, measure);
      return lines;
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines.map((l) => (measure(l, font) > width ? clip(l, font, width, measure) : l));
}

/**
 * The key date on one line or, when it is too long for one ("24 February 2023, 00:24:29 UTC –
 * 26 February 2023, 00:58 UTC") and there is room, on two: cut where its parts meet rather than
 * inside a date, so the year is never the part an ellipsis hides.
 */
function detailLines(detail: string, room: number, measure: MeasureText): string[] {
  if (room < 2 || measure(detail, DETAIL) <= TEXT_WIDTH) return wrapText(detail, DETAIL, TEXT_WIDTH, 1, measure);
  const fits = (line: string) => measure(line, DETAIL) <= TEXT_WIDTH;
  // "Publisher · Published 22 November 2022": the publisher above the date.
  const dot = detail.indexOf(' · ');
  if (dot > 0 && fits(detail.slice(0, dot)) && fits(detail.slice(dot + 3))) return [detail.slice(0, dot), detail.slice(dot + 3)];
  // A span: its start, with the dash, above its end.
  const dash = detail.lastIndexOf(' – ');
  if (dash > 0 && fits(detail.slice(0, dash + 2)) && fits(detail.slice(dash + 3))) return [detail.slice(0, dash + 2), detail.slice(dash + 3)];
  return wrapText(detail, DETAIL, TEXT_WIDTH, 2, measure);
}

export function layoutShareCard(card: ShareCard, measure: MeasureText): CardLayout {
  const lines: CardLine[] = [];
  let top = PADDING.top;
  const add = (text: string, font: CardFont, color: string, leading: number) => {
    const height = font.size * leading;
    lines.push({ text, font, color, x: LEFT, y: top + height / 2, align: 'left' });
    top += height;
  };

  add(wrapText(card.kind.toUpperCase(), KIND, TEXT_WIDTH, 1, measure)[0] ?? '', KIND, SHARE_CARD_COLORS.accent, NORMAL_LEADING);
  top += GAP.title;
  const title = titleFont(card.title);
  for (const line of wrapText(card.title, title, TEXT_WIDTH, TITLE_MAX_LINES, measure)) add(line, title, SHARE_CARD_COLORS.ink, TITLE_LEADING);
  // The footer sits on the bottom padding: the site's name at the left, its host at the right.
  const footerY = SHARE_IMAGE_SIZE.height - PADDING.bottom - (FOOTER.size * NORMAL_LEADING) / 2;
  if (card.detail) {
    top += GAP.detail;
    const room = Math.floor((footerY - (FOOTER.size * NORMAL_LEADING) / 2 - GAP.footer - top) / (DETAIL.size * NORMAL_LEADING));
    for (const line of detailLines(card.detail, room, measure)) add(line, DETAIL, SHARE_CARD_COLORS.muted, NORMAL_LEADING);
  }

  lines.push({ text: card.siteName, font: { ...FOOTER, weight: 700 }, color: SHARE_CARD_COLORS.ink, x: LEFT, y: footerY, align: 'left' });
  lines.push({ text: card.host, font: FOOTER, color: SHARE_CARD_COLORS.muted, x: RIGHT, y: footerY, align: 'right' });

  return { rule: { x: 0, y: 0, width: RULE_WIDTH, height: SHARE_IMAGE_SIZE.height }, lines };
}
