/**
 * `npm run bench -- --entries 1000,5000,10000`: for each size, generate a synthetic corpus,
 * build it with the real site and with a bare Astro project (each followed by Pagefind when
 * the build did not index itself; both with build.env's settings), interleaved pair by pair
 * (3 pairs, 2 from 10,000 entries; --pairs N), and write the figures to bench/results/. From
 * 10,000 entries it also rebuilds with the incremental cache (no change, one edit); at the
 * largest size it measures `astro dev`: start-up, and saving an entry until its page changes.
 * Options: --no-dev skips the dev measurement; --ours-only builds only the site, once per size
 * (for finding the largest corpus the machine builds), and writes no results; --share-images
 * measures only what share images add: per round (3, or --pairs N; an even number balances the
 * rounds' two orders) the site without them (ORBITAL_SHARE_IMAGES=off), drawing them all, and
 * taking them from the cache a drawing build filled, and adds that to the results of each size; --authoring builds nothing: it
 * times the model load and the check (five runs per size) and `astro dev` saves at the
 * largest size, into bench/results/authoring.md.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { checkContent } from '../../src/check/check.ts';
import { formatProblems } from '../../src/check/problem.ts';
import { loadContent } from '../../src/model/loader.ts';
import { buildLinkGraph } from '../../src/site/graph.ts';
import { TALLY_LINE } from '../../src/publish/share-image-cache.ts';
import { SHARE_IMAGES_VARIABLE } from '../../src/publish/share-paths.ts';
import { generateCorpus } from './corpus.ts';
import { countFiles, dirBytes, lineTime, measure, type Run } from './measure.ts';
import { snapshotSite, writeBareProject } from './projects.ts';
import { authoringMarkdown, chart, LOAD_AND_CHECK, markdown, median, type BuildFigures, type DevResult, type PageSizes, type Pair, type PartsResult, type RebuildResult, type ShareImageRound, type ShareImageTally, type SizeResult } from './report.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, 'bench/work');
const RESULTS = path.join(ROOT, 'bench/results');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const sizes = (option('entries') ?? '1000,5000,10000').split(',').map(Number);
const withDev = !process.argv.includes('--no-dev');
/** Only our build, once per size: for finding the largest corpus the machine builds. */
const oursOnly = process.argv.includes('--ours-only');
/** No builds: the model load, the check and `astro dev` saves only. */
const authoringOnly = process.argv.includes('--authoring');
const PART_RUNS = 5;
const DEV_SAVES = 5;
const shareImagesOnly = process.argv.includes('--share-images');
const pairsAt = (entries: number) => Number(option('pairs') ?? (entries >= 10_000 ? 2 : 3));
/** Rebuilds (no change, one edit) are measured at sizes from this one up (--rebuild-from N). */
const REBUILD_FROM = Number(option('rebuild-from') ?? 10_000);

