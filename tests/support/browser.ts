/**
 * Real Chromium (Debian's, driven by playwright-core) against the built site served by
 * `astro preview` on 127.0.0.1. Requests to any other host are blocked and recorded, so a
 * test can assert that nothing left the site.
 */
import { preview } from 'astro';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from './chromium.ts';

export { browserAvailable, CHROMIUM, hasChromium } from './chromium.ts';

export interface Site {
  url: string;
  browser: Browser;
  /** The server stops answering while the browser stays: a network that is up but reaches nothing. */
  stopServer(): Promise<void>;
  close(): Promise<void>;
}

/** `outDir` serves another build than dist/ (read from disk on every request, so it may be replaced while served). */
export async function startSite(options: { outDir?: string } = {}): Promise<Site> {
  const server = await preview({ root: process.cwd(), server: { host: '127.0.0.1', port: 0 }, logLevel: 'error', ...(options.outDir ? { outDir: options.outDir } : {}) });
  const url = `http://127.0.0.1:${server.port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let stopped: Promise<void> | undefined;
  const stopServer = () => (stopped ??= server.stop());
  return {
    url,
    browser,
    stopServer,
    async close() {
      await browser.close();
      await stopServer();
    },
  };
}

/** The built site and a browser for the tests of the enclosing `describe`, started once. */
export function useBuiltSite(): Site {
  const site = {} as Site;
  beforeAll(async () => {
    Object.assign(site, await startSite());
  });
  afterAll(async () => site.close?.());
  return site;
}

export interface OpenedPage {
  page: Page;
  /** Requests to other hosts (blocked) and requests that failed. */
  offsite: string[];
  failed: string[];
  errors: string[];
}

export async function openPage(site: Site, path: string, options: { javaScript?: boolean; colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<OpenedPage> {
  const context = await site.browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const opened: OpenedPage = { page, offsite: [], failed: [], errors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.url) || url.startsWith('data:')) return route.continue();
    opened.offsite.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    // A request the browser cancels because the page navigated away (e.g. the favicon) did not fail.
    if (r.url().startsWith(site.url) && error !== 'net::ERR_ABORTED') opened.failed.push(`${r.url()} ${error}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) opened.failed.push(`${r.url()} ${r.status()}`);
  });
  page.on('pageerror', (e) => opened.errors.push(e.message));
  await page.goto(site.url + path, { waitUntil: 'load' });
  return opened;
}
