/**
 * The share card's layout, over a measure where every character is 0.6 of the type size: titles
 * wrap into at most four lines that fit, what does not fit ends in an ellipsis, the lines stack
 * without overlapping and stay clear of the footer, and the host sits at the right edge.
 */
import { describe, expect, it } from 'vitest';
import { layoutShareCard, TEXT_WIDTH, TITLE_MAX_LINES, wrapText, type CardFont, type MeasureText, type ShareCard } from '../../src/publish/share-card-layout.ts';
import { SHARE_IMAGE_SIZE } from '../../src/publish/share-paths.ts';

const measure: MeasureText = (text, font) => text.length * font.size * 0.6 + text.length * (font.letterSpacing ?? 0);
const card = (title: string, detail?: string): ShareCard => ({ kind: 'Event · anomaly', title, detail, siteName: 'Orbital Record', host: 'orbital-record.org' });
const LONG = 'Roscosmos and NASA assess the coolant leak of Soyuz MS-22 at the ISS, decide to launch Soyuz MS-23 uncrewed as its replacement, return the crew on it, and then discuss it at length in several briefings';

describe('share card layout', () => {
  it('wraps a long title into four lines that fit, the last cut with an ellipsis', () => {
    const layout = layoutShareCard(card(LONG, '14 December 2022'), measure);
    const title = layout.lines.filter((line) => line.font.size === 50);
    expect(title).toHaveLength(TITLE_MAX_LINES);
    for (const line of title) expect(measure(line.text, line.font)).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(title.at(-1)!.text.endsWith('…')).toBe(true);
    expect(LONG.startsWith(title.map((line) => line.text).join(' ').slice(0, -1).trimEnd())).toBe(true);
  });

  it('keeps a short title on one line at the largest size, in upper-case kind above it and the date below', () => {
    const layout = layoutShareCard(card('Frank Rubio', '14 December 2022'), measure);
    expect(layout.lines.map((line) => line.text)).toEqual(['EVENT · ANOMALY', 'Frank Rubio', '14 December 2022', 'Orbital Record', 'orbital-record.org']);
    expect(layout.lines[1]!.font.size).toBe(80);
  });

  it('leaves the date out when the entry has none', () => {
    expect(layoutShareCard(card('Frank Rubio'), measure).lines.map((line) => line.text)).toEqual(['EVENT · ANOMALY', 'Frank Rubio', 'Orbital Record', 'orbital-record.org']);
  });

  it('stacks the lines without overlap, above the footer, and puts the host at the right edge', () => {
    const layout = layoutShareCard(card(LONG, '14 December 2022'), measure);
    const body = layout.lines.slice(0, -2);
    const [site, host] = layout.lines.slice(-2);
    const half = (font: CardFont) => font.size / 2;
    for (let i = 1; i < body.length; i++) expect(body[i]!.y - half(body[i]!.font)).toBeGreaterThanOrEqual(body[i - 1]!.y + half(body[i - 1]!.font));
    expect(body.at(-1)!.y + half(body.at(-1)!.font)).toBeLessThan(site!.y - half(site!.font));
    expect(site!.y + half(site!.font)).toBeLessThanOrEqual(SHARE_IMAGE_SIZE.height);
    expect([host!.align, host!.x]).toEqual(['right', site!.x + TEXT_WIDTH]);
  });

  it('puts a key date too long for one line on two, split where its parts meet, above the footer', () => {
    const detail = (d: string) => {
      const layout = layoutShareCard(card('Frank Rubio', d), measure);
      const lines = layout.lines.filter((line) => line.font.size === 40);
      const site = layout.lines.at(-2)!;
      expect(lines.at(-1)!.y + 20).toBeLessThan(site.y - site.font.size / 2);
      return lines.map((line) => line.text);
    };
    expect(detail('TransportationHistory.org · Published 22 November 2022')).toEqual(['TransportationHistory.org', 'Published 22 November 2022']);
    expect(detail('24 February 2023, 00:24:29 UTC – 26 February 2023, 00:58 UTC')).toEqual(['24 February 2023, 00:24:29 UTC –', '26 February 2023, 00:58 UTC']);
    expect(detail('14 December 2022')).toEqual(['14 December 2022']);
  });

  it('cuts a single word too wide for a line', () => {
    const font: CardFont = { size: 80, weight: 700 };
    const [line] = wrapText('x'.repeat(100), font, TEXT_WIDTH, 4, measure);
    expect(line!.endsWith('…')).toBe(true);
    expect(measure(line!, font)).toBeLessThanOrEqual(TEXT_WIDTH);
  });
});
