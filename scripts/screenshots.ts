/**
 * `npm run screenshots`: pictures of the built site for the README, taken by Chromium over
 * dist/ (built first if missing): the home page, an entity page, the timeline and a search,
 * at 1280 px and on a 390 px phone, in light and dark. Written to docs/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'docs/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'entity', path: '/spacecraft/soyuz-ms-22/' },
  { name: 'timeline', path: '/timeline/', ready: 'orbital-timeline[data-ready]' },
  { name: 'search', path: '/search/?q=Soyuz+MS-22', ready: '[data-search-results][data-shows]' },
] as const;
const VIEWPORTS = [
  { name: '1280', width: 1280, height: 900, isMobile: false },
  { name: '390', width: 390, height: 844, isMobile: true },
] as const;
const SCHEMES = ['light', 'dark'] as const;

if (!fs.existsSync(path.join(ROOT, 'dist/index.html'))) execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
fs.mkdirSync(OUT, { recursive: true });

const server = await preview({ root: ROOT, server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars'] });
try {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport, isMobile: viewport.isMobile, hasTouch: viewport.isMobile, deviceScaleFactor: 1, colorScheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const shot of PAGES) {
        await page.goto(`http://127.0.0.1:${server.port}${shot.path}`, { waitUntil: 'networkidle' });
        if ('ready' in shot) await page.locator(shot.ready).waitFor({ timeout: 30_000 });
        const file = path.join(OUT, `${shot.name}-${viewport.name}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        console.log(path.relative(ROOT, file));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
