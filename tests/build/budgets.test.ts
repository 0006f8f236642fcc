/**
 * Budgets over the built site: what a reader downloads, that nothing needs JavaScript to be
 * read, and that no page loads anything from another host.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/model/collections.ts';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { allContentPaths, builtPages, CONTENT, DIST, frontmatter, readPage } from '../support/dist.ts';

const KB = 1024;
const ENTRY_HTML_CSS_BUDGET = 20 * KB;
const TIMELINE_JS_BUDGET = 40 * KB;
const SERVICE_WORKER_BUDGET = 16 * KB;
const REGISTRATION_BUDGET = 1 * KB;
/**
 * Entry pages run only small loaders before interaction: the link-preview loader (the card
 * loads on first use), the service worker's registration, the "/" search shortcut.
 */
const ENTRY_JS_BUDGET = 1.5 * KB;

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The file in dist/ behind a URL of this site. */
function distFile(url: string): string {
  const { pathname } = new URL(url, 'http://site.invalid/');
  return path.join(DIST, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
}

const isLocal = (url: string) => new URL(url, 'http://site.invalid/').host === 'site.invalid';

function stylesheets(doc: Document): string[] {
  return [...doc.querySelectorAll('link[rel~="stylesheet"][href]')].map((l) => l.getAttribute('href')!);
}

/** JavaScript a page loads before any interaction: its scripts and, recursively, their static imports. */
function loadedScripts(doc: Document): Map<string, string> {
  const loaded = new Map<string, string>();
  let inline = 0;
  const follow = (url: string) => {
    if (loaded.has(url) || !isLocal(url)) return;
    const code = fs.readFileSync(distFile(url), 'utf8');
    loaded.set(url, code);
    // Static imports only (`import "x"`, `from "x"`); `import("x")` loads on demand.
    for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+)["']/g)) follow(new URL(m[1]!, new URL(url, 'http://site.invalid/')).pathname);
  };
  for (const script of doc.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src) follow(src);
    else if (isJavaScript(script)) loaded.set(`inline #${++inline}`, script.textContent ?? '');
  }
  for (const link of doc.querySelectorAll('link[rel="modulepreload"][href]')) follow(link.getAttribute('href')!);
  return loaded;
}

function isJavaScript(script: Element): boolean {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || type.includes('javascript') || type.includes('ecmascript');
}

