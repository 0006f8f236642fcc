/**
 * Phones in real Chromium: at 320 px (the width WCAG's reflow criterion names) nothing makes
 * the page scroll sideways, and at 390 px the header leaves the page's title in the first
 * quarter of the screen.
 */
import { describe, expect, it } from 'vitest';
import { AXE, axeViolations } from '../support/axe.ts';
import { browserAvailable, openPage, useBuiltSite } from '../support/browser.ts';
import { allContentPaths, builtPages } from '../support/dist.ts';

/** One built page of each kind (its first folder and depth: "/data/", an entry, a "links" page …), and a search and a 404. */
const kinds = new Map<string, string>();
for (const path of builtPages().filter((p) => p.endsWith('/'))) {
  const folders = path.split('/').filter(Boolean);
  const kind = `${folders[0] ?? ''}/${folders.length}`;
  if (!kinds.has(kind)) kinds.set(kind, path);
}
const PAGES = [...new Set(['/spacecraft/soyuz-ms-22/', ...kinds.values(), '/search/?q=Soyuz', '/people/frank-rubo/'])];

describe.runIf(browserAvailable)('on a phone', () => {
  const site = useBuiltSite();

  it.each(PAGES)('%s reflows at 320 px: no sideways scrolling, the header search box and button inside the screen', async (path) => {
    const { page } = await openPage(site, path, { viewport: { width: 320, height: 640 } });
    const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(width.page).toBeLessThanOrEqual(width.screen);
    for (const part of ['.header-search input', '.header-search button']) {
      const box = (await page.locator(part).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width.screen);
    }
    await page.context().close();
  });

  it('at 320 px wraps a long unbroken search, said back in the status, inside the screen', async () => {
    const { page } = await openPage(site, `/search/?q=${'a'.repeat(200)}`, { viewport: { width: 320, height: 640 } });
    await page.locator('[data-search-status]', { hasText: 'No results' }).waitFor();
    const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(width.page).toBeLessThanOrEqual(width.screen);
    await page.context().close();
  });

  it('at 390 px shows the /data/ table of files whole, without scrolling its box sideways', async () => {
    const { page } = await openPage(site, '/data/', { viewport: { width: 390, height: 844 } });
    const box = await page.locator('.table-scroll').evaluate((el) => ({ content: el.scrollWidth, shown: el.clientWidth }));
    expect(box.content).toBeLessThanOrEqual(box.shown);
    await page.context().close();
  });

  it('at 390 px shows the first search result on the first screen, the filters folded above it and one tap away', async () => {
    const { page } = await openPage(site, '/search/?q=coolant', { viewport: { width: 390, height: 844 } });
    const first = page.locator('[data-search-results] [data-result-link]').first();
    await first.waitFor();
    expect((await first.boundingBox())!.y).toBeLessThan(844 * 0.75);
    const filter = page.getByRole('checkbox', { name: /^event/ });
    expect(await filter.isVisible()).toBe(false);
    await page.getByText('Filter', { exact: true }).click();
    await filter.check();
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.shows?.includes('type=event'));
    await expect(page.locator('[data-search-filter-box] summary').textContent()).resolves.toBe('Filter (1 chosen)');
    await page.context().close();
  });

  it('at 390 px shows an entry page title in the first quarter of the screen', async () => {
    const { page } = await openPage(site, '/spacecraft/soyuz-ms-22/', { viewport: { width: 390, height: 844 } });
    const title = (await page.locator('h1').boundingBox())!;
    expect(title.y).toBeLessThanOrEqual(844 / 4);
    await page.context().close();
  });

  it('at 390 px draws the mini timeline\'s dates at least 10 px tall, each clear of the heading above', async () => {
    const { page } = await openPage(site, '/spacecraft/soyuz-ms-22/', { viewport: { width: 390, height: 844 } });
    const labels = await page.locator('.mini-timeline__axis text').filter({ visible: true }).evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
    const heading = (await page.locator('#timeline').boundingBox())!;
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) {
      expect(label.height).toBeGreaterThanOrEqual(10);
      expect(label.top).toBeGreaterThanOrEqual(heading.y + heading.height);
    }
    await page.context().close();
  });

  it('at 390 px gives every link and control of an entry page room for a finger (axe target-size, the whole page in view)', async () => {
    // axe runs target-size only when asked, and judges only targets on screen: the viewport is made as tall as the page.
    const entries = allContentPaths().filter((p) => !p.startsWith('/sources/'));
    expect(entries).toContain('/events/nasa-roscosmos-seat-swap-2022/');
    const { page } = await openPage(site, '/', { viewport: { width: 390, height: 844 } });
    await page.context().addInitScript({ path: AXE });
    const found: string[] = [];
    for (const path of [...entries, '/sources/tass-1681263/']) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(site.url + path, { waitUntil: 'load' });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 390, height });
      found.push(...(await axeViolations(page, ['target-size'])).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
    await page.context().close();
  });
});