const log = (text: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`);
const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, (performance.now() - start) / 1000];
};

function shareImageTally(run: Run): ShareImageTally | undefined {
  const line = run.lines.map((l) => TALLY_LINE.exec(l.text)).find((m) => m !== null);
  return line ? { seconds: Number(line[3]), drawn: Number(line[1]), aheadSeconds: Number(line[4]) } : undefined;
}

/**
 * Phases of a build, from when its log lines appeared. Astro prints "page(s) built in" only once
 * every integration's build:done hook has run, so the pages are rendered when the generation's
 * own "✓ Completed" line appears; what follows (sitemap, waiting for share images, our Pagefind
 * index, the service worker) is timed apart. Bare's Pagefind runs after its build: its run.
 */
function phases(build: Run, pagefind?: Run): Record<string, number> {
  const syncing = lineTime(build, /\[content\] Syncing content/);
  const synced = lineTime(build, /\[content\] Synced content/);
  const bundle = lineTime(build, /Building static entrypoints/);
  const render = lineTime(build, /generating static routes/);
  const rendered = render === undefined ? undefined : lineTime(build, /^\d\d:\d\d:\d\d ✓ Completed in/, render);
  const indexing = lineTime(build, /\[orbital-record:pagefind\] indexing/);
  const indexed = lineTime(build, /\[orbital-record:pagefind\] \d+ pages indexed/);
  const span = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? b - a : undefined);
  const ownIndex = span(indexing, indexed);
  const afterPages = span(rendered, build.seconds);
  const all: Record<string, number | undefined> = {
    'start (config, integrations)': syncing,
    'content sync': span(syncing, synced),
    'types + build info': span(synced, bundle),
    'MDX compile + bundle': span(bundle, render),
    'render pages': span(render, rendered),
    'after pages (assets, hooks)': afterPages === undefined ? undefined : afterPages - (ownIndex ?? 0),
    // Part of "after pages": the build waiting for share images still being drawn (a cold cache: the bench clears .astro/).
    'share images (build waited)': shareImageTally(build)?.seconds,
    'Pagefind index': pagefind?.seconds ?? ownIndex,
  };
  return Object.fromEntries(Object.entries(all).filter((e): e is [string, number] => e[1] !== undefined));
}

/**
 * What `npm run build` sets for the processes of a build (build.env: the bundler's allocator),
 * given to both projects' builds alike, so the comparison stays one of the sites, not of settings.
 */
const BUILD_ENV = parseEnv(fs.readFileSync(path.join(ROOT, 'build.env'), 'utf8'));

/** The share images' own cache, which `--share-images` keeps for its warm builds while emptying every other. */
const SHARE_CACHE = '.astro/cache/share-images';

async function buildAndIndex(project: string, outDir: string, name: string, env: NodeJS.ProcessEnv, keep: 'none' | 'all' | 'share images' = 'none'): Promise<BuildFigures & { rendered: number; tally?: ShareImageTally }> {
  const kept = path.join(WORK, 'share-images-cache');
  if (keep === 'share images') fs.renameSync(path.join(project, SHARE_CACHE), kept);
  if (keep !== 'all') fs.rmSync(path.join(project, '.astro'), { recursive: true, force: true });
  if (keep === 'share images') {
    fs.mkdirSync(path.dirname(path.join(project, SHARE_CACHE)), { recursive: true });
    fs.renameSync(kept, path.join(project, SHARE_CACHE));
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  log(`${name}: astro build`);
  const load = os.loadavg()[0]!;
  const build = await measure(process.execPath, [ASTRO, 'build', '--outDir', outDir], { cwd: project, env: { ...BUILD_ENV, ...env }, log: path.join(WORK, `${name}-build.log`) });
  const index = path.join(outDir, 'pagefind');
  const pagefindBy = fs.existsSync(index) ? 'build' : 'bench';
  let pagefind: Run | undefined;
  if (pagefindBy === 'bench') {
    log(`${name}: pagefind`);
    pagefind = await measure(process.execPath, [PAGEFIND, '--site', outDir], { cwd: project, log: path.join(WORK, `${name}-pagefind.log`) });
  }
  const figures: BuildFigures = {
    seconds: build.seconds + (pagefind?.seconds ?? 0),
    buildSeconds: build.seconds,
    pagefindSeconds: pagefind?.seconds ?? 0,
    pagefindBy,
    peakBytes: Math.max(build.peakBytes, pagefind?.peakBytes ?? 0),
    pages: countFiles(outDir, '.html'),
    distBytes: dirBytes(outDir, index),
    pagefindBytes: dirBytes(index),
    phases: phases(build, pagefind),
    load,
  };
  // HTML pages rendered rather than copied from the incremental cache.
  const rendered = build.lines.filter((l) => l.text.includes('├─') && l.text.includes('.html') && !/\((cached|restored)\)/.test(l.text)).length;
  const tally = shareImageTally(build);
  log(`${name}: ${figures.seconds.toFixed(1)} s, ${(figures.peakBytes / 1e9).toFixed(2)} GB, ${figures.pages} pages, ${rendered} rendered${tally ? `, share images ${tally.drawn} drawn, build waited ${tally.seconds} s, drawing ahead took ${tally.aheadSeconds} s` : ''}`);
  return { ...figures, rendered, ...(tally ? { tally } : {}) };
}

/**
 * Our own work over the corpus, each part timed alone with the functions the build runs. With
 * the parse cache (.astro/parse-cache/, as every build and `astro dev` uses it) only files whose
 * text changed are parsed; without it every file is.
 */
function ourParts(corpus: string, cache: boolean): Record<string, number> {
  const [model, load] = time(() => loadContent(corpus, ROOT, { cache }));
  const [{ problems }, check] = time(() => checkContent(model));
  if (problems.length) throw new Error(`the generated corpus fails the content check:\n${formatProblems(problems.slice(0, 10), 'the benchmark stops')}`);
  if (!cache) return { 'model load, every file parsed': load, 'model load + check, every file parsed': load + check };
  const [, graph] = time(() => buildLinkGraph(model.entries));
  return { 'model load (read, YAML, schemas, body outlines)': load, 'content check (rules)': check, [LOAD_AND_CHECK]: load + check, 'link graph': graph };
}

/** `ourParts` run several times, each from a fresh read of the files. */
function partsRuns(corpus: string, entries: number, runs: number): PartsResult {
  const load = os.loadavg()[0]!;
  const all: Record<string, number[]> = {};
  const record = (parts: Record<string, number>) => Object.entries(parts).forEach(([name, seconds]) => (all[name] ??= []).push(seconds));
  // Parsing every file, then as a build finds the cache (the first of these fills it).
  for (let i = 0; i < runs; i++) record(ourParts(corpus, false));
  loadContent(corpus, ROOT);
  for (let i = 0; i < runs; i++) record(ourParts(corpus, true));
  log(`parts at ${entries}: ${LOAD_AND_CHECK} ${median(all[LOAD_AND_CHECK]!).toFixed(3)} s (median of ${runs}), load ${load.toFixed(1)}`);
  return { entries, measured: new Date().toISOString().slice(0, 16).replace('T', ' '), runs: all, load };
}

async function waitFor(url: string, test: (body: string) => boolean, timeoutSeconds: number): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok && test(await response.text())) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer as expected within ${timeoutSeconds} s`);
}

