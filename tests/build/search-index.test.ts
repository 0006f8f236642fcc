/**
 * The Pagefind index the build wrote, read from its own fragment files (one per indexed page):
 * every entry page is in it with its type, and nothing from the header, navigation or footer is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COLLECTION_INFO, COLLECTIONS } from '../../src/model/collections.ts';
import { allContentPaths, contentIds, DIST, readPage } from '../support/dist.ts';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

const SIGNATURE = 'pagefind_dcd';

function readFragments(): Fragment[] {
  const dir = path.join(DIST, 'pagefind', 'fragment');
  return fs.readdirSync(dir).map((name) => {
    const text = gunzipSync(fs.readFileSync(path.join(dir, name))).toString('utf8');
    expect(text.startsWith(SIGNATURE), `${name} is a Pagefind fragment`).toBe(true);
    return JSON.parse(text.slice(SIGNATURE.length)) as Fragment;
  });
}

const fragments = readFragments();
const byUrl = new Map(fragments.map((f) => [f.url, f]));

describe('search index', () => {
  it('holds exactly one page per content file on disk', () => {
    const expected = allContentPaths().sort();
    expect(fragments.map((f) => f.url).sort()).toEqual(expected);
  });

  it.each(COLLECTIONS)('types every %s page by its collection and titles it as the page does', (collection) => {
    for (const id of contentIds(collection)) {
      const url = `/${collection}/${id}/`;
      const fragment = byUrl.get(url);
      expect(fragment, url).toBeDefined();
      expect(fragment!.filters.type, url).toEqual([COLLECTION_INFO[collection].singular]);
      expect(fragment!.meta.title, url).toBe(readPage(url).querySelector('h1')?.textContent?.trim());
      expect(fragment!.meta.summary, url).toBeTruthy();
    }
  });

  it('indexes the title as metadata only, so no excerpt opens by repeating the heading its card shows', () => {
    for (const f of fragments) expect(f.content.startsWith(`${f.meta.title}. `), f.url).toBe(false);
  });

  it('indexes the summary as metadata only where the page has prose, so excerpts do not repeat the summary its card shows', () => {
    const withProse = fragments.filter((f) => readPage(f.url).querySelector('.prose'));
    expect(withProse.length).toBeGreaterThan(0);
    for (const f of withProse) expect(f.content, f.url).not.toContain(f.meta.summary);
  });

  it('indexes prose without the numbers of citation markers', () => {
    const rubio = byUrl.get('/people/frank-rubio/')!;
    expect(readPage('/people/frank-rubio/').querySelector('.prose sup.cite')?.textContent).toMatch(/^\[\d+\]/);
    expect(rubio.content).toContain('the first American to spend a full year in orbit, after almost 6,000 orbits');
    for (const f of fragments) expect(f.content, f.url).not.toMatch(/\[\d+\]/);
  });

  it('indexes no header, navigation or footer text', () => {
    const home = readPage('/');
    const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    const navigation = [...home.querySelectorAll('.site-nav a')].map((a) => squash(a.textContent)).join(' ');
    const footer = squash(home.querySelector('.site-footer')?.textContent);
    const skip = squash(home.querySelector('.skip-link')?.textContent);
    const siteTitle = squash(home.querySelector('.site-title')?.textContent);
    expect(navigation.split(' ').length).toBeGreaterThan(3);
    for (const fragment of fragments) {
      const content = squash(fragment.content);
      expect(content, fragment.url).not.toContain(navigation);
      expect(content, fragment.url).not.toContain(footer);
      expect(content, fragment.url).not.toContain(skip);
      expect(content, fragment.url).not.toContain(siteTitle);
    }
  });

  it('indexes an entry\'s own text, not its lists of other entries ("Timeline", "What links here")', () => {
    let sections = 0;
    for (const f of fragments) {
      sections += readPage(f.url).querySelectorAll('section[aria-labelledby="what-links-here"], section[aria-labelledby="timeline"]').length;
      // Words that only these sections write: their headings, their empty state and their link to the timeline.
      expect(f.content, f.url).not.toMatch(/What links here|Nothing links here yet|on the full timeline|Flights and terms of office/);
    }
    // Every entry page has "What links here", and most a timeline besides.
    expect(sections).toBeGreaterThan(fragments.length);
  });

  it('leaves pages that are not entries out of the index', () => {
    for (const url of ['/', '/search/', '/timeline/', ...COLLECTIONS.map((c) => `/${c}/`)]) expect(byUrl.has(url), url).toBe(false);
  });
});
