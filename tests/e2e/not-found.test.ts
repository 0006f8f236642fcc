/** A wrong address in a real browser against `astro preview`: the site's 404 page, with the nearest entries. */
import { describe, expect, it } from 'vitest';
import { browserAvailable, openPage, useBuiltSite } from '../support/browser.ts';

describe.skipIf(!browserAvailable)('the not-found page', () => {
  const site = useBuiltSite();

  it('answers /people/frank-rubo/ with 404, the header and search box, and Frank Rubio suggested', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.url}/people/frank-rubo/`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Page not found');
    expect(await page.locator('header form[role="search"] input[type="search"]').count()).toBe(1);
    expect(await page.locator('[data-asked-path]').textContent()).toBe('/people/frank-rubo/');
    const first = page.locator('[data-suggestions] li a').first();
    await first.waitFor({ state: 'visible' });
    expect(await first.textContent()).toBe('Frank Rubio');
    expect(await first.getAttribute('href')).toBe('/people/frank-rubio/');
    await context.close();
  });

  it('tells an entry from a source of the same name by what each is', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/spacecraft/soyuz-ms22/`);
    const items = page.locator('[data-suggestions] li');
    await items.first().waitFor({ state: 'visible' });
    const shown = await items.allInnerTexts();
    expect(shown[0]).toBe('Soyuz MS-22 · spacecraft');
    expect(shown.filter((text) => text.startsWith('Soyuz MS-22 ')).some((text) => /^Soyuz MS-22 · source, .+$/.test(text))).toBe(true);
    expect(new Set(shown).size).toBe(shown.length);
    await context.close();
  });

  it('suggests an entry for an address typed in its own script: /people/прокопьев/', async () => {
    const { page } = await openPage(site, '/people/прокопьев/');
    const first = page.locator('[data-suggestions] li a').first();
    await first.waitFor({ state: 'visible' });
    expect(await first.getAttribute('href')).toBe('/people/sergey-prokopyev/');
    await page.context().close();
  });

  it('answers an address without its final slash as a static host does: the page, or the site\'s 404 page', async () => {
    const { page } = await openPage(site, '/people/frank-rubio', { javaScript: false });
    expect(await page.locator('h1').textContent()).toBe('Frank Rubio');
    const response = await page.goto(`${site.url}/people/frank-rubo`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('main h1').textContent()).toBe('Page not found');
    await page.context().close();
  });

  it('without JavaScript still offers the collections', async () => {
    const { page } = await openPage(site, '/no-such-page/', { javaScript: false });
    expect(await page.locator('main h1').textContent()).toBe('Page not found');
    expect(await page.locator('main a[href="/people/"]').count()).toBe(1);
    await page.context().close();
  });
});
