/**
 * Offline reading in real Chromium against `astro preview` (127.0.0.1 is a secure context, so
 * the service worker runs): after one visit, after keeping the whole record, and across a new
 * deployment. The preview serves a copy of dist/ so the update test can replace it with a
 * rebuild in which one title changed. No request interception here: routed requests bypass
 * service workers, and these tests are about what the service worker does.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { snapshotSite } from '../../scripts/bench/projects.ts';
import { browserAvailable, startSite, type Site } from '../support/browser.ts';
import { allContentPaths, DIST, readPage } from '../support/dist.ts';
import { controlled, goOffline, newReader, search } from '../support/offline-reader.ts';

const titleOf = (url: string) => readPage(url).querySelector('main h1')!.textContent!.trim();

const heading = (page: Page) => page.locator('main h1').first().textContent().then((t) => t?.trim());

describe.runIf(browserAvailable)('offline reading', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-offline-'));
  const served = path.join(work, 'served');
  const site = {} as Site;
  beforeAll(async () => {
    fs.cpSync(DIST, served, { recursive: true });
    Object.assign(site, await startSite({ outDir: served }));
  });
  afterAll(async () => {
    await site.close?.();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('after one visit: search, pages read before, and a friendly page for the rest', async () => {
    const { context, page } = await newReader(site);
    await page.goto(`${site.url}/`);
    await controlled(page);
    // The home page loaded before the worker existed; the worker is asked to keep it.
    await page.waitForFunction(async () => (await caches.match('/')) !== undefined);
    expect(await search(page, site, 'coolant')).toContain('/events/soyuz-ms-22-coolant-leak-2022-12/');

    await goOffline(context);
    expect((await search(page, site, 'Rubio'))[0]).toBe('/people/frank-rubio/');
    // His page was never opened: his card says it will not open offline.
    const rubio = page.locator('.search-result', { has: page.locator('a[href="/people/frank-rubio/"]') });
    await rubio.locator('.search-result__not-kept', { hasText: 'not on this device' }).waitFor({ timeout: 10_000 });
    // A name misspelt, never searched online, still finds its entry: the list of titles is precached with the index.
    expect(await search(page, site, 'Prokopev')).toEqual([]);
    await expect(page.locator('[data-search-suggestions] a').first().getAttribute('href', { timeout: 10_000 })).resolves.toBe('/people/sergey-prokopyev/');
    await page.goto(`${site.url}/`);
    expect(await heading(page)).toBe(titleOf('/'));
    // The header's links: each collection's index opens too.
    await page.goto(`${site.url}/people/`);
    expect(await heading(page)).toBe('People');
    await page.goto(`${site.url}/sources/`);
    expect(await heading(page)).toBe('Sources');
    // Asked for without its final slash, as a link elsewhere may write it, a page kept is still found.
    await page.goto(`${site.url}/search`);
    expect(await heading(page)).toBe(titleOf('/search/'));
    // The timeline, never opened online, is stored with the shell: its chart draws from its data.
    await page.goto(`${site.url}/timeline/`);
    await page.waitForFunction(() => /^Showing \d+ of \d+ events/.test(document.querySelector('[data-status]')?.textContent ?? ''), undefined, { timeout: 10_000 });
    await page.goto(`${site.url}/people/frank-rubio/`);
    expect(await heading(page)).toBe('You are offline');
    // An address that is no page is not promised for later: the not-found page, with its suggestions, as online.
    const notFound = readPage('/404.html').querySelector('main h1')!.textContent!.trim();
    expect((await page.goto(`${site.url}/people/frank-rubo/`))?.status()).toBe(404);
    expect(await heading(page)).toBe(notFound);
    await expect(page.locator('[data-suggestions] a').first().getAttribute('href', { timeout: 10_000 })).resolves.toBe('/people/frank-rubio/');
    await page.goto(`${site.url}/no-such-page/`);
    expect(await heading(page)).toBe(notFound);
    // A file that is not stored (the feed) is not "not found": it opens once online.
    await page.goto(`${site.url}/events/feed.xml`);
    expect(await heading(page)).toBe('You are offline');
    await page.goto(`${site.url}/people/frank-rubio/`);
    await expect(page.locator('main a[href="/search/"]').count()).resolves.toBeGreaterThan(0);
    await page.locator('[data-cached-pages] a[href="/"]').waitFor();
    await context.close();
  });

  it('keeps the pages read while the worker was still installing on the first visit', async () => {
    const { context, page } = await newReader(site);
    const read = ['/', '/spacecraft/soyuz-ms-22/', '/people/dmitry-petelin/'];
    // One after another as soon as each has loaded: the first install (the precache) is still under way.
    for (const url of read) await page.goto(`${site.url}${url}`, { waitUntil: 'load' });
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await controlled(page);
    await page.waitForFunction(async (urls) => (await Promise.all(urls.map((u) => caches.match(u)))).every(Boolean), read, { timeout: 30_000 });
    await goOffline(context);
    for (const url of read) {
      await page.goto(`${site.url}${url}`);
      expect(await heading(page), url).toBe(titleOf(url));
    }
    await context.close();
  });

  it('"Keep the whole record offline" keeps every entry page and search, and removes them again', async () => {
    const { context, page } = await newReader(site);
    await page.goto(`${site.url}/offline/`);
    await controlled(page);
    const keep = page.locator('main [data-offline-keeper] button');
    await expect(keep.textContent()).resolves.toMatch(/^Keep the whole record offline \(\d+ files, \d+\.\d MB\)$/);
    await keep.click();
    await page.locator('main [data-offline-keeper] [role="status"]', { hasText: 'is kept on this device' }).waitFor({ timeout: 60_000 });
    // The footer's keeper on the same page says so too, not "Keep…" until a reload.
    await expect(page.locator('footer [data-offline-keeper] button').textContent()).resolves.toBe('Remove the offline copy');

    await goOffline(context);
    // Every entry page, in a few tabs at once (each navigation mostly waits on the browser).
    const unread = allContentPaths();
    const tabs = await Promise.all([page, ...(await Promise.all([1, 2, 3].map(() => context.newPage())))].map(async (tab, i) => {
      const read: Array<[string, string | undefined]> = [];
      for (const url of unread.filter((_, n) => n % 4 === i)) {
        await tab.goto(`${site.url}${url}`, { waitUntil: 'domcontentloaded' });
        read.push([url, await heading(tab)]);
      }
      return read;
    }));
    const read = new Map(tabs.flat());
    expect(read.size).toBe(unread.length);
    for (const url of unread) expect(read.get(url), url).toBe(titleOf(url));
    await page.goto(`${site.url}/people/frank-rubio`);
    expect(await heading(page)).toBe('Frank Rubio');
    await page.goto(`${site.url}/people/frank-rubio/index.html`);
    expect(await heading(page)).toBe('Frank Rubio');
    await page.goto(`${site.url}/data/`);
    expect(await heading(page)).toBe(titleOf('/data/'));
    // A file the record leaves out (the feed) is only not kept, not missing.
    await page.goto(`${site.url}/events/feed.xml`);
    expect(await heading(page)).toBe('You are offline');
    // With the whole record on the device, a page it does not have does not exist.
    const missing = await page.goto(`${site.url}/people/nobody-at-all/`);
    expect(missing?.status()).toBe(404);
    expect(await heading(page)).toBe(readPage('/404.html').querySelector('main h1')!.textContent!.trim());
    expect(await search(page, site, 'coolant')).toContain('/events/soyuz-ms-22-coolant-leak-2022-12/');
    // Every page is on the device: no card says otherwise.
    await page.waitForTimeout(500);
    expect(await page.locator('.search-result__not-kept').count()).toBe(0);
    // A name misspelt still finds its entry offline: the list of titles is kept with the record.
    expect(await search(page, site, 'Prokopev')).toEqual([]);
    await expect(page.locator('[data-search-suggestions] a').first().getAttribute('href', { timeout: 10_000 })).resolves.toBe('/people/sergey-prokopyev/');

    await context.setOffline(false);
    await page.goto(`${site.url}/offline/`);
    await keep.filter({ hasText: 'Remove the offline copy' }).click();
    await page.locator('main [data-offline-keeper] [role="status"]', { hasText: 'is removed' }).waitFor();
    await context.setOffline(true);
    await page.goto(`${site.url}/places/baikonur-cosmodrome/`);
    expect(await heading(page)).toBe('You are offline');
    await context.close();
  }, 180_000);

  it('offers a new deployment, and after reloading shows its pages and its index together, keeping the pages read', async () => {
    const renamed = '/places/zhezkazgan/';
    const newTitle = 'Zhezkazgan landing zone (Jezkazgan)';
    const read = '/people/anna-kikina/';
    const { context, page } = await newReader(site);
    await page.goto(`${site.url}${renamed}`);
    await controlled(page);
    await page.reload();
    expect(await heading(page)).toBe(titleOf(renamed));
    await page.goto(`${site.url}${read}`);

    // The next deployment: the same site with one title changed.
    const project = path.join(work, 'site');
    snapshotSite(process.cwd(), project);
    const entry = path.join(project, 'src/content/places/zhezkazgan.mdx');
    fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace(/^title: .*$/m, `title: ${newTitle}`));
    execFileSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', path.join(work, 'next')], { cwd: project, stdio: ['ignore', 'ignore', 'pipe'] });
    fs.rmSync(served, { recursive: true });
    fs.renameSync(path.join(work, 'next'), served);

    // Until the reader accepts, the version they are reading stays whole.
    await page.goto(`${site.url}${renamed}`);
    expect(await heading(page)).toBe(titleOf(renamed));
    const notice = page.locator('[data-update-notice]');
    await notice.getByRole('button', { name: 'Reload to see it' }).click({ timeout: 60_000 });
    await page.waitForFunction((title) => document.querySelector('main h1')?.textContent?.trim() === title, newTitle);
    expect(await search(page, site, 'Jezkazgan')).toContain(renamed);
    // A page read under the old deployment is still on the device, as the new one serves it.
    await goOffline(context);
    await page.goto(`${site.url}${read}`);
    expect(await heading(page)).toBe(titleOf(read));
    await page.goto(`${site.url}${renamed}`);
    expect(await heading(page)).toBe(newTitle);
    await context.close();
  }, 240_000);
});
