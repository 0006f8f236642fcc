/**
 * `npm run bench:search -- --entries 10000 [--runs 3]`: search as a reader meets it, on the
 * synthetic corpus of that size. Builds it (unless --reuse finds the build from last time, or
 * --dist names a built site), serves dist/ from a plain static server, and in Chromium types
 * each query into the search page on fresh pages: the time from the last keystroke to the
 * result cards painted and to the filter counts shown, and the bytes of index the query
 * downloaded (index chunks and result fragments; the start-up files are counted apart).
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
/** Fresh pages per query: the machine is shared, one run can be slowed by anything. */
const runs = Number(option('runs') ?? 3);
const log = (text: string) => console.log(`[bench:search ${new Date().toISOString().slice(11, 19)}] ${text}`);

const corpus = path.join(WORK, `search-corpus-${entries}`);
const dist = option('dist') ? path.resolve(option('dist')!) : path.join(WORK, `search-dist-${entries}`);

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

type Fetched = { url: string; bytes: number };

/** Every file the server sent, in order: what the page, its workers and its service worker downloaded. */
const served: Fetched[] = [];

/** dist/ as any static host serves it: files as they are, no compression added. */
function serve(root: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    served.push({ url: pathname, bytes: fs.statSync(file).size });
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

interface Run {
  /** Last keystroke to the result cards painted, ms. */
  paintedMs: number;
  /** Last keystroke to the filter counts shown as well, ms. */
  countedMs: number;
  /** Bytes of /pagefind/ files the query downloaded (cache hits not counted), and how many. */
  bytes: number;
  requests: number;
  /** Of those bytes, the index chunks. */
  chunkBytes: number;
}

interface QueryFigure {
  query: string;
  firstResult: string;
  runs: Run[];
  /** Typing it again on a page that has searched before (its caches warm), ms. */
  warmMs: number;
}

/** Types the query one key every 40 ms; resolves with the times from the last keystroke to the list's two marks. */
async function typeAndTime(page: Page, query: string): Promise<{ paintedMs: number; countedMs: number }> {
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
      new Promise<{ paintedMs: number; countedMs: number }>((resolve) => {
        const list = document.querySelector<HTMLElement>('[data-search-results]')!;
        const since = () => performance.now() - (window as unknown as { lastKey: number }).lastKey;
        const marks = (name: 'painted' | 'shows') => new URLSearchParams(list.dataset[name] ?? '').get('q') === q;
        let paintedMs: number | undefined;
        // One frame after the mark: the cards are on screen, not only in the DOM.
        const afterFrame = (then: (ms: number) => void) => requestAnimationFrame(() => setTimeout(() => then(since())));
        const check = () => {
          // A page without the `painted` mark (before the filter counts moved to a worker) paints with `shows`.
          if (paintedMs === undefined && (marks('painted') || marks('shows'))) {
            paintedMs = -1;
            afterFrame((ms) => (paintedMs = ms));
          }
          if (!marks('shows')) return false;
          afterFrame((countedMs) => {
            const wait = () => (paintedMs === -1 ? setTimeout(wait, 5) : resolve({ paintedMs: paintedMs!, countedMs }));
            wait();
          });
          return true;
        };
        if (check()) return;
        new MutationObserver((_, observer) => check() && observer.disconnect()).observe(list, { attributes: true, attributeFilter: ['data-painted', 'data-shows'] });
      }),
    query.trim(),
  );
}

/** The /pagefind/ files the server sent since `from` (an index into `served`). */
const pagefindSince = (from: number) => served.slice(from).filter((f) => f.url.startsWith('/pagefind/'));

