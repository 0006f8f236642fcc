/**
 * `npm run bench:timeline`: how fast the timeline chart draws and zooms in Chromium with
 * 1,000 and 10,000 synthetic events (plus flights, crews and terms of office in proportion).
 *
 * It serves the built site (building it first unless BENCH_SKIP_BUILD=1), and answers the
 * chart's data file, /timeline/data.json, with a synthetic corpus made by the same
 * `buildTimeline` the site uses. Budgets: first render ≤ 200 ms, zoom
 * frame ≤ 16 ms. Prints a table; it never fails a test run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { parsePartialDate } from '../src/model/dates.ts';
import type { GraphEntry } from '../src/site/graph.ts';
import type { CollectionName } from '../src/model/schema.ts';
import { buildTimeline, type TimelineData } from '../src/timeline/data.ts';
import { startSite } from '../tests/support/browser.ts';
import { testEntry } from '../tests/support/entries.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const ZOOM_FRAMES = 60;
/** Fresh page loads per size; the table shows the median run (the machine may be shared). */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const KINDS = ['launch', 'docking', 'undocking', 'landing', 'spacewalk', 'anomaly', 'investigation', 'decision', 'agreement', 'appointment', 'command', 'relocation', 'record', 'communication'];

/** A deterministic pseudo-random sequence, so every run draws the same corpus. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16) + 'Z';
const ref = (collection: CollectionName, id: string) => ({ collection, id });
const entry = (collection: CollectionName, id: string, data: Record<string, unknown>): GraphEntry =>
  testEntry(collection, id, { title: `${collection} ${id}`, summary: `Synthetic ${collection} entry ${id}.`, ...data });

function corpus(events: number): TimelineData {
  const rand = random(events);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const from = Date.UTC(1961, 3, 12);
  const to = Date.UTC(2025, 0, 1);
  const people = Array.from({ length: Math.max(30, events / 20) }, (_, i) => `person-${i}`);
  const orgs = Array.from({ length: 6 }, (_, i) => `org-${i}`);
  const craft = Array.from({ length: Math.max(10, events / 50) }, (_, i) => {
    const launch = from + rand() * (to - from - 400 * 86_400_000);
    return { id: `craft-${i}`, launch, landing: launch + (30 + rand() * 330) * 86_400_000, crew: [pick(people), pick(people), pick(people)] };
  });
  const entries: GraphEntry[] = [
    ...people.map((id) => entry('people', id, {})),
    ...orgs.map((id, i) => entry('organizations', id, {
      leaders: [0, 1, 2, 3].map((n) => ({ person: ref('people', people[i * 4 + n]!), title: 'Head', from: parsePartialDate(String(1960 + i * 2 + n * 15)), to: parsePartialDate(String(1974 + i * 2 + n * 15)) })),
    })),
    ...craft.map((c) => entry('spacecraft', c.id, {
      kind: 'crewed spacecraft', operator: ref('organizations', pick(orgs)),
      launch: { date: parsePartialDate(iso(c.launch)) }, landing: { date: parsePartialDate(iso(c.landing)) },
      crew: [...new Set(c.crew)].map((p, n) => ({ person: ref('people', p), role: n === 0 ? 'Commander' : 'Flight engineer' })),
    })),
    ...Array.from({ length: events }, (_, i) => {
      const flight = rand() < 0.6 ? pick(craft) : undefined;
      const at = flight ? flight.launch + rand() * (flight.landing - flight.launch) : from + rand() * (to - from);
      const precision = rand();
      const text = precision < 0.1 ? iso(at).slice(0, 4) : precision < 0.25 ? iso(at).slice(0, 7) : precision < 0.6 ? iso(at).slice(0, 10) : iso(at);
      return entry('events', `event-${i}`, {
        kind: pick(KINDS), date: parsePartialDate(text),
        people: flight ? [ref('people', flight.crew[0]!)] : [], spacecraft: flight ? [ref('spacecraft', flight.id)] : [], organizations: [ref('organizations', pick(orgs))],
      });
    }),
  ];
  return buildTimeline(entries, to);
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
};

if (process.env.BENCH_SKIP_BUILD !== '1' || !fs.existsSync('dist/timeline/index.html')) {
  execFileSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const site = await startSite();
interface Run {
  chart: number;
  script: number;
  frame: number;
  marks: number;
  spans: number;
  work: ReturnType<typeof stats>;
  interval: ReturnType<typeof stats>;
}

async function measure(data: TimelineData): Promise<Run> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const json = JSON.stringify(data);
  await page.route('**/timeline/data.json', (route) => route.fulfill({ body: json, contentType: 'application/json' }));
  await page.goto(`${site.url}/timeline/`);
  await page.waitForSelector('orbital-timeline[data-ready]');
  await page.waitForFunction(() => performance.getEntriesByName('timeline:first-frame').length > 0);
  const first = await page.evaluate(() => {
    const drawn = (document.querySelector('orbital-timeline') as unknown as { drawn: { marks: unknown[]; spans: unknown[] } }).drawn;
    return {
      chart: performance.getEntriesByName('timeline:chart-render')[0]!.duration,
      script: performance.getEntriesByName('timeline:first-render')[0]!.duration,
      frame: performance.getEntriesByName('timeline:first-frame')[0]!.duration,
      marks: drawn.marks.length,
      spans: drawn.spans.length,
    };
  });
  // Zoom frames through d3-zoom's own wheel handler, half in and half out, around the middle of the plot.
  const zoom = await page.evaluate(async (frames: number) => {
    const canvas = document.querySelector('.timeline-canvas')!;
    const axis = document.querySelector<SVGSVGElement>('.timeline-svg')!;
    const box = canvas.getBoundingClientRect();
    const work: number[] = [];
    const intervals: number[] = [];
    let last = 0;
    for (let i = 0; i < frames; i++) {
      await new Promise<void>((resolve) => requestAnimationFrame((now) => {
        if (last) intervals.push(now - last);
        last = now;
        const t0 = performance.now();
        canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: i < frames / 2 ? -120 : 120, clientX: box.left + box.width * 0.6, clientY: box.top + 40, bubbles: true, cancelable: true }));
        void axis.getBBox(); // force style and layout of the axis that changed
        work.push(performance.now() - t0);
        resolve();
      }));
    }
    return { work, intervals };
  }, ZOOM_FRAMES);
  await context.close();
  return { ...first, work: stats(zoom.work), interval: stats(zoom.intervals) };
}

