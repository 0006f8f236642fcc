/**
 * `npm run bench:timeline`: how fast the timeline chart draws and zooms in Chromium with
 * 1,000 and 10,000 synthetic events (plus flights, crews and terms of office in proportion).
 *
 * It serves the built site (building it first unless BENCH_SKIP_BUILD=1), and answers the
 * chart's data file, /timeline/data.json, with a synthetic corpus made by the same
 * `buildTimeline` the site uses. BENCH_DIST=dir serves another build instead (say, the
 * 10,000-entry benchmark build of `npm run bench`) with its own data file. Budgets: chart
 * painted ≤ 200 ms after the data is loaded, zoom frame ≤ 16 ms. Prints a table; it never
 * fails a test run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { parsePartialDate } from '../src/model/dates.ts';
import type { GraphEntry } from '../src/site/graph.ts';
import type { CollectionName } from '../src/model/schema.ts';
import { buildTimeline, type TimelineData } from '../src/timeline/data.ts';
import type { Page } from 'playwright-core';
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

const DIST = process.env.BENCH_DIST;
if (!DIST && (process.env.BENCH_SKIP_BUILD !== '1' || !fs.existsSync('dist/timeline/index.html'))) {
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const site = await startSite(DIST ? { outDir: DIST } : {});
interface Run {
  chartCpu: number;
  paintedCpu: number;
  zoomCpu: ReturnType<typeof stats>;
  chart: number;
  painted: number;
  ready: number;
  frame: number;
  marks: number;
  spans: number;
  work: ReturnType<typeof stats>;
  interval: ReturnType<typeof stats>;
}

/** `json` answers /timeline/data.json; without it the served build's own file does. */
async function measure(json: string | undefined): Promise<Run> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  if (json) await page.route('**/timeline/data.json', (route) => route.fulfill({ body: json, contentType: 'application/json' }));
  const trace = await startTrace(page);
  await page.goto(`${site.url}/timeline/`);
  await page.waitForSelector('orbital-timeline[data-ready]');
  await page.waitForFunction(() => performance.getEntriesByName('timeline:first-frame').length > 0);
  const first = await page.evaluate(() => {
    const drawn = (document.querySelector('orbital-timeline') as unknown as { drawn: { marks: unknown[]; spans: unknown[] } }).drawn;
    const measured = (name: string) => performance.getEntriesByName(name)[0]?.duration ?? NaN;
    return {
      chart: measured('timeline:chart-render'),
      // The first frame less the data's loading: what a reader waits once the data is there.
      painted: measured('timeline:first-frame') - (performance.getEntriesByName('timeline:data')[0]!.startTime - performance.getEntriesByName('timeline:start')[0]!.startTime),
      ready: measured('timeline:first-render'),
      frame: measured('timeline:first-frame'),
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
    performance.mark('bench:zoom');
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
  const cpu = cpuTimes(await trace.stop());
  await context.close();
  return { ...first, ...cpu, work: stats(zoom.work), interval: stats(zoom.intervals) };
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own clock: CPU time, which other processes on a shared machine do not stretch. */
  tts?: number;
  tdur?: number;
  tid: number;
}

async function startTrace(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    async stop(): Promise<TraceEvent[]> {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      return events;
    },
  };
}

const FRAME_WORK = new Set(['FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);

/**
 * Main-thread CPU time, from the trace's thread clock: the chart drawn (data loaded to chart
 * drawn), painted (plus the tasks up to the frame that shows it) and each zoom frame's callback.
 */
function cpuTimes(events: TraceEvent[]) {
  const mark = (name: string) => events.find((e) => e.name === name && e.cat.includes('user_timing') && e.ph !== 'b' && e.ph !== 'e');
  const data = mark('timeline:data')!;
  // Builds from before the chart had its own mark drew it all before `ready`.
  const chart = (mark('timeline:chart') ?? mark('timeline:ready'))!;
  const frameEnd = events.find((e) => e.name === 'timeline:first-frame' && e.ph === 'e')!;
  const zoomStart = mark('bench:zoom')!;
  const main = events.filter((e) => e.tid === data.tid && e.ph === 'X');
  const drawn = (chart.tts! - data.tts!) / 1000;
  // The frame's own work (not the harness's polling, which runs in between).
  const after = main.filter((e) => FRAME_WORK.has(e.name) && e.ts >= chart.ts && e.ts + e.dur! <= frameEnd.ts).reduce((n, e) => n + (e.tdur ?? 0), 0) / 1000;
  const frames = main.filter((e) => e.name === 'FireAnimationFrame' && e.ts >= zoomStart.ts).map((e) => (e.tdur ?? 0) / 1000);
  return { chartCpu: drawn, paintedCpu: drawn + after, zoomCpu: stats(frames) };
}

const rows: string[][] = [];
const cpuRows: string[][] = [];
const loads = [os.loadavg()[0]!];
try {
  for (const size of DIST ? [0] : SIZES) {
    const data = DIST ? (JSON.parse(fs.readFileSync(`${DIST}/timeline/data.json`, 'utf8')) as TimelineData) : corpus(size);
    const json = DIST ? undefined : JSON.stringify(data);
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run++) {
      runs.push(await measure(json));
      loads.push(os.loadavg()[0]!);
    }
    const median = (pick: (r: Run) => number) => stats(runs.map(pick)).median;
    /** Median of the page loads, with the range over them. */
    const spread = (pick: (r: Run) => number, digits = 1) => {
      const xs = runs.map(pick);
      return `${median(pick).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
    };
    rows.push([
      data.events.length.toLocaleString('en'), data.spans.length.toLocaleString('en'), spread((r) => r.chart), spread((r) => r.painted),
      spread((r) => r.ready), spread((r) => r.frame), `${runs[0]!.marks}/${runs[0]!.spans}`,
      spread((r) => r.work.median, 2), spread((r) => r.work.p95, 2), spread((r) => r.work.max, 1), spread((r) => r.interval.median),
    ]);
    cpuRows.push([
      data.events.length.toLocaleString('en'), spread((r) => r.chartCpu), spread((r) => r.paintedCpu),
      spread((r) => r.zoomCpu.median, 2), spread((r) => r.zoomCpu.p95, 2), spread((r) => r.zoomCpu.max, 1),
    ]);
  }
} finally {
  await site.close();
}

const head = ['events', 'spans', 'chart drawn ms', 'chart painted ms', 'ready ms', 'first frame ms', 'drawn marks/spans', 'zoom work median ms', 'zoom work p95 ms', 'max', 'frame interval median ms'];
function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
console.log(`Chromium, ${RUNS} page loads per size (median, range over the loads)${DIST ? `, serving ${DIST}` : ''}; 1-minute load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${os.cpus().length} CPUs.\n`);
console.log(`Wall clock:\n\n${table(head, rows)}\n`);
console.log(`Main-thread CPU time (the trace's thread clock; what the page itself costs, whatever else runs on the machine):\n`);
console.log(table(['events', 'chart drawn ms', 'chart painted ms', 'zoom frame median ms', 'zoom frame p95 ms', 'max'], cpuRows));
console.log(`
Budgets: chart painted ≤ 200 ms; zoom frame ≤ 16 ms (work median and p95).
  chart drawn:    lanes, clusters, axis, canvas tiles in view and the list of events in view, from data loaded (parsed) on.
  chart painted:  from data loaded to the frame showing the chart, its style, layout and paint done.
  ready:          from the element's start to the menus filled (after the chart frame), including fetching and parsing the data file.
  first frame:    from the element's start to the frame showing the chart.
  zoom work:      one wheel event through d3-zoom's handler: layout and paint of the tiles in view, the axis and its forced layout.
  frame interval: time between animation frames while zooming (vsync ≈ 16.7 ms headless).
Marks are clustered, lanes capped at 16 and only canvas tiles near the viewport painted, so a frame stays bounded as events grow.`);
