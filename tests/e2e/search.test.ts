/**
 * Search in real Chromium against the built site, with every request to another host blocked
 * and recorded: ranking of names and words, filters, the URL as state, keyboard use, axe.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, openPage, useBuiltSite, type OpenedPage, type Site } from '../support/browser.ts';
import { readPage } from '../support/dist.ts';

const AXE = path.resolve('node_modules/axe-core/axe.min.js');

/** The page's own title for an entry, read from the built page rather than assumed. */
function titleOf(url: string): string {
  return readPage(url).querySelector('h1')!.textContent!.trim();
}

async function searchFor(site: Site, query: string): Promise<OpenedPage> {
  const opened = await openPage(site, `/search/?${query}`);
  await waitForResults(opened.page, query);
  return opened;
}

/** The page marks the list with the state it shows once a search has finished. */
async function waitForResults(page: Page, query: string) {
  const expected = new URLSearchParams(query);
  expected.sort();
  try {
    await page.waitForFunction((want) => {
      const shows = document.querySelector<HTMLElement>('[data-search-results]')?.dataset.shows;
      if (shows === undefined) return false;
      const got = new URLSearchParams(shows);
      got.sort();
      return got.toString() === want;
    }, expected.toString(), { timeout: 45_000 });
  } catch (error) {
    const status = await page.locator('[data-search-status]').textContent();
    throw new Error(`no results for ${query}; the page says: ${status}`, { cause: error });
  }
}

async function resultLinks(page: Page): Promise<Array<{ title: string; href: string }>> {
  return page.locator('[data-search-results] [data-result-link]').evaluateAll((links) =>
    links.map((a) => ({ title: a.textContent ?? '', href: new URL((a as HTMLAnchorElement).href).pathname })),
  );
}

function expectNothingLeft(opened: OpenedPage) {
  expect(opened.offsite).toEqual([]);
  expect(opened.failed).toEqual([]);
  expect(opened.errors).toEqual([]);
}