const rows: string[][] = [];
try {
  for (const size of SIZES) {
    const data = corpus(size);
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(data));
    const median = (pick: (r: Run) => number) => stats(runs.map(pick)).median;
    /** Median of the page loads, with the range over them. */
    const spread = (pick: (r: Run) => number, digits = 1) => {
      const xs = runs.map(pick);
      return `${median(pick).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
    };
    rows.push([
      size.toLocaleString('en'), String(data.spans.length), spread((r) => r.chart), spread((r) => r.script),
      spread((r) => r.frame), `${runs[0]!.marks}/${runs[0]!.spans}`,
      spread((r) => r.work.median, 2), median((r) => r.work.p95).toFixed(2), median((r) => r.interval.median).toFixed(1),
    ]);
  }
} finally {
  await site.close();
}

const head = ['events', 'spans', 'chart first render ms', 'incl. data load ms', 'first frame ms', 'drawn marks/spans', 'zoom frame work median ms', 'p95', 'frame interval median ms'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log(`Chromium, ${RUNS} page loads per size (median shown); load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs.\n`);
console.log([line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n'));
console.log(`
Budgets: first render ≤ 200 ms; zoom frame ≤ 16 ms.
  chart first render: lanes, clusters, axis, canvas drawing and the list of events in view, from data loaded to ready.
  incl. data load:    from the element's start to ready, including fetching and parsing the data file.
  first frame:        up to the frame after that, including style, layout and paint of the whole page.
  zoom work:          one wheel event through d3-zoom's handler: redraw plus forced layout of the axis.
  frame interval:     time between animation frames while zooming (vsync ≈ 16.7 ms headless).
Marks are clustered and lanes capped at 16, so the drawing stays bounded as events grow.`);
