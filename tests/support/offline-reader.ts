/**
 * A reader with service workers allowed, for the offline tests: a fresh context, the wait
 * until this site's worker controls the page, and a search run from the URL.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Site } from './browser.ts';

export async function newReader(site: Site): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
}

/** Until the service worker of this site controls the page (its install, the precache, is done). */
export async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Opens the search page on `query` and waits until its results and filter counts are shown. */
export async function openSearch(page: Page, site: Site, query: string) {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.shows === `q=${q}`, query, { timeout: 30_000 });
}

/** The paths of the results a search shows, in order. */
export async function search(page: Page, site: Site, query: string): Promise<string[]> {
  await openSearch(page, site, query);
  return page.locator('[data-search-results] [data-result-link]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * Cuts the reader off the network as a browser offline does. Chromium under Playwright keeps
 * `navigator.onLine` true when the context is set offline, where a real browser says false:
 * pages opened from now on are told the truth.
 */
export async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'onLine', { get: () => false }));
}