describe.runIf(browserAvailable)('search', () => {
  const site = useBuiltSite();

  it('puts the coolant leak event in the top three for "coolant", with its card', async () => {
    const opened = await searchFor(site, 'q=coolant');
    const top = (await resultLinks(opened.page)).slice(0, 3).map((r) => r.href);
    expect(top).toContain('/events/soyuz-ms-22-coolant-leak-2022-12/');
    const card = opened.page.locator('.search-result', { has: opened.page.locator('a[href="/events/soyuz-ms-22-coolant-leak-2022-12/"]') });
    await expect(card.locator('.search-badge').textContent()).resolves.toBe('event');
    expect(await card.locator('.search-result__date').textContent()).toMatch(/2022/);
    expect(await card.locator('.search-result__summary').textContent()).toBe(readPage('/events/soyuz-ms-22-coolant-leak-2022-12/').querySelector('.summary')!.textContent);
    expect((await card.locator('.search-result__excerpt mark').allTextContents()).map((t) => t.toLowerCase())).toContain('coolant');
    expectNothingLeft(opened);
  });

  // Every Russian in the record, by the surname as Russian writes it (Крикалев without its ё, as most people type it).
  it.each([
    ['Прокопьев', '/people/sergey-prokopyev/'],
    ['Петелин', '/people/dmitry-petelin/'],
    ['Кикина', '/people/anna-kikina/'],
    ['Борисов', '/people/yuri-borisov/'],
    ['Рогозин', '/people/dmitry-rogozin/'],
    ['Крикалев', '/people/sergei-krikalev/'],
    ['Баканов', '/people/dmitry-bakanov/'],
  ])('finds %s first, by the name in Cyrillic', async (query, href) => {
    const opened = await searchFor(site, `q=${encodeURIComponent(query)}`);
    expect((await resultLinks(opened.page))[0]).toEqual({ title: titleOf(href), href });
    expectNothingLeft(opened);
  });

  it('puts Frank Rubio first for "Rubio"', async () => {
    const opened = await searchFor(site, 'q=Rubio');
    expect((await resultLinks(opened.page))[0]?.href).toBe('/people/frank-rubio/');
    expectNothingLeft(opened);
  });

  it('searches a shared link that carries parameters of its own (utm_source, fbclid) as if they were not there', async () => {
    const opened = await openPage(site, '/search/?q=Rubio&utm_source=newsletter&fbclid=IwAR0abc');
    await waitForResults(opened.page, 'q=Rubio');
    expect((await resultLinks(opened.page))[0]?.href).toBe('/people/frank-rubio/');
    expect(await opened.page.locator('[data-search-status]').textContent()).not.toContain('filtered');
    expectNothingLeft(opened);
  });

  it.each([
    ['ms22', '/spacecraft/soyuz-ms-22/'],
    ['Soyuz MS22', '/spacecraft/soyuz-ms-22/'],
    ['Progress MS21', '/spacecraft/progress-ms-21/'],
  ])('finds "%s", a name typed without its hyphen, with the entry of that name near the top (%s)', async (query, href) => {
    const opened = await searchFor(site, `q=${encodeURIComponent(query)}`);
    const found = await resultLinks(opened.page);
    expect(found.length).toBeGreaterThan(1);
    expect(found.slice(0, 3).map((r) => r.href)).toContain(href);
    expectNothingLeft(opened);
  });

  it('answers a question by the words that are not the question\'s own ("why did the Soyuz leak")', async () => {
    const opened = await searchFor(site, `q=${encodeURIComponent('why did the Soyuz leak')}`);
    const top = (await resultLinks(opened.page)).slice(0, 3).map((r) => r.href);
    expect(top).toContain('/events/soyuz-ms-22-coolant-leak-2022-12/');
    expectNothingLeft(opened);
  });

  it('offers the nearest names when nothing is found under the filters chosen', async () => {
    const opened = await searchFor(site, 'q=Prokopev&type=person');
    const suggestion = opened.page.locator('[data-search-suggestions]');
    await suggestion.getByRole('link').first().waitFor();
    expect(await suggestion.getByRole('link').first().getAttribute('href')).toBe('/people/sergey-prokopyev/');
    expectNothingLeft(opened);
  });

  it('says how many the query finds without the filters, when the filters leave none', async () => {
    const opened = await searchFor(site, 'q=Zhezkazgan&type=organization');
    expect(await resultLinks(opened.page)).toEqual([]);
    await expect(opened.page.locator('[data-search-status]').textContent()).resolves.toMatch(/^No results for “Zhezkazgan”, filtered by type: organization\. Without the filters: \d+ results?\.$/);
    expectNothingLeft(opened);
  });

  // Pagefind, not finding a word, searches the longest start of it that is a word somewhere ("xyzzyqq" the "X" of "on X").
  it.each(['xyzzyqq', 'asdf', 'Rubio xyzzyqq'])('finds nothing for "%s", a word the record does not have, and counts nothing under any filter', async (query) => {
    const opened = await searchFor(site, `q=${encodeURIComponent(query)}`);
    const { page } = opened;
    expect(await resultLinks(page)).toEqual([]);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toBe(`No results for “${query}”.`);
    const counts = await page.locator('[data-search-filters] .search-filter__count').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.filter((c) => c !== '(0)')).toEqual([]);
    expectNothingLeft(opened);
  });

  it.each([
    ['Prokopev', '/people/sergey-prokopyev/'],
    ['Baikonour', '/places/baikonur-cosmodrome/'],
    ['Frank Rubo', '/people/frank-rubio/'],
    ['Рогозн', '/people/dmitry-rogozin/'],
  ])('for "%s", found nowhere, suggests the entry nearest in name first (%s)', async (query, nearest) => {
    const opened = await searchFor(site, `q=${encodeURIComponent(query)}`);
    const { page } = opened;
    await expect(page.locator('[data-search-status]').textContent()).resolves.toBe(`No results for “${query}”.`);
    const suggestion = page.locator('[data-search-suggestions]');
    await suggestion.getByRole('link').first().waitFor();
    await expect(suggestion.innerText()).resolves.toMatch(/^Did you mean\n/);
    expect(await suggestion.getByRole('link').first().getAttribute('href')).toBe(nearest);
    expect(await suggestion.getByRole('link').first().textContent()).toBe(titleOf(nearest));
    // What each is, after its name: an entry and a source of one name read differently.
    const lines = (await suggestion.locator('li').allInnerTexts());
    expect(lines[0]).toBe(`${titleOf(nearest)} · ${nearest.split('/')[1] === 'people' ? 'person' : 'place'}`);
    expect(new Set(lines).size).toBe(lines.length);
    expectNothingLeft(opened);
  });

  it('suggests nothing for a word far from every name, and takes a suggestion away once something is found', async () => {
    const opened = await searchFor(site, 'q=xyzzyqq');
    const { page } = opened;
    await page.waitForTimeout(500);
    expect(await page.locator('[data-search-suggestions]').isVisible()).toBe(false);
    await page.locator('#search-q').fill('Prokopev');
    await page.locator('#search-q').press('Enter');
    await page.locator('[data-search-suggestions] a').first().waitFor();
    await page.locator('#search-q').fill('Prokopyev');
    await page.locator('#search-q').press('Enter');
    await waitForResults(page, 'q=Prokopyev');
    expect(await page.locator('[data-search-suggestions]').isVisible()).toBe(false);
    expect((await resultLinks(page))[0]?.href).toBe('/people/sergey-prokopyev/');
    expectNothingLeft(opened);
  });

  it('never shows a card its summary twice: a source, whose only text is its summary, shows it once, marked', async () => {
    const opened = await searchFor(site, 'q=Soyuz+MS-22&type=source');
    const cards = await opened.page.locator('[data-search-results] > li').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        summary: li.querySelector('.search-result__summary')?.textContent ?? '',
        excerpt: li.querySelector('.search-result__excerpt')?.textContent ?? '',
        marked: li.querySelectorAll('.search-result__excerpt mark').length,
      })),
    );
    const sources = cards.filter((c) => c.href.startsWith('/sources/'));
    expect(sources.length).toBeGreaterThan(0);
    expect(cards.filter((c) => c.summary.trim() === c.excerpt.trim())).toEqual([]);
    for (const source of sources) expect(source.marked).toBeGreaterThan(0);
    expectNothingLeft(opened);
  });

  it('searches what a reader typed and stopped at, even when it ends in a single digit ("Falcon 9"), without Enter', async () => {
    const opened = await openPage(site, '/search/');
    const { page } = opened;
    await page.locator('[data-search-app]:not([hidden])').waitFor();
    await page.locator('#search-q').pressSequentially('Falcon 9', { delay: 50 });
    await waitForResults(page, 'q=Falcon+9');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Falcon 9');
    expect((await resultLinks(page))[0]?.href).toBe('/spacecraft/falcon-9/');
    expectNothingLeft(opened);
  });

  it('narrows results to people with the type filter, and the URL restores the same results', async () => {
    const opened = await searchFor(site, 'q=Soyuz');
    const { page } = opened;
    const total = async () => Number(/^(\d+) results?/.exec((await page.locator('[data-search-status]').textContent()) ?? '')?.[1]);
    const unfiltered = await total();
    const person = page.getByRole('checkbox', { name: /^person/ });
    const count = Number(/\((\d+)\)/.exec((await page.locator(`label[for="${await person.getAttribute('id')}"]`).textContent()) ?? '')?.[1]);
    await person.check();
    await waitForResults(page, 'q=Soyuz&type=person');
    const people = await resultLinks(page);
    expect(people.length).toBeGreaterThan(0);
    expect(await total()).toBe(count);
    expect(count).toBeLessThan(unfiltered);
    expect(people.every((r) => r.href.startsWith('/people/'))).toBe(true);
    expect(new URL(page.url()).search).toBe('?q=Soyuz&type=person');

    const restored = await searchFor(site, 'q=Soyuz&type=person');
    expect(await restored.page.getByRole('checkbox', { name: /^person/ }).isChecked()).toBe(true);
    await expect(restored.page.locator('#search-q').inputValue()).resolves.toBe('Soyuz');
    expect(await resultLinks(restored.page)).toEqual(people);
    expectNothingLeft(opened);
    expectNothingLeft(restored);
  });

  it('goes Back to the search before, typed or filtered, and to the results "Show more" had shown', async () => {
    const opened = await searchFor(site, 'q=Soyuz');
    const { page } = opened;
    const soyuz = await resultLinks(page);
    await page.locator('[data-search-more]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 10);
    const shownMore = await resultLinks(page);

    await page.locator('#search-q').fill('');
    await page.locator('#search-q').pressSequentially('coolant', { delay: 50 });
    await waitForResults(page, 'q=coolant');
    await page.getByRole('checkbox', { name: /^event/ }).check();
    await waitForResults(page, 'q=coolant&type=event');

    await page.goBack();
    await waitForResults(page, 'q=coolant');
    expect(await page.getByRole('checkbox', { name: /^event/ }).isChecked()).toBe(false);
    await page.goBack();
    await waitForResults(page, 'q=Soyuz');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('Soyuz');
    expect(await resultLinks(page)).toEqual(shownMore);
    await page.goForward();
    await waitForResults(page, 'q=coolant');

    // A result opened and left by Back shows the list it was opened from, "Show more" and all.
    await page.goBack();
    await waitForResults(page, 'q=Soyuz');
    const opener = page.locator('[data-search-results] [data-result-link]').nth(11);
    await opener.scrollIntoViewIfNeeded();
    const openedAt = await page.evaluate(() => scrollY);
    expect(openedAt).toBeGreaterThan(300);
    await opener.click();
    await page.waitForURL((url) => !url.pathname.startsWith('/search/'));
    await page.goBack();
    await waitForResults(page, 'q=Soyuz');
    expect(await resultLinks(page)).toEqual(shownMore);
    // ... and where the reader was in it, though the page was loaded again.
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(openedAt);
    expect(shownMore.slice(0, soyuz.length)).toEqual(soyuz);
    expectNothingLeft(opened);
  });

  it('clears every filter with one button, even a value no checkbox stands for', async () => {
    const opened = await searchFor(site, 'q=leak&type=bogus');
    const { page } = opened;
    expect(await resultLinks(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await waitForResults(page, 'q=leak');
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Clear filters' }).isHidden()).toBe(true);
    expectNothingLeft(opened);
  });

  it('says what the year filter counts, a person by birth among them', async () => {
    const opened = await searchFor(site, 'q=Rubio');
    const year = opened.page.getByRole('group', { name: 'Year' });
    await expect(year.getAttribute('aria-describedby').then((id) => opened.page.locator(`#${id}`).textContent())).resolves.toMatch(/a person's birth/);
    expectNothingLeft(opened);
  });

  it('counts, beside each type while one is ticked, the results ticking it too would add', async () => {
    const countOf = async (page: Page, name: RegExp) => {
      const box = page.getByRole('checkbox', { name });
      return Number(/\((\d+)\)/.exec((await page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent()) ?? '')?.[1]);
    };
    const { page } = await searchFor(site, 'q=Soyuz');
    const event = await countOf(page, /^event/);
    const person = await countOf(page, /^person/);
    const filtered = await searchFor(site, 'q=Soyuz&type=event');
    expect(await countOf(filtered.page, /^person/)).toBe(person);
    await filtered.page.getByRole('checkbox', { name: /^person/ }).check();
    await waitForResults(filtered.page, 'q=Soyuz&type=event&type=person');
    expect(Number(/^(\d+) results?/.exec((await filtered.page.locator('[data-search-status]').textContent()) ?? '')?.[1])).toBe(event + person);
  });

  it('shows results without waiting for the filter counts, which follow them', async () => {
    // Pagefind counts every filter it has loaded on every search: the results must not wait for that.
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/pagefind/filter/**', async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/search/?q=coolant`);
    await page.locator('[data-search-results] [data-result-link]').first().waitFor({ timeout: 30_000 });
    expect((await resultLinks(page)).map((r) => r.href)).toContain('/events/soyuz-ms-22-coolant-leak-2022-12/');
    expect(await page.locator('[data-search-filters] input').count()).toBe(0);
    release();
    await waitForResults(page, 'q=coolant');
    const event = page.getByRole('checkbox', { name: /^event/ });
    const label = await page.locator(`label[for="${await event.getAttribute('id')}"]`).textContent();
    expect(Number(/\((\d+)\)/.exec(label ?? '')?.[1])).toBeGreaterThan(0);
    await context.close();
  });

  it('says it cannot read the index, not "No results", when offline with no copy of it, and searches after a reload online', async () => {
    const status = (page: Page) => page.locator('[data-search-status]').textContent();
    const searchBox = async (page: Page, query: string) => {
      await page.locator('[data-search-primary]').fill(query);
      await page.locator('[data-search-primary]').press('Enter');
      await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.painted === `q=${q}`, query);
    };
    // No service worker: as on a first visit before it is installed, or in a browser without one.
    const context = await site.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    // Pagefind loaded (its WebAssembly too), then offline: the index chunk for "Rubio" cannot be fetched.
    await page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
    await context.setOffline(true);
    await searchBox(page, 'Rubio');
    await expect(status(page)).resolves.toMatch(/^Search cannot read its index: this device seems to be offline/);
    expect(await page.locator('[data-search-suggestions]').isHidden()).toBe(true);
    await context.setOffline(false);
    await page.reload();
    await waitForResults(page, 'q=Rubio');
    expect((await resultLinks(page))[0]?.href).toBe('/people/frank-rubio/');
    await context.close();

    // Offline before Pagefind's WebAssembly arrived: Pagefind throws instead of searching.
    const early = await site.browser.newContext({ serviceWorkers: 'block' });
    await early.route(/\/pagefind\/(wasm\.|pagefind-entry\.json)/, (route) => route.abort('internetdisconnected'));
    const earlyPage = await early.newPage();
    await earlyPage.goto(`${site.url}/search/`);
    await earlyPage.locator('[data-search-app]:not([hidden])').waitFor();
    await searchBox(earlyPage, 'Rubio');
    await expect(status(earlyPage)).resolves.toMatch(/^Search cannot read its index/);
    await early.close();
  });

  it('sorts by date when asked, earliest first', async () => {
    const opened = await searchFor(site, 'q=Soyuz&type=event&sort=date');
    const dates = await opened.page.locator('.search-result time, .search-result__date').allTextContents();
    expect(dates.length).toBeGreaterThan(1);
    const starts = (await resultLinks(opened.page)).map((r) => readPage(r.href).querySelector('[data-field="date"] time')!.getAttribute('datetime')!);
    expect(starts).toEqual([...starts].sort());
    await expect(opened.page.locator('#search-sort').inputValue()).resolves.toBe('date');
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const opened = await searchFor(site, 'q=coolant');
    const { page } = opened;
    const links = await resultLinks(page);
    await page.locator('#search-q').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(links[1]!.href);
    await Promise.all([page.waitForURL(`**${links[1]!.href}`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(links[1]!.title);
    expectNothingLeft(opened);
  });

  it('lets the keyboard skip the filters: Tab from the box reaches "Skip to results", which leads to the first result', async () => {
    const opened = await searchFor(site, 'q=Soyuz');
    const { page } = opened;
    const links = await resultLinks(page);
    await page.locator('#search-q').focus();
    const skip = page.getByRole('link', { name: 'Skip to results' });
    for (let i = 0; i < 5 && !(await skip.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    // Shown once it has focus, where the keyboard is, not off screen.
    expect(await skip.isVisible()).toBe(true);
    expect(await skip.evaluate((a) => a.getBoundingClientRect().left >= 0 && a.getBoundingClientRect().top >= 0)).toBe(true);
    await page.keyboard.press('Enter');
    // The jump to the list is a navigation of its own, a task after the key.
    await page.waitForFunction(() => location.hash === '#search-results');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(links[0]!.href);
    expectNothingLeft(opened);
  });

  it('focuses the search box on "/" from any page and searches from the header', async () => {
    const opened = await openPage(site, '/people/frank-rubio/');
    const { page } = opened;
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-q');
    await page.keyboard.type('coolant');
    await Promise.all([page.waitForURL('**/search/?q=coolant'), page.keyboard.press('Enter')]);
    await waitForResults(page, 'q=coolant');
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    // Arrived with focus on no element: ↓ starts at the first result all the same.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe(links[0]!.href);
    expectNothingLeft(opened);
  });

  it('has no axe violations on /search/ with results, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const opened = await openPage(site, '/search/?q=coolant&type=event', { colorScheme });
      await waitForResults(opened.page, 'q=coolant&type=event');
      await opened.page.addScriptTag({ path: AXE });
      const violations = await opened.page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe.run();
        return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${(v.nodes as Array<{ target: string[] }>).slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      });
      expect(violations, colorScheme).toEqual([]);
      expectNothingLeft(opened);
    }
  });

  it('without JavaScript, says search needs it and offers the collection indexes', async () => {
    const opened = await openPage(site, '/search/?q=coolant', { javaScript: false });
    expect(await opened.page.locator('[data-search-status]').textContent()).toMatch(/needs JavaScript/);
    const collections = await opened.page.locator('[data-search-browse] a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    for (const href of collections) expect(readPage(href).querySelector('h1')).not.toBeNull();
    expect(collections.length).toBeGreaterThan(4);
    // The keys are the script's: the hint offers them only once it runs.
    await expect(opened.page.locator('#search-hint').innerText()).resolves.not.toMatch(/Enter|↓/);
    expectNothingLeft(opened);
  });
});
