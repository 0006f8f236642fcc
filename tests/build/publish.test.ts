/**
 * What the build publishes for search engines and for sharing: the sitemap, robots.txt,
 * and on every page its canonical address under the configured site, description and
 * share card, each entry's card image present and small.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { siteUrlFromEnv } from '../../src/publish/site-url.ts';
import { allContentPaths, builtPages, DIST, readPage } from '../support/dist.ts';

const SITE = siteUrlFromEnv(process.env);
const pages = builtPages();
const entryPaths = allContentPaths();
const KB = 1024;

/** The address a built file is served at: /people/x/ for people/x/index.html, /404.html for 404.html. */
const address = (sitePath: string) => new URL(sitePath, SITE).href;

function sitemapUrls(): string[] {
  const index = parseHTML(fs.readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8')).document;
  return [...index.querySelectorAll('sitemap > loc')].flatMap((loc) => {
    const file = path.join(DIST, new URL(loc.textContent!.trim()).pathname);
    const sitemap = parseHTML(fs.readFileSync(file, 'utf8')).document;
    return [...sitemap.querySelectorAll('url > loc')].map((l) => l.textContent!.trim());
  });
}

describe('search engines', () => {
  it('the sitemap lists every page but the not-found and offline pages, each under the configured site', () => {
    const listed = sitemapUrls();
    expect(listed.length).toBeGreaterThan(entryPaths.length);
    const expected = pages.filter((p) => p !== '/404.html' && p !== '/offline/unavailable/').map(address);
    expect([...listed].sort()).toEqual(expected.sort());
    for (const p of entryPaths) expect(listed, p).toContain(address(p));
  });

  it('robots.txt points to the sitemap', () => {
    const robots = fs.readFileSync(path.join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${address('/sitemap-index.xml')}`);
  });

  it.each(pages)('%s: canonical is its own address, with lang, description and "… · Orbital Record" title', (sitePath) => {
    const doc = readPage(sitePath);
    const canonical = [...doc.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href'));
    expect(canonical).toEqual([address(sitePath)]);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
    const title = doc.querySelector('title')!.textContent!;
    expect(title === 'Orbital Record' || title.endsWith(' · Orbital Record'), title).toBe(true);
  });
});

describe('sharing', () => {
  it.each(pages)('%s: OpenGraph and Twitter card with an image that exists', (sitePath) => {
    const doc = readPage(sitePath);
    const prop = (p: string) => doc.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
    const name = (n: string) => doc.querySelector(`meta[name="${n}"]`)?.getAttribute('content');
    expect(prop('og:url')).toBe(address(sitePath));
    expect(prop('og:title')).toBeTruthy();
    expect(prop('og:description')).toBe(doc.querySelector('meta[name="description"]')!.getAttribute('content'));
    expect(name('twitter:card')).toBe('summary_large_image');
    const image = prop('og:image')!;
    expect(name('twitter:image')).toBe(image);
    expect(image.startsWith(SITE)).toBe(true);
    expect(fs.existsSync(path.join(DIST, new URL(image).pathname)), image).toBe(true);
  });

  it.each(entryPaths)('%s: its own share image, a PNG of at most 100 KB', (sitePath) => {
    const [, collection, id] = sitePath.split('/');
    const image = readPage(sitePath).querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(new URL(image).pathname).toBe(`/share/${collection}/${id}.png`);
    const png = fs.readFileSync(path.join(DIST, new URL(image).pathname));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16), 'width').toBe(1200);
    expect(png.readUInt32BE(20), 'height').toBe(630);
    expect(png.length, `${(png.length / KB).toFixed(1)} KB`).toBeLessThanOrEqual(100 * KB);
  });
});
