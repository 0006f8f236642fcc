/**
 * `npm run bench:search -- --entries 10000`: search as a reader meets it, on the synthetic
 * corpus of that size. Builds it (unless --reuse finds the build from last time), serves
 * dist/ from a plain static server, and in Chromium types each query into the search page:
 * the time from the last keystroke to the result cards painted, and the bytes of index the
 * query fetched (index chunks and result fragments; the start-up files are counted apart).
 * Writes bench/results/search.md and search.json.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { COLLECTIONS } from '../../src/model/collections.ts';
import { loadFile } from '../../src/model/loader.ts';
import { generateCorpus } from './corpus.ts';
import { measure } from './measure.ts';
import { snapshotSite } from './projects.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, 'bench/work');
const RESULTS = path.join(ROOT, 'bench/results');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const GOAL_MS = 300;
const GOAL_BYTES = 150 * 1024;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const entries = Number(option('entries') ?? 10000);
const reuse = process.argv.includes('--reuse');
const log = (text: string) => console.log(`[bench:search ${new Date().toISOString().slice(11, 19)}] ${text}`);

const corpus = path.join(WORK, `search-corpus-${entries}`);
const dist = path.join(WORK, `search-dist-${entries}`);

async function build() {
  log(`generating ${entries} entries`);
  generateCorpus(corpus, entries);
  const site = path.join(WORK, 'search-site');
  snapshotSite(ROOT, site);
  fs.rmSync(dist, { recursive: true, force: true });
  log('astro build (with its Pagefind index)');
  const run = await measure(process.execPath, [ASTRO, 'build', '--outDir', dist], { cwd: site, env: { ORBITAL_CONTENT_DIR: corpus }, log: path.join(WORK, `search-build-${entries}.log`) });
  if (!fs.existsSync(path.join(dist, 'pagefind'))) throw new Error(`the build wrote no dist/pagefind; see ${WORK}/search-build-${entries}.log`);
  log(`built in ${run.seconds.toFixed(0)} s`);
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

/** dist/ as any static host serves it: files as they are, no compression added. */
function serve(root: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Queries a reader would type: titles from every collection, alone and in part, and common words. */
function queries(): string[] {
  const titleOf = (collection: (typeof COLLECTIONS)[number], nth: number) => {
    const files = fs.readdirSync(path.join(corpus, collection)).sort();
    const file = path.join(corpus, collection, files[Math.floor(nth * (files.length - 1))]!);
    const entry = loadFile({ collection, file, text: fs.readFileSync(file, 'utf8') }).entry;
    if (!entry) throw new Error(`${file} is not a valid entry`);
    return entry.data.title;
  };
  const titles = COLLECTIONS.flatMap((c) => [titleOf(c, 0.25), titleOf(c, 0.75)]);
  return [...titles, 'Soyuz', 'leak', 'cosmodrome', 'spacewalk'];
}

interface QueryFigure {
  query: string;
  /** Last keystroke to the result cards painted, ms. */
  coldMs: number;
  /** The same, typing it again on a page that has searched before (its caches warm). */
  warmMs: number;
  /** Index chunks and fragments fetched for the query on a fresh page. */
  bytes: number;
  requests: number;
  firstResult: string;
}

/** Types the query, then waits for the list to show it and one frame to be painted. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  const input = page.locator('[data-search-primary]');
  await input.fill('');
  await page.evaluate(() => {
    const w = window as unknown as { lastKey?: number };
    delete w.lastKey;
    document.querySelector('[data-search-primary]')!.addEventListener('input', () => (w.lastKey = performance.now()));
  });
  await input.pressSequentially(query, { delay: 40 });
  return page.evaluate(
    (q) =>
      new Promise<number>((resolve) => {
        const list = document.querySelector<HTMLElement>('[data-search-results]')!;
        const shows = () => new URLSearchParams(list.dataset.shows ?? '').get('q') === q;
        const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - (window as unknown as { lastKey: number }).lastKey)));
        if (shows()) {
          done();
          return;
        }
        new MutationObserver((_, observer) => {
          if (!shows()) return;
          observer.disconnect();
          done();
        }).observe(list, { attributes: true, attributeFilter: ['data-shows'] });
      }),
    query.trim(),
  );
}

async function openSearch(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const fetched: Array<{ url: string; bytes: number }> = [];
  page.on('response', async (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith('/pagefind/')) return;
    fetched.push({ url: pathname, bytes: (await response.body().catch(() => Buffer.alloc(0))).length });
  });
  await page.goto(`${url}/search/`, { waitUntil: 'load' });
  await page.locator('[data-search-app]:not([hidden])').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  return { context, page, fetched };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const max = (xs: number[]) => Math.max(...xs);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (!reuse || !fs.existsSync(path.join(dist, 'pagefind'))) await build();
const server = await serve(dist);
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });

const figures: QueryFigure[] = [];
let startupBytes = 0;
let startupFiles: string[] = [];
try {
  for (const query of queries()) {
    const { context, page, fetched } = await openSearch(browser, url);
    startupBytes = fetched.reduce((sum, f) => sum + f.bytes, 0);
    startupFiles = fetched.map((f) => f.url.replace(/\.[0-9a-f]{8,}\./, '.…'));
    const before = fetched.length;
    const coldMs = await typeAndTime(page, query);
    await page.waitForTimeout(200);
    const forQuery = fetched.slice(before);
    const firstResult = (await page.locator('[data-result-link]').first().textContent()) ?? '';
    await typeAndTime(page, 'zzzz');
    const warmMs = await typeAndTime(page, query);
    figures.push({ query, coldMs, warmMs, bytes: forQuery.reduce((sum, f) => sum + f.bytes, 0), requests: forQuery.length, firstResult: firstResult.trim() });
    log(`${query}: ${coldMs.toFixed(0)} ms cold, ${warmMs.toFixed(0)} ms warm, ${kb(forQuery.at(-1) ? forQuery.reduce((s, f) => s + f.bytes, 0) : 0)} in ${forQuery.length} requests; first: ${firstResult.trim()}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const cold = figures.map((f) => f.coldMs);
const warm = figures.map((f) => f.warmMs);
const bytes = figures.map((f) => f.bytes);
const summary = {
  entries,
  measured: new Date().toISOString().slice(0, 16).replace('T', ' '),
  machine: `${os.availableParallelism()} CPUs, load ${os.loadavg()[0]!.toFixed(1)}, Chromium headless`,
  coldMedianMs: median(cold),
  coldMaxMs: max(cold),
  warmMedianMs: median(warm),
  bytesMedian: median(bytes),
  bytesMax: max(bytes),
  startupBytes,
  queries: figures,
};
fs.mkdirSync(RESULTS, { recursive: true });
fs.writeFileSync(path.join(RESULTS, 'search.json'), `${JSON.stringify(summary, null, 2)}\n`);
const ok = (good: boolean) => (good ? '✓' : '✗');
fs.writeFileSync(
  path.join(RESULTS, 'search.md'),
  [
    '# Search benchmark',
    '',
    `Generated by \`npm run bench:search -- --entries ${entries}\` (${summary.measured} UTC; ${summary.machine}). The synthetic corpus of`,
    `${entries.toLocaleString('en')} entries is built by the real site; dist/ is served by a plain static server; Chromium types each query`,
    'into /search/ one key every 40 ms. Time: from the last keystroke (its `input` event) to the result cards painted',
    '(the list shows the query, plus one frame), typing pause included. Bytes: every /pagefind/ file the query fetched',
    'on a page that had not searched yet (index chunks and the first page of result fragments).',
    `Goals: ≤ ${GOAL_MS} ms, ≤ ${GOAL_BYTES / 1024} KB.`,
    '',
    `**Median ${median(cold).toFixed(0)} ms (max ${max(cold).toFixed(0)} ms) ${ok(max(cold) <= GOAL_MS)}; warm median ${median(warm).toFixed(0)} ms; index fetched per query median ${kb(median(bytes))} (max ${kb(max(bytes))}) ${ok(max(bytes) <= GOAL_BYTES)}.**`,
    `Before the first query the page loads Pagefind itself once: ${kb(startupBytes)} (${[...new Set(startupFiles)].join(', ')}).`,
    '',
    '| query | first result | last key → painted (fresh page) | again (warm) | index fetched | requests |',
    '|---|---|---:|---:|---:|---:|',
    ...figures.map((f) => `| ${f.query} | ${f.firstResult} | ${f.coldMs.toFixed(0)} ms | ${f.warmMs.toFixed(0)} ms | ${kb(f.bytes)} | ${f.requests} |`),
    '',
  ].join('\n'),
);
log(`wrote ${path.relative(ROOT, RESULTS)}/search.md`);
