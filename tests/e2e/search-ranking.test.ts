/**
 * Search puts the entry first: for every entry, typing its title into the search page's box
 * lists it first (a source may share its title with an entry: then every entry of that title
 * comes before every source of it). No excerpt opens with a list of names or a field label.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, openPage, useBuiltSite } from '../support/browser.ts';
import { allContentPaths, readPage } from '../support/dist.ts';

interface Result {
  href: string;
  title: string;
  excerpt: string;
}

const entries = allContentPaths().map((href) => ({ href, title: readPage(href).querySelector('main h1')!.textContent!.trim() }));
const isSource = (href: string) => href.startsWith('/sources/');

/** Types the query and submits it, as a reader would, and reads the cards once the list shows it. */
async function search(page: Page, query: string): Promise<Result[]> {
  const input = page.locator('[data-search-primary]');
  await input.fill(query);
  await input.press('Enter');
  await page.waitForFunction((q) => new URLSearchParams(document.querySelector<HTMLElement>('[data-search-results]')?.dataset.shows ?? '').get('q') === q, query, { timeout: 20_000 });
  return page.locator('.search-result').evaluateAll((cards) =>
    cards.map((card) => ({
      href: new URL(card.querySelector<HTMLAnchorElement>('[data-result-link]')!.href).pathname,
      title: card.querySelector('[data-result-link]')!.textContent!.trim(),
      excerpt: card.querySelector('.search-result__excerpt')!.textContent!.trim(),
    })),
  );
}

/** "Also known as", "Publisher", "Address"…: the words a field list starts with. */
const FIELD_LABEL = /^(also known as|publisher|publication|address|url|kind|language|aliases|native name|call sign)\b/i;

describe.runIf(browserAvailable)('search ranking', () => {
  const site = useBuiltSite();

  it('lists every entry first for its own title, entries before sources of the same title', async () => {
    const { page } = await openPage(site, '/search/');
    await page.locator('[data-search-app]:not([hidden])').waitFor();
    const misplaced: string[] = [];
    for (const entry of entries) {
      const results = await search(page, entry.title);
      const sameTitle = entries.filter((e) => e.title === entry.title);
      // Entries of this title first, then sources of it, each group in any order.
      const expected = [...sameTitle.filter((e) => !isSource(e.href)), ...sameTitle.filter((e) => isSource(e.href))];
      const position = results.findIndex((r) => r.href === entry.href);
      const group = expected.filter((e) => isSource(e.href) === isSource(entry.href));
      const earliest = expected.indexOf(group[0]!);
      const ok = position >= earliest && position < earliest + group.length
        && results.slice(0, expected.length).every((r) => expected.some((e) => e.href === r.href));
      if (!ok) misplaced.push(`${entry.title} (${entry.href}) at ${position + 1}: ${results.slice(0, 3).map((r) => r.href).join(', ')}`);
    }
    expect(misplaced).toEqual([]);
  }, 600_000);

  it('shows excerpts of prose, never a list of names or a field label', async () => {
    const { page } = await openPage(site, '/search/');
    await page.locator('[data-search-app]:not([hidden])').waitFor();
    const bad: string[] = [];
    for (const query of ['Soyuz MS-22', 'leak', 'Prokopyev', 'Rubio', 'NASA', 'Союз МС-22', 'MS-22', 'coolant', 'Baikonur', 'Roscosmos']) {
      for (const result of await search(page, query)) {
        if (FIELD_LABEL.test(result.excerpt) || /·.*·/.test(result.excerpt) || /https?:\/\//.test(result.excerpt)) bad.push(`${query} → ${result.href}: ${result.excerpt}`);
      }
    }
    expect(bad).toEqual([]);
  }, 300_000);
});
