/**
 * Link previews in real Chromium: hovering or focusing a link to an entry in a body shows a
 * card with that entry's title and summary, beside the link and never over it, described to
 * screen readers; Esc closes it. Nothing but the small loader runs before that.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { AXE, axeViolations } from '../support/axe.ts';
import { browserAvailable, openPage, useBuiltSite } from '../support/browser.ts';
import { readPage } from '../support/dist.ts';

const PAGE = '/spacecraft/soyuz-ms-22/';

/** The first link in the page's prose to a person, and what that person's page says of itself. */
async function bodyLink(page: Page): Promise<{ link: Locator; title: string; summary: string }> {
  const link = page.locator('.prose a[href^="/people/"]').first();
  const href = (await link.getAttribute('href'))!;
  const target = readPage(href);
  return { link, title: target.querySelector('main h1')!.textContent!.trim(), summary: target.querySelector('main .summary')!.textContent!.trim() };
}

/** Focuses a link as a keyboard user does: the element before it, then Tab. */
async function tabTo(page: Page, link: Locator) {
  await link.evaluate((a) => {
    const all = [...document.querySelectorAll('a[href], button, input, select, [tabindex]')];
    const before = all[all.indexOf(a) - 1];
    if (before instanceof HTMLElement) before.focus();
  });
  await page.keyboard.press('Tab');
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The open card, once it has faded in: half-way, its colours are blends and its place 3 px off. */
async function shown(page: Page) {
  const card = page.getByRole('tooltip');
  await card.waitFor({ state: 'visible', timeout: 5000 });
  await card.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
  return card;
}

describe.runIf(browserAvailable)('link previews', () => {
  const site = useBuiltSite();

  it('load nothing but the loader until a link is hovered or focused', async () => {
    const { page } = await openPage(site, PAGE);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.mouse.move(1, 1);
    await page.waitForTimeout(600);
    expect(requested.filter((p) => p.startsWith('/previews/') || /card/.test(p))).toEqual([]);
  });

  it('show the linked entry on hover, beside the link, and close on Esc', async () => {
    const opened = await openPage(site, PAGE);
    const { page } = opened;
    const { link, title, summary } = await bodyLink(page);
    await link.hover();
    const card = page.getByRole('tooltip');
    await card.waitFor({ state: 'visible', timeout: 5000 });
    expect(await card.locator('.link-preview__title').textContent()).toBe(title);
    expect(await card.locator('.link-preview__summary').textContent()).toBe(summary);
    expect(overlaps((await link.boundingBox())!, (await card.boundingBox())!)).toBe(false);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden', timeout: 2000 });
    expect(opened.errors).toEqual([]);
    expect(opened.failed).toEqual([]);
  });

  it('show it on keyboard focus too, as the link’s accessible description, and close on Esc', async () => {
    const { page } = await openPage(site, PAGE);
    const { link, title, summary } = await bodyLink(page);
    await tabTo(page, link);
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
    const card = page.getByRole('tooltip', { name: title });
    await card.waitFor({ state: 'visible', timeout: 5000 });
    expect(await link.getAttribute('aria-describedby')).toContain(await card.getAttribute('id'));
    expect(await card.textContent()).toContain(summary);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden', timeout: 2000 });
    expect(await link.getAttribute('aria-describedby')).toBeNull();
    expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
  });

  it('stay open while the pointer crosses onto the card and back, and close when it then leaves', async () => {
    const { page } = await openPage(site, PAGE);
    const { link } = await bodyLink(page);
    await link.hover();
    const card = await shown(page);
    const centre = (box: { x: number; y: number; width: number; height: number }): [number, number] => [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(...centre((await card.boundingBox())!), { steps: 5 });
    await page.waitForTimeout(400);
    expect(await card.isVisible(), 'on the card').toBe(true);
    await page.mouse.move(...centre((await link.boundingBox())!), { steps: 5 });
    await page.waitForTimeout(400);
    expect(await card.isVisible(), 'back on the link').toBe(true);
    await page.mouse.move(1, 1, { steps: 5 });
    await card.waitFor({ state: 'hidden', timeout: 2000 });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    // Every rule in both schemes: the open card is painted in the scheme's colours, and it must
    // sit in a landmark like the rest of the page (axe's `region`).
    it(`leave axe nothing to report while one is open, ${colorScheme} colour scheme`, async () => {
      const { page } = await openPage(site, PAGE, { colorScheme });
      await page.addScriptTag({ path: AXE });
      await (await bodyLink(page)).link.hover();
      await shown(page);
      expect(await axeViolations(page)).toEqual([]);
      // Opened from the infobox, which is a landmark inside the main one.
      await page.keyboard.press('Escape');
      await tabTo(page, page.locator('.infobox a[href^="/people/"]').first());
      await shown(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('stay beside the link when the page scrolls, and inside the screen at its edge on a phone', async () => {
    const { page } = await openPage(site, PAGE, { viewport: { width: 390, height: 844 } });
    // The entry link nearest the right edge of the screen.
    const links = page.locator('main a[href^="/people/"], main a[href^="/spacecraft/"], main a[href^="/organizations/"]');
    const rights = await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().right));
    const link = links.nth(rights.indexOf(Math.max(...rights)));
    await tabTo(page, link);
    const card = await shown(page);
    const offset = async () => {
      const [l, c] = [(await link.boundingBox())!, (await card.boundingBox())!];
      return { dx: c.x - l.x, dy: c.y - l.y, card: c, link: l };
    };
    const before = await offset();
    expect(overlaps(before.link, before.card)).toBe(false);
    expect(before.card.x).toBeGreaterThanOrEqual(0);
    expect(before.card.x + before.card.width).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
    await page.evaluate(() => window.scrollBy(0, 150));
    const after = await offset();
    expect(after.link.y).not.toBe(before.link.y);
    expect({ dx: after.dx, dy: after.dy }).toEqual({ dx: before.dx, dy: before.dy });
  });
});