async function measureDev(site: string, corpus: string, entries: number): Promise<DevResult> {
  fs.rmSync(path.join(site, '.astro'), { recursive: true, force: true });
  const port = 4700 + Math.floor(Math.random() * 200);
  const base = `http://127.0.0.1:${port}`;
  const [first] = loadContent(corpus).files.filter((f) => f.collection === 'people' && f.entry);
  if (!first?.id) throw new Error(`no person in ${corpus}`);
  const person = first.id;
  const file = path.resolve(first.file);
  const out = fs.openSync(path.join(WORK, 'dev.log'), 'w');
  const started = performance.now();
  const since = () => (performance.now() - started) / 1000;
  log(`dev: astro dev at ${entries} entries`);
  const load = os.loadavg()[0]!;
  const dev = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: site,
    env: { ...process.env, ORBITAL_CONTENT_DIR: corpus },
    stdio: ['ignore', out, out],
    detached: true,
  });
  try {
    await waitFor(`${base}/`, () => true, 900);
    const readySeconds = since();
    await waitFor(`${base}/people/${person}/`, () => true, 900);
    const firstPageSeconds = since();
    const editSeconds: number[] = [];
    for (let i = 1; i <= DEV_SAVES; i++) {
      const marker = `Bench edit ${i} ${Date.now()}`;
      const text = fs.readFileSync(file, 'utf8');
      // Frontmatter and body alternately: the model re-reads the file either way, the body is compiled again too.
      const next = i % 2 ? text.replace(/^summary: "(.*)"$/m, `summary: "${marker}"`) : `${text}\n${marker}\n`;
      if (next === text) throw new Error(`the bench edit changed nothing in ${file}`);
      const saved = performance.now();
      fs.writeFileSync(file, next);
      await waitFor(`${base}/people/${person}/`, (body) => body.includes(marker), 600);
      editSeconds.push((performance.now() - saved) / 1000);
      await new Promise((r) => setTimeout(r, 1000));
    }
    log(`dev: ready ${readySeconds.toFixed(1)} s, first page ${firstPageSeconds.toFixed(1)} s, edits ${editSeconds.map((e) => e.toFixed(2)).join(', ')} s`);
    return { entries, readySeconds, firstPageSeconds, editSeconds, load };
  } finally {
    process.kill(-dev.pid!, 'SIGTERM');
    fs.closeSync(out);
  }
}

