/**
 * Link previews in real Chromium: hovering or focusing a link to an entry in a body shows a
 * card with that entry's title and summary, beside the link and never over it, described to
 * screen readers; Esc closes it. Nothing but the small loader runs before that.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
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

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
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
    // Tab onto the link as a keyboard user does: focus the element before it, then Tab.
    await link.evaluate((a) => {
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, [tabindex]')];
      all[all.indexOf(a as HTMLElement) - 1]?.focus();
    });
    await page.keyboard.press('Tab');
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
});
