/**
 * Offline search on a site whose search index is over the precache limit, in real Chromium.
 * There the service worker leaves result fragments to the browser while online (its relay
 * cost about 100 ms per search) and keeps them once the results are painted; these tests check
 * that a search done online still shows its results, excerpts included, offline, and also when
 * the site stops answering while the browser still says it is online. The site is
 * this build made large: a copy of dist/ with a filler file in its index, and the service
 * worker written again for it by the build's own step.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { INDEX_PRECACHE_LIMIT } from '../../src/offline/cache-rules.ts';
import { writeServiceWorker } from '../../src/offline/service-worker-build.ts';
import { browserAvailable, startSite, type Site } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { controlled, newReader, openSearch } from '../support/offline-reader.ts';

/** What a reader sees of each result: its link and its excerpt. */
async function shownResults(page: Page, site: Site, query: string) {
  await openSearch(page, site, query);
  return page.locator('[data-search-results] .search-result').evaluateAll((items) =>
    items.map((item) => ({
      path: new URL(item.querySelector<HTMLAnchorElement>('[data-result-link]')!.href).pathname,
      excerpt: item.querySelector('.search-result__excerpt')?.textContent?.trim() ?? '',
    })),
  );
}

/** Result fragments in this site's caches (Cache Storage, as the worker left it). */
const cachedFragments = (page: Page) =>
  page.evaluate(async () => {
    let count = 0;
    for (const name of await caches.keys()) {
      count += (await (await caches.open(name)).keys()).filter((request) => new URL(request.url).pathname.startsWith('/pagefind/fragment/')).length;
    }
    return count;
  });

describe.runIf(browserAvailable)('offline search on a site whose index is not precached', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-offline-large-'));
  const served = path.join(work, 'served');
  const site = {} as Site;
  beforeAll(async () => {
    fs.cpSync(DIST, served, { recursive: true });
    fs.writeFileSync(path.join(served, 'pagefind/fragment/filler.pf_fragment'), Buffer.alloc(INDEX_PRECACHE_LIMIT + 1));
    const report = await writeServiceWorker(served);
    expect(report.indexPrecached).toBe(false);
    Object.assign(site, await startSite({ outDir: served }));
  });
  afterAll(async () => {
    await site.close?.();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('a search done online shows the same results, with their excerpts, offline', async () => {
    const { context, page } = await newReader(site);
    const relayed: string[] = [];
    context.on('response', (response) => {
      if (response.url().includes('/pagefind/fragment/') && response.fromServiceWorker()) relayed.push(response.url());
    });
    await page.goto(`${site.url}/search/`);
    await controlled(page);

    const online = await shownResults(page, site, 'coolant');
    expect(online.map((r) => r.path)).toContain('/events/soyuz-ms-22-coolant-leak-2022-12/');
    // Online, the fragments came from the network, not through the worker.
    expect(relayed).toEqual([]);
    // Kept once painted, off the path to the results.
    await expect.poll(() => cachedFragments(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(online.length);

    await context.setOffline(true);
    const offline = await shownResults(page, site, 'coolant');
    expect(offline).toEqual(online);
    for (const result of offline) expect(result.excerpt, result.path).not.toBe('');
    await context.close();
  });

  it('shows a search done before when the site stops answering though the browser says it is online', async () => {
    // A server of its own, stopped below; the browser's network stays up, so navigator.onLine stays true.
    const own = await startSite({ outDir: served });
    try {
      const { page } = await newReader(own);
      await page.goto(`${own.url}/search/`);
      await controlled(page);
      const online = await shownResults(page, own, 'spacewalk');
      expect(online.length).toBeGreaterThan(0);
      await expect.poll(() => cachedFragments(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(online.length);

      await own.stopServer();
      expect(await page.evaluate(() => navigator.onLine)).toBe(true);
      expect(await shownResults(page, own, 'spacewalk')).toEqual(online);
    } finally {
      await own.close();
    }
  });
});
