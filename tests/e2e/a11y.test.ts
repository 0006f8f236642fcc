/**
 * Accessibility in real Chromium: axe-core over every page of the built site in both colour
 * schemes, and the header used with the keyboard alone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE, axeViolations } from '../support/axe.ts';
import { browserAvailable, openPage, useBuiltSite, type OpenedPage } from '../support/browser.ts';
import { builtPages } from '../support/dist.ts';

/** What the focused element shows: a focus ring must be drawn, not just the browser's default hint. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim(),
      href: el.getAttribute('href'),
      inHeader: !!el.closest('.site-header'),
      isSearchBox: el.matches('input[type="search"], [role="searchbox"], input[type="text"]') && !!el.closest('[role="search"], search, form'),
      ringWidth: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
      onScreen: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight,
    };
  });
}

describe.runIf(browserAvailable)('accessibility', () => {
  const site = useBuiltSite();

  const pages = builtPages();
  it('walks every page of the built site', () => {
    expect(pages).toContain('/');
    expect(pages.length).toBeGreaterThan(10);
  });

  // The dark scheme changes only colours (custom properties), so there only the rules that
  // depend on colour run again; the light scheme runs every rule.
  const schemes = [
    { colorScheme: 'light', rules: undefined },
    { colorScheme: 'dark', rules: ['color-contrast', 'link-in-text-block'] },
  ] as const;
  for (const { colorScheme, rules } of schemes) {
    describe(`axe, ${colorScheme} colour scheme${rules ? ` (${rules.join(', ')})` : ''}`, () => {
      // One tab per scheme, navigated page to page, with axe loaded into every document as it
      // is created: a fresh context per page, or addScriptTag after load, costs seconds a page.
      let tab: OpenedPage;
      beforeAll(async () => {
        tab = await openPage(site, '/', { colorScheme });
        await tab.page.context().addInitScript({ path: AXE });
      });
      afterAll(async () => tab?.page.context().close());

      it.each(pages)('finds no violations on %s', async (sitePath) => {
        tab.errors.length = 0;
        await tab.page.goto(site.url + sitePath, { waitUntil: 'load' });
        expect(await axeViolations(tab.page, rules)).toEqual([]);
        expect(tab.errors).toEqual([]);
      });
    });
  }

  describe('header with the keyboard', () => {
    it('offers a skip link first, shown when focused, that moves past the header to the main content', async () => {
      const { page } = await openPage(site, '/people/frank-rubio/');
      try {
        await page.keyboard.press('Tab');
        const skip = await focused(page);
        expect(skip).toMatchObject({ tag: 'a', href: '#main', onScreen: true });
        expect(skip.ringWidth).toBeGreaterThanOrEqual(2);
        await page.keyboard.press('Enter');
        // The fragment navigation is asynchronous: page.url() can lag the key press by a frame.
        await page.waitForURL((url) => url.hash === '#main', { timeout: 2000 });
        await page.keyboard.press('Tab');
        expect((await focused(page)).inHeader).toBe(false);
      } finally {
        await page.context().close();
      }
    });

    it('reaches every navigation link and then the search box, each with a visible focus ring', async () => {
      const { page } = await openPage(site, '/');
      try {
        const navLinks = await page.locator('header nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(navLinks.length).toBeGreaterThan(0);
        const reached: string[] = [];
        let searchBox: Awaited<ReturnType<typeof focused>> | undefined;
        for (let i = 0; i < navLinks.length + 6 && !searchBox; i++) {
          await page.keyboard.press('Tab');
          const now = await focused(page);
          expect(now.inHeader || now.href === '#main', `Tab ${i + 1} left the header before the search box`).toBe(true);
          expect(now.ringWidth, `no focus ring on ${now.tag} ${now.text || now.href}`).toBeGreaterThanOrEqual(2);
          expect(now.onScreen).toBe(true);
          if (now.isSearchBox) searchBox = now;
          else if (now.href) reached.push(now.href);
        }
        expect(reached).toEqual(expect.arrayContaining(navLinks));
        expect(searchBox, 'Tab never reached the search box').toBeDefined();
      } finally {
        await page.context().close();
      }
    });

    it('on a phone, where the search box is shown before the navigation, reaches it before the navigation too', async () => {
      const { page } = await openPage(site, '/', { viewport: { width: 390, height: 844 } });
      try {
        const [searchTop, navTop] = await Promise.all(['.site-search', '.site-nav'].map((s) => page.locator(s).evaluate((el) => el.getBoundingClientRect().top)));
        expect(searchTop, 'the phone layout shows the search box above the navigation').toBeLessThan(navTop!);
        const order: string[] = [];
        for (let i = 0; i < 4 && !order.includes('search'); i++) {
          await page.keyboard.press('Tab');
          const now = await focused(page);
          order.push(now.isSearchBox ? 'search' : now.href ?? now.tag);
        }
        // Skip link, site name, then the search box: no navigation link before it.
        expect(order).toEqual(['#main', '/', 'search']);
      } finally {
        await page.context().close();
      }
    });

    it('marks the section being read in the navigation', async () => {
      const { page } = await openPage(site, '/people/frank-rubio/');
      try {
        await expect(page.locator('header nav a[aria-current="page"]').getAttribute('href')).resolves.toBe('/people/');
      } finally {
        await page.context().close();
      }
    });
  });
});
