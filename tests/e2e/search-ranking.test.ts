/**
 * Search puts the entry first: for every entry, typing its title or any other name into the
 * search page's box lists it first. Where names are shared, the entries named so (by title or alias) come
 * first, then the sources of that title: a source never outranks an entry of its name.
 * No excerpt opens with a list of names or a field label.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, openPage, useBuiltSite } from '../support/browser.ts';
import { allContentPaths, frontmatter, readPage } from '../support/dist.ts';

interface Result {
  href: string;
  title: string;
  excerpt: string;
}

const isSource = (href: string) => href.startsWith('/sources/');
/** Search ignores case, punctuation and word order, so names differing only so are one name to it. */
const fold = (name: string) => name.toLocaleLowerCase('en').split(/[^\p{L}\p{N}]+/u).filter(Boolean).sort().join(' ');

/** Each entry's title as its page shows it, and every name it goes by, read from its file. */
const entries = allContentPaths().map((href) => {
  const [, collection, id] = href.split('/') as [string, Parameters<typeof frontmatter>[0], string];
  const data = frontmatter(collection, id);
  const title = readPage(href).querySelector('main h1')!.textContent!.trim();
  const others = [data.aliases ?? [], data.nativeName ?? [], data.callSign ?? []].flat().map(String);
  const queries = [...new Set([title, ...(isSource(href) ? [] : others)])];
  return { href, title, queries, names: new Set(queries.map(fold)) };
});

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

  it('lists every entry first for its own title and each other name, entries before sources of the same title', async () => {
    const { page } = await openPage(site, '/search/');
    await page.locator('[data-search-app]:not([hidden])').waitFor();
    const misplaced: string[] = [];
    for (const entry of entries) {
      for (const name of entry.queries) {
        const results = await search(page, name);
        const query = fold(name);
        const named = entries.filter((e) => !isSource(e.href) && e.names.has(query));
        const position = results.findIndex((r) => r.href === entry.href);
        const head = results.slice(0, named.length).map((r) => r.href);
        // The entries named so come first, in any order. A source of that title comes after
        // them (on a later page, if events of that name fill this one); one of a title no
        // entry bears comes first, sharing the place only with sources of the same title.
        const ok = named.length > 0
          ? named.every((e) => head.includes(e.href)) && (!isSource(entry.href) || position === -1 || position >= named.length)
          : position >= 0 && results.slice(0, position).every((r) => fold(r.title) === query);
        if (!ok) misplaced.push(`"${name}" for ${entry.href} at ${position + 1}: ${results.slice(0, 3).map((r) => r.href).join(', ')}`);
      }
    }
    expect(misplaced).toEqual([]);
  }, 900_000);

  it('lists a source titled exactly as the query first when no entry goes by that name, before entries that only contain its words', async () => {
    const { page } = await openPage(site, '/search/');
    await page.locator('[data-search-app]:not([hidden])').waitFor();
    const misplaced: string[] = [];
    for (const source of entries.filter((e) => isSource(e.href))) {
      const query = fold(source.title);
      // A source titled as an entry is named ("Soyuz MS-22") comes after it and the entries about it (the test above).
      if (entries.some((e) => !isSource(e.href) && e.names.has(query))) continue;
      const results = await search(page, source.title);
      const exact = results.findIndex((r) => fold(r.title) !== query && !entries.some((e) => e.href === r.href && e.names.has(query)));
      const head = exact === -1 ? results : results.slice(0, exact);
      if (!head.some((r) => r.href === source.href)) misplaced.push(`"${source.title}" for ${source.href}: ${results.slice(0, 4).map((r) => r.href).join(', ')}`);
    }
    expect(misplaced).toEqual([]);
  }, 600_000);

  it('lists the entries it finds before sources whose titles only hold the query\'s words', async () => {
    const { page } = await openPage(site, '/search/');
    await page.locator('[data-search-app]:not([hidden])').waitFor();
    const misplaced: string[] = [];
    let withSources = 0;
    for (const query of ['Frank Rubio', 'spacewalk', 'radiator', 'NASA', 'Kazakhstan', 'cosmonaut', 'MS-22']) {
      const results = await search(page, query);
      const lastEntry = results.findLastIndex((r) => !isSource(r.href));
      const early = results.slice(0, lastEntry).filter((r) => isSource(r.href) && fold(r.title) !== fold(query));
      if (early.length > 0) misplaced.push(`"${query}": ${results.map((r) => (isSource(r.href) ? 'source' : 'entry')).join(', ')}`);
      withSources += Number(results.some((r) => isSource(r.href)));
    }
    expect(misplaced).toEqual([]);
    // Sources are still found on the first page, after the entries, for most of these.
    expect(withSources).toBeGreaterThan(3);
  }, 300_000);

  it('ranks the pages a quoted phrase finds as the same words unquoted rank them', async () => {
    const { page } = await openPage(site, '/search/');
    await page.locator('[data-search-app]:not([hidden])').waitFor();
    for (const phrase of ['coolant leak', 'seat liner', 'Frank Rubio', 'Soyuz MS-23']) {
      const words = (await search(page, phrase)).map((r) => r.href);
      const quoted = (await search(page, `"${phrase}"`)).map((r) => r.href);
      // Pagefind scores every page holding a phrase alike: unranked, the first one the words rank came 31st.
      expect(quoted[0], phrase).toBe(words.find((href) => quoted.includes(href)));
      expect(quoted.filter((href) => words.includes(href)), phrase).toEqual(words.filter((href) => quoted.includes(href)));
    }
  }, 300_000);

  it('shows excerpts of prose, never a list of names, a field label or the title the card shows above it', async () => {
    const { page } = await openPage(site, '/search/');
    await page.locator('[data-search-app]:not([hidden])').waitFor();
    const bad: string[] = [];
    for (const query of ['Soyuz MS-22', 'leak', 'Prokopyev', 'Rubio', 'NASA', 'Союз МС-22', 'MS-22', 'coolant', 'Baikonur', 'Roscosmos']) {
      for (const result of await search(page, query)) {
        // The card shows the title above the excerpt; indexed as text, the heading opened the excerpt as a sentence of its own.
        const repeatsTitle = result.excerpt.startsWith(`${result.title}. `);
        if (FIELD_LABEL.test(result.excerpt) || /·.*·/.test(result.excerpt) || /https?:\/\//.test(result.excerpt) || repeatsTitle) bad.push(`${query} → ${result.href}: ${result.excerpt}`);
      }
    }
    expect(bad).toEqual([]);
  }, 300_000);
});