async function openSearch(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const opened = served.length;
  await page.goto(`${url}/search/`, { waitUntil: 'load' });
  await page.locator('[data-search-app]:not([hidden])').waitFor({ timeout: 60_000 });
  // Ready as a reader finds it: the filters listed (Pagefind started in both workers), and
  // the service worker done with its first download, which would otherwise fall in a query's.
  await page.locator('[data-search-filters] input').first().waitFor({ timeout: 60_000 });
  // (`ready` never settles on a page that registers none.)
  await page.evaluate(() => Promise.race([navigator.serviceWorker?.ready, new Promise((resolve) => setTimeout(resolve, 10_000))]));
  await page.waitForTimeout(300);
  return { context, page, startup: pagefindSince(opened) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const range = (xs: number[], format: (x: number) => string) => `${format(Math.min(...xs))}–${format(Math.max(...xs))}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const load = () => os.loadavg()[0]!.toFixed(1);

if (!option('dist') && (!reuse || !fs.existsSync(path.join(dist, 'pagefind')))) await build();
const server = await serve(dist);
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });

const figures: QueryFigure[] = [];
const loads = [load()];
let startup: Fetched[] = [];
try {
  for (const query of queries()) {
    const figure: QueryFigure = { query, firstResult: '', runs: [], warmMs: 0 };
    for (let run = 0; run < runs; run++) {
      const opened = await openSearch(browser, url);
      const { context, page } = opened;
      startup = opened.startup;
      const before = served.length;
      const { paintedMs, countedMs } = await typeAndTime(page, query);
      await page.waitForTimeout(200);
      const forQuery = pagefindSince(before);
      const sum = (files: Fetched[]) => files.reduce((total, f) => total + f.bytes, 0);
      figure.runs.push({ paintedMs, countedMs, bytes: sum(forQuery), requests: forQuery.length, chunkBytes: sum(forQuery.filter((f) => f.url.startsWith('/pagefind/index/'))) });
      figure.firstResult = ((await page.locator('[data-result-link]').first().textContent()) ?? '').trim();
      if (run === runs - 1) {
        await typeAndTime(page, 'zzzz');
        figure.warmMs = (await typeAndTime(page, query)).paintedMs;
      }
      await context.close();
      const last = figure.runs.at(-1)!;
      log(`${query} #${run + 1}: painted ${ms(last.paintedMs)}, counts ${ms(last.countedMs)}, ${kb(last.bytes)} in ${last.requests} requests (chunks ${kb(last.chunkBytes)}); first: ${figure.firstResult}`);
    }
    figures.push(figure);
    loads.push(load());
  }
} finally {
  await browser.close();
  server.close();
}

const all = figures.flatMap((f) => f.runs);
const painted = all.map((r) => r.paintedMs);
const counted = all.map((r) => r.countedMs);
const bytes = all.map((r) => r.bytes);
const summary = {
  entries,
  runs,
  measured: new Date().toISOString().slice(0, 16).replace('T', ' '),
  machine: `${os.availableParallelism()} CPUs, load ${range(loads.map(Number), (x) => x.toFixed(1))} (1-minute average, sampled between queries), Chromium headless`,
  paintedMedianMs: median(painted),
  countedMedianMs: median(counted),
  warmMedianMs: median(figures.map((f) => f.warmMs)),
  bytesMedian: median(bytes),
  startupBytes: startup.reduce((sum, f) => sum + f.bytes, 0),
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
    `Generated by \`npm run bench:search -- --entries ${entries} --runs ${runs}\` (${summary.measured} UTC; ${summary.machine}).`,
    `The synthetic corpus of ${entries.toLocaleString('en')} entries is built by the real site; dist/ is served by a plain static server`,
    `(no compression, no cache headers); Chromium opens /search/ afresh ${runs} times per query and types it one key every 40 ms.`,
    'Time: from the last keystroke (its `input` event) to the result cards painted (the list marks the query, plus one',
    'frame), typing pause included; the filter counts follow from a worker of their own ("counts" below).',
    'Bytes: /pagefind/ files the server sent because of the query (index chunks and the shown results\' fragments), counted',
    'by the server; the page\'s service worker has installed before typing starts.',
    `Goals: ≤ ${GOAL_MS} ms, ≤ ${GOAL_BYTES / 1024} KB. Where the time and the bytes go, and what is left: [search-notes.md](search-notes.md).`,
    '',
    `**Results painted: median ${ms(median(painted))} (range ${range(painted, ms)}) ${ok(median(painted) <= GOAL_MS)}; counts shown: median ${ms(median(counted))}; warm page: median ${ms(summary.warmMedianMs)}.**`,
    `**Downloaded per query: median ${kb(median(bytes))} (range ${range(bytes, kb)}) ${ok(median(bytes) <= GOAL_BYTES)}.**`,
    `Once per page, before the first query, Pagefind starts (the service worker's first download included): ${kb(summary.startupBytes)} (${[...new Set(startup.map((f) => f.url.replace(/\.[0-9a-f]{8,}\./, '.…')))].join(', ')}).`,
    '',
    '| query | first result | painted, median (range) | counts, median | warm | downloaded (of it, index chunks) | requests |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...figures.map((f) => {
      const p = f.runs.map((r) => r.paintedMs);
      const b = f.runs.map((r) => r.bytes);
      return `| ${f.query} | ${f.firstResult} | ${ms(median(p))} (${range(p, ms)}) | ${ms(median(f.runs.map((r) => r.countedMs)))} | ${ms(f.warmMs)} | ${kb(median(b))} (${kb(median(f.runs.map((r) => r.chunkBytes)))}) | ${median(f.runs.map((r) => r.requests))} |`;
    }),
    '',
  ].join('\n'),
);
log(`wrote ${path.relative(ROOT, RESULTS)}/search.md`);