/** The largest HTML page, the 99th percentile, and dist/ (without the search index) per entry. */
function pageSizes(outDir: string, entries: number): PageSizes {
  const pages: Array<{ path: string; bytes: number }> = [];
  for (const item of fs.readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    if (!item.isFile() || !item.name.endsWith('.html')) continue;
    const full = path.join(item.parentPath, item.name);
    pages.push({ path: `/${path.relative(outDir, full)}`.replace(/index\.html$/, ''), bytes: fs.statSync(full).size });
  }
  pages.sort((a, b) => a.bytes - b.bytes);
  const largest = pages.at(-1)!;
  return {
    largestPath: largest.path,
    largestBytes: largest.bytes,
    p99Bytes: pages[Math.min(pages.length - 1, Math.floor(pages.length * 0.99))]!.bytes,
    distBytesPerEntry: dirBytes(outDir, path.join(outDir, 'pagefind')) / entries,
  };
}

/** A hub's title and an ordinary entry's summary, edited in place; returns what it did. */
function editCorpus(corpus: string): string {
  const hubFile = path.join(corpus, 'organizations', fs.readdirSync(path.join(corpus, 'organizations')).find((f) => f.endsWith('-1.mdx'))!);
  const people = fs.readdirSync(path.join(corpus, 'people')).sort();
  const personFile = path.join(corpus, 'people', people[people.length >> 1]!);
  fs.writeFileSync(hubFile, fs.readFileSync(hubFile, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1 (renamed)"'));
  fs.writeFileSync(personFile, fs.readFileSync(personFile, 'utf8').replace(/^summary: "(.*)"$/m, 'summary: "$1 Edited."'));
  return `title of hub ${path.basename(hubFile, '.mdx')}, summary of ${path.basename(personFile, '.mdx')}`;
}

async function measureRebuilds(corpus: string, cold: BuildFigures): Promise<RebuildResult> {
  const env = { ORBITAL_CONTENT_DIR: corpus };
  const outDir = path.join(WORK, 'dist-ours');
  const noChange = await buildAndIndex(site, outDir, 'ours-rebuild-no-change', env, 'all');
  const edit = editCorpus(corpus);
  const oneEdit = await buildAndIndex(site, outDir, 'ours-rebuild-one-edit', env, 'all');
  return {
    coldSeconds: cold.seconds,
    noChangeSeconds: noChange.seconds,
    noChangeRendered: noChange.rendered,
    oneEditSeconds: oneEdit.seconds,
    oneEditRendered: oneEdit.rendered,
    edit,
    phases: oneEdit.phases,
  };
}

/**
 * What share images add at one size, rounds interleaved: without them, drawing them all, taking
 * them from the cache. Odd rounds build in that order and even rounds in the reverse (warm from
 * the cache the round before left, drawn, without), so a machine that speeds up or slows down
 * through the run favours neither side: in one order the drawn build follows the one without,
 * in the other it precedes it (the runs of 2026-12-07 21:12 and 21:18 drifted 35 → 22 s and
 * 12 → 23 s, which read as 1.08x and 1.17x in one fixed order).
 */
async function measureShareImages(corpus: string, entries: number): Promise<ShareImageRound[]> {
  const outDir = path.join(WORK, 'dist-ours');
  const rounds: ShareImageRound[] = [];
  const env = { ORBITAL_CONTENT_DIR: corpus, [SHARE_IMAGES_VARIABLE]: 'on' };
  for (let i = 1; i <= pairsAt(entries); i++) {
    const without = () => buildAndIndex(site, outDir, `ours-${entries}-no-share-images-${i}`, { ORBITAL_CONTENT_DIR: corpus, [SHARE_IMAGES_VARIABLE]: 'off' });
    const drawn = () => buildAndIndex(site, outDir, `ours-${entries}-share-images-cold-${i}`, env);
    const fromCache = () => buildAndIndex(site, outDir, `ours-${entries}-share-images-warm-${i}`, env, 'share images');
    let off, cold, warm;
    if (i % 2 === 1) {
      off = await without();
      cold = await drawn();
      warm = await fromCache();
    } else {
      warm = await fromCache();
      cold = await drawn();
      off = await without();
    }
    if (!cold.tally || !warm.tally || cold.tally.drawn === 0 || warm.tally.drawn !== 0) throw new Error(`share images: the cold build should draw them all and the warm one none (${JSON.stringify([cold.tally, warm.tally])})`);
    rounds.push({ off, cold, warm, coldTally: cold.tally, warmTally: warm.tally });
  }
  return rounds;
}

function readResults(): { results: SizeResult[]; dev?: DevResult } {
  const file = path.join(RESULTS, 'bench.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { results: [] };
}

/** Results of earlier runs at sizes this run does not repeat are kept, so one size can be re-measured alone. */
function write(results: SizeResult[], dev: DevResult | undefined) {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, 'bench.json');
  const earlier = readResults();
  // Results from before builds were paired are not comparable, and are dropped.
  const all = [...earlier.results.filter((r) => Array.isArray(r.pairs) && !results.some((n) => n.entries === r.entries)), ...results].sort((a, b) => a.entries - b.entries);
  const devResult = dev ?? earlier.dev;
  const notes = [
    `Machine: ${os.availableParallelism()} CPUs, ${(os.totalmem() / 1e9).toFixed(0)} GB RAM, Node ${process.version}. Load average is the 1-minute figure when each build started (ours, bare, ours, bare …): other work on the machine slows both builds.`,
    `Both projects build with the settings \`npm run build\` gives its processes (build.env): ${Object.entries(BUILD_ENV).map(([k, v]) => `${k}=${v}`).join(', ')}.`,
    ...all.map((r) => `${r.entries} entries measured ${r.measured ?? 'date unknown'}; our search index was made by ${r.pairs[0]!.ours.pagefindBy === 'build' ? 'the site build itself' : 'the benchmark running the Pagefind CLI after our build'}.`),
  ];
  fs.writeFileSync(path.join(RESULTS, 'bench.md'), markdown(all, devResult, notes, authoringParts(parts)));
  fs.writeFileSync(path.join(RESULTS, 'bench.svg'), chart(all));
  fs.writeFileSync(file, `${JSON.stringify({ results: all, dev: devResult }, null, 2)}\n`);
}

function readAuthoring(): { parts: PartsResult[]; dev?: DevResult } {
  const file = path.join(RESULTS, 'authoring.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { parts: [] };
}

/** The authoring runs of this run, and of earlier runs for the sizes this one did not measure, by size. */
function authoringParts(parts: PartsResult[]): PartsResult[] {
  return [...readAuthoring().parts.filter((p) => !parts.some((n) => n.entries === p.entries)), ...parts].sort((a, b) => a.entries - b.entries);
}

/** bench/results/authoring.{md,json}; sizes and dev figures this run does not measure are kept from earlier runs. */
function writeAuthoring(parts: PartsResult[], dev: DevResult | undefined) {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, 'authoring.json');
  const all = authoringParts(parts);
  const devResult = dev ?? readAuthoring().dev;
  const notes = [
    `Machine: ${os.availableParallelism()} CPUs, ${(os.totalmem() / 1e9).toFixed(0)} GB RAM, Node ${process.version}, shared with other work: the load column is the 1-minute load average before the runs.`,
    ...all.map((p) => `${p.entries} entries measured ${p.measured}.`),
  ];
  fs.writeFileSync(path.join(RESULTS, 'authoring.md'), authoringMarkdown(all, devResult, notes));
  fs.writeFileSync(file, `${JSON.stringify({ parts: all, dev: devResult }, null, 2)}\n`);
}

fs.mkdirSync(WORK, { recursive: true });
const site = path.join(WORK, 'site');
snapshotSite(ROOT, site);
const results: SizeResult[] = [];
const parts: PartsResult[] = [];
let dev: DevResult | undefined;
for (const entries of sizes) {
  const corpus = path.join(WORK, `corpus-${entries}`);
  log(`generating ${entries} entries`);
  generateCorpus(corpus, entries);
  const env = { ORBITAL_CONTENT_DIR: corpus };
  if (authoringOnly) {
    parts.push(partsRuns(corpus, entries, PART_RUNS));
    writeAuthoring(parts, undefined);
    // bench.md shows these figures too.
    const built = readResults();
    if (built.results.length > 0) write([], built.dev);
    continue;
  }
  if (shareImagesOnly) {
    const rounds = await measureShareImages(corpus, entries);
    const earlier = readResults().results.find((r) => r.entries === entries);
    if (!earlier) throw new Error(`no earlier results at ${entries} entries to add the share-image figures to: run \`npm run bench -- --entries ${entries}\` first`);
    results.push({ ...earlier, shareImages: { measured: new Date().toISOString().slice(0, 16).replace('T', ' '), rounds } });
    write(results, readResults().dev);
    continue;
  }
  if (oursOnly) {
    const ours = await buildAndIndex(site, path.join(WORK, 'dist-ours'), `ours-${entries}`, env);
    log(`ours only at ${entries}: ${ours.seconds.toFixed(1)} s, peak ${(ours.peakBytes / 1e9).toFixed(2)} GB = ${(ours.peakBytes / 1e6 / (entries / 1000)).toFixed(0)} MB per 1,000 entries; largest page ${JSON.stringify(pageSizes(path.join(WORK, 'dist-ours'), entries))}`);
    continue;
  }
  const timed = partsRuns(corpus, entries, PART_RUNS);
  parts.push(timed);
  const bare = path.join(WORK, 'bare');
  writeBareProject(ROOT, bare, corpus);
  const pairs: Pair[] = [];
  let pages: PageSizes | undefined;
  for (let i = 1; i <= pairsAt(entries); i++) {
    const ours = await buildAndIndex(site, path.join(WORK, 'dist-ours'), `ours-${entries}-${i}`, env);
    pages ??= pageSizes(path.join(WORK, 'dist-ours'), entries);
    const bareFigures = await buildAndIndex(bare, path.join(WORK, 'dist-bare'), `bare-${entries}-${i}`, {});
    pairs.push({ ours, bare: bareFigures });
  }
  // The bare builds ran in their own project, so ours still has the last cold build's cache.
  const rebuild = entries >= REBUILD_FROM ? await measureRebuilds(corpus, pairs.at(-1)!.ours) : undefined;
  const ourPartsMedian = Object.fromEntries(Object.entries(timed.runs).map(([name, runs]) => [name, median(runs)]));
  // The share-image rounds are measured on their own (--share-images) and kept until measured again.
  const shareImages = readResults().results.find((r) => r.entries === entries)?.shareImages;
  results.push({ entries, measured: new Date().toISOString().slice(0, 16).replace('T', ' '), pairs, pages: pages!, ourParts: ourPartsMedian, ...(rebuild ? { rebuild } : {}), ...(shareImages ? { shareImages } : {}) });
  write(results, dev);
  writeAuthoring(parts, dev);
}
if (withDev && !oursOnly && !shareImagesOnly) {
  const largest = Math.max(...sizes);
  dev = await measureDev(site, path.join(WORK, `corpus-${largest}`), largest);
  if (!authoringOnly) write(results, dev);
  writeAuthoring(parts, dev);
}
log(`results in ${path.relative(ROOT, RESULTS)}/`);