/** Letters and digits only: Markdown marks and typographic quotes or dashes do not count. */
const words = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The entry's title and first line of prose, read from its file on disk (not from the build). */
function entryText(sitePath: string): { title: string; firstLine?: string } {
  const [, collection, id] = sitePath.split('/');
  const isSource = collection === 'sources';
  const text = fs.readFileSync(path.join(CONTENT, collection!, `${id}.${isSource ? 'yaml' : 'mdx'}`), 'utf8');
  const { title } = frontmatter(isSource ? 'sources' : (collection as CollectionName), id!);
  if (isSource) return { title };
  const body = splitFrontmatter(text, true)?.body ?? '';
  const prose = body.split('\n').find((l) => /^[A-Za-z0-9"'(]/.test(l.trim()));
  const firstLine = prose && words(prose.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')).slice(0, 60);
  return { title, ...(firstLine ? { firstLine } : {}) };
}

const pages = builtPages();
const entryPages = allContentPaths();

describe('entry pages fit the budget and read without JavaScript', () => {
  it.each(entryPages)('%s: HTML + CSS within 20 KB gzipped', (sitePath) => {
    const html = fs.readFileSync(distFile(sitePath));
    const css = stylesheets(readPage(sitePath)).filter(isLocal).map((href) => fs.readFileSync(distFile(href)));
    const total = gzipped(html) + css.reduce((sum, file) => sum + gzipped(file), 0);
    expect(total, `${sitePath} is ${(total / KB).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(ENTRY_HTML_CSS_BUDGET);
  });

  it.each(entryPages)('%s: title and text are in the HTML itself', (sitePath) => {
    const doc = readPage(sitePath);
    const { title, firstLine } = entryText(sitePath);
    expect(doc.querySelector('main h1')?.textContent?.trim()).toBe(title);
    if (firstLine) expect(words(doc.querySelector('main')!.textContent!)).toContain(firstLine);
  });
});

describe.each(pages)('%s', (sitePath) => {
  it('runs scripts only after the page is read (module, deferred or async)', () => {
    const blocking = [...readPage(sitePath).querySelectorAll('script')]
      .filter(isJavaScript)
      .filter((s) => s.getAttribute('type')?.trim().toLowerCase() !== 'module' && !s.hasAttribute('defer') && !s.hasAttribute('async'))
      .map((s) => s.outerHTML.slice(0, 120));
    expect(blocking).toEqual([]);
  });

  it('loads nothing from another host', () => {
    const doc = readPage(sitePath);
    // Links that name a page rather than load a resource.
    const notLoaded = /^(canonical|alternate|author|license|me|next|prev|sitemap)$/;
    const urls = [
      ...[...doc.querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], track[src]')].map((e) => e.getAttribute('src')!),
      ...[...doc.querySelectorAll('img[srcset], source[srcset]')].flatMap((e) => e.getAttribute('srcset')!.split(',').map((c) => c.trim().split(/\s+/)[0]!)),
      ...[...doc.querySelectorAll('link[href]')].filter((l) => !(l.getAttribute('rel') ?? '').split(/\s+/).every((r) => notLoaded.test(r))).map((l) => l.getAttribute('href')!),
      ...[...doc.querySelectorAll('object[data]')].map((e) => e.getAttribute('data')!),
    ];
    expect(urls.filter((u) => !u.startsWith('data:') && !isLocal(u))).toEqual([]);
  });
});

describe('JavaScript', () => {
  it('the timeline page loads at most 40 KB of it, gzipped', () => {
    const scripts = loadedScripts(readPage('/timeline/'));
    const total = [...scripts.values()].reduce((sum, code) => sum + gzipped(code), 0);
    expect(total, `timeline loads ${(total / KB).toFixed(1)} KB gzipped: ${[...scripts.keys()].join(', ')}`).toBeLessThanOrEqual(TIMELINE_JS_BUDGET);
  });

  it.each(entryPages)('%s: runs at most 1.5 KB of it (gzipped) before interaction', (sitePath) => {
    const scripts = loadedScripts(readPage(sitePath));
    const total = [...scripts.values()].reduce((sum, code) => sum + gzipped(code), 0);
    expect(total, `${sitePath} loads ${(total / KB).toFixed(2)} KB gzipped: ${[...scripts.keys()].join(', ')}`).toBeLessThanOrEqual(ENTRY_JS_BUDGET);
  });

  it.each(pages)('%s: every script it loads is in the build', (sitePath) => {
    expect(() => loadedScripts(readPage(sitePath))).not.toThrow();
  });
});

describe('offline', () => {
  it('the service worker is at most 16 KB gzipped, its precache list included', () => {
    const size = gzipped(fs.readFileSync(path.join(DIST, 'sw.js')));
    expect(size, `sw.js is ${(size / KB).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(SERVICE_WORKER_BUDGET);
  });

  it.each(pages)('%s: registers it with one self-contained module script of at most 1 KB gzipped', (sitePath) => {
    const registering = [...loadedScripts(readPage(sitePath))].filter(([, code]) => /\.register\(\s*[`'"]\/sw\.js[`'"]/.test(code));
    expect(registering.map(([url]) => url)).toHaveLength(1);
    const [url, code] = registering[0]!;
    expect(code, 'it imports nothing before interaction').not.toMatch(/(?:\bimport|\bfrom)\s*["'`]/);
    expect(gzipped(code), `${url} is ${(gzipped(code) / KB).toFixed(2)} KB gzipped`).toBeLessThanOrEqual(REGISTRATION_BUDGET);
  });
});
