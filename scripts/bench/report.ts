/** The benchmark's results as a Markdown table and an SVG chart (d3 scales and line paths, as a string). */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface BuildFigures {
  /** Build plus Pagefind, as the reader's site needs both. */
  seconds: number;
  buildSeconds: number;
  pagefindSeconds: number;
  /** Who made the search index: the site's own build, or the benchmark running Pagefind after it. */
  pagefindBy: 'build' | 'bench';
  peakBytes: number;
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  phases: Record<string, number>;
  /** 1-minute load average when the build started (absent in results from before it was recorded). */
  load?: number;
}

export interface Pair {
  ours: BuildFigures;
  bare: BuildFigures;
}

export interface PageSizes {
  largestPath: string;
  largestBytes: number;
  p99Bytes: number;
  /** dist/ without the search index, per entry: stays flat when output is linear in the corpus. */
  distBytesPerEntry: number;
}

export interface RebuildResult {
  coldSeconds: number;
  noChangeSeconds: number;
  noChangeRendered: number;
  oneEditSeconds: number;
  oneEditRendered: number;
  /** What the one-edit rebuild changed. */
  edit: string;
  phases: Record<string, number>;
}

/** One round of the share-image comparison: the same site built three ways, one after another. */
export interface ShareImageRound {
  /** Share images drawn from an empty cache (every other cache empty too). */
  cold: BuildFigures;
  /** ORBITAL_SHARE_IMAGES=off: no images, no tags naming them. */
  off: BuildFigures;
  /** Images from the cache the cold build filled (every other cache empty). */
  warm: BuildFigures;
  coldTally: ShareImageTally;
  warmTally: ShareImageTally;
}

/** The build's own tally (its log line): how many images it drew, how long the build waited for them, how long drawing them ahead took. */
export interface ShareImageTally {
  drawn: number;
  seconds: number;
  /** Absent in results from before the build logged it. */
  aheadSeconds?: number;
}

export interface ShareImageResult {
  measured: string;
  rounds: ShareImageRound[];
}

export interface SizeResult {
  entries: number;
  /** When it was measured, UTC. */
  measured?: string;
  /** Builds run interleaved, ours then bare, pair after pair. */
  pairs: Pair[];
  pages: PageSizes;
  /** Our own computations, timed in the benchmark process over the same corpus. */
  ourParts: Record<string, number>;
  rebuild?: RebuildResult;
  /** `npm run bench -- --share-images`: what drawing share images adds to a build. */
  shareImages?: ShareImageResult;
}

export interface DevResult {
  entries: number;
  readySeconds: number;
  firstPageSeconds: number;
  /** Each save until the page showed it: frontmatter and body edits, alternately. */
  editSeconds: number[];
  /** 1-minute load average when the dev server started. */
  load?: number;
}

/** The content model and check over one corpus, run several times in the benchmark process. */
export interface PartsResult {
  entries: number;
  measured: string;
  /** Part → seconds of each run. */
  runs: Record<string, number[]>;
  /** 1-minute load average before the first run. */
  load: number;
}

/** shareImages: a build drawing every share image from an empty cache takes at most this much longer than one without images. */
export const TARGET = { time: 1.2, memory: 1.1, oneEdit: 0.5, noChange: 0.4, shareImages: 1.1, loadAndCheck: 1, devSave: 1.5 };
export const LOAD_AND_CHECK = 'model load + check';

const s = (x: number) => `${x.toFixed(1)} s`;
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const gb = (b: number) => `${(b / 1e9).toFixed(2)} GB`;
const ratio = (x: number, target: number) => `${x.toFixed(2)}× ${x <= target ? '✓' : '✗'}`;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const spread = (values: number[], show: (x: number) => string) =>
  `${show(median(values))} (${show(Math.min(...values))}–${show(Math.max(...values))})`;

/** A build's 1-minute load average, or a dash where none was recorded. */
const loadText = (load: number | undefined) => load?.toFixed(1) ?? '–';

export const medianOf = (r: SizeResult, who: 'ours' | 'bare', of: (f: BuildFigures) => number) => median(r.pairs.map((p) => of(p[who])));

/**
 * `parts`: the authoring benchmark's runs of the same functions (five a size), which replace a
 * build run's single timing where they exist; a size with neither shows dashes, not NaN.
 */
export function markdown(results: SizeResult[], dev: DevResult | undefined, notes: string[], parts: readonly PartsResult[] = []): string {
  const rows = results.map((r) => {
    const time = (who: 'ours' | 'bare') => spread(r.pairs.map((p) => p[who].seconds), s);
    const mem = (who: 'ours' | 'bare') => spread(r.pairs.map((p) => p[who].peakBytes), gb);
    const timeRatios = r.pairs.map((p) => p.ours.seconds / p.bare.seconds);
    const memRatios = r.pairs.map((p) => p.ours.peakBytes / p.bare.peakBytes);
    const loads = r.pairs.flatMap((p) => [p.ours.load, p.bare.load]).map(loadText).join(' ');
    return `| ${r.entries.toLocaleString('en')} | ${r.pairs.length} | ${time('ours')} | ${time('bare')} | ${ratio(median(timeRatios), TARGET.time)} (${timeRatios.map((x) => x.toFixed(2)).join(', ')}) | ${mem('ours')} | ${mem('bare')} | ${ratio(median(memRatios), TARGET.memory)} (${memRatios.map((x) => x.toFixed(2)).join(', ')}) | ${loads} |`;
  });
  const sizeRows = results.map((r) => {
    const o = r.pairs[0]!.ours;
    return `| ${r.entries.toLocaleString('en')} | ${o.pages} | \`${r.pages.largestPath}\` ${kb(r.pages.largestBytes)} | ${kb(r.pages.p99Bytes)} | ${(r.pages.distBytesPerEntry / 1024).toFixed(1)} KB | ${(o.pagefindBytes / 1e6).toFixed(1)} MB |`;
  });
  const phaseNames = [...new Set(results.flatMap((r) => r.pairs.flatMap((p) => [...Object.keys(p.ours.phases), ...Object.keys(p.bare.phases)])))];
  const phaseRows = results.flatMap((r) =>
    (['ours', 'bare'] as const).map((who) => `| ${r.entries.toLocaleString('en')} | ${who} | ${phaseNames.map((n) => { const v = r.pairs.map((p) => p[who].phases[n]).filter((x): x is number => x !== undefined); return v.length ? s(median(v)) : '–'; }).join(' | ')} |`),
  );
  const computed = new Map<number, Record<string, number>>(results.map((r) => [r.entries, r.ourParts]));
  for (const p of parts) computed.set(p.entries, Object.fromEntries(Object.entries(p.runs).map(([name, runs]) => [name, median(runs)])));
  const partNames = [...new Set([...computed.values()].flatMap((c) => Object.keys(c)))];
  const partRows = [...computed]
    .sort(([a], [b]) => a - b)
    .map(([entries, c]) => `| ${entries.toLocaleString('en')} | ${partNames.map((p) => (c[p] === undefined ? '–' : s(c[p]))).join(' | ')} |`);
  const rebuilds = results.filter((r) => r.rebuild);
  const shared = results.filter((r) => r.shareImages);
  const shareRows = shared.map((r) => {
    const rounds = r.shareImages!.rounds;
    const of = (get: (round: ShareImageRound) => number, show: (x: number) => string) => spread(rounds.map(get), show);
    const ratios = rounds.map((x) => x.cold.seconds / x.off.seconds);
    const render = (f: BuildFigures) => f.phases['render pages'] ?? NaN;
    const drawn = median(rounds.map((x) => x.coldTally.drawn));
    const ahead = rounds.map((x) => x.coldTally.aheadSeconds).filter((x): x is number => x !== undefined);
    const loads = rounds.flatMap((x) => [x.off.load, x.cold.load, x.warm.load]).map(loadText).join(' ');
    return `| ${r.entries.toLocaleString('en')} | ${rounds.length} | ${of((x) => x.off.seconds, s)} | ${of((x) => x.cold.seconds, s)} | ${of((x) => x.cold.seconds - x.off.seconds, s)} | ${ratio(median(ratios), TARGET.shareImages)} (${ratios.map((x) => x.toFixed(2)).join(', ')}) | ${of((x) => render(x.off), s)} → ${of((x) => render(x.cold), s)} | ${drawn}: ${ahead.length ? `${spread(ahead, s)}, ` : ''}build waited ${of((x) => x.coldTally.seconds, s)} | ${of((x) => x.warm.seconds, s)} | ${of((x) => x.warm.seconds - x.off.seconds, s)} | ${of((x) => x.warmTally.seconds, (v) => `${v.toFixed(2)} s`)} | ${loads} |`;
  });
  return [
    '# Build benchmark',
    '',
    'Generated by `npm run bench`. Ours = the real site (content check, link graph, bounded backlinks, every page) plus its',
    'Pagefind index; bare = a bare Astro 7 project building the same MDX (one page per entry, glob loader and',
    '`render()`, nothing else) plus Pagefind over its output. The corpus draws references from Zipf-like weights, so a few',
    'agencies, launch sites, a station and sources are hubs named by a large share of entries. Builds run interleaved',
    '(ours, bare, ours, bare …) from empty caches; figures are medians with min–max, ratios pair by pair. Times are wall',
    'clock; memory is the peak resident set of the whole process tree, summed every 250 ms (ours draws its share images',
    'and runs Pagefind in child processes). Targets: ours ≤ 1.2× bare time and ≤ 1.1× bare peak memory.',
    '',
    '| entries | pairs | ours: build + Pagefind | bare: build + Pagefind | time ratio (pairs) | ours peak RSS | bare peak RSS | memory ratio (pairs) | load (each build) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows,
    '',
    '## Page sizes (ours)',
    '',
    '| entries | HTML pages | largest page | 99th percentile page | dist/ per entry (without search index) | Pagefind index |',
    '|---:|---:|---|---:|---:|---:|',
    ...sizeRows,
    '',
    ...(rebuilds.length
      ? [
          '## Rebuilds (incremental build, cache kept from the cold build before)',
          '',
          '| entries | cold (last pair) | no change | HTML pages rendered | one edit | HTML pages rendered | edit |',
          '|---:|---:|---:|---:|---:|---:|---|',
          ...rebuilds.map((r) => {
            const b = r.rebuild!;
            return `| ${r.entries.toLocaleString('en')} | ${s(b.coldSeconds)} | ${s(b.noChangeSeconds)} = ${ratio(b.noChangeSeconds / b.coldSeconds, TARGET.noChange)} | ${b.noChangeRendered} | ${s(b.oneEditSeconds)} = ${ratio(b.oneEditSeconds / b.coldSeconds, TARGET.oneEdit)} | ${b.oneEditRendered} | ${b.edit} |`;
          }),
          '',
          'Phases of the one-edit rebuild: ' + rebuilds.map((r) => Object.entries(r.rebuild!.phases).map(([k, v]) => `${k} ${s(v)}`).join(', ')).join('; '),
          '',
        ]
      : []),
    ...(shared.length
      ? [
          '## Share images (`npm run bench -- --share-images`)',
          '',
          'The real site built three ways in turn, each with every other cache empty: without share images',
          '(`ORBITAL_SHARE_IMAGES=off`), with every image drawn (empty image cache), and with the images a drawing build cached',
          '(warm); odd rounds in that order and even rounds in the reverse, so drift in the machine\'s speed favours neither side.',
          'Build + Pagefind wall clock, medians with min–max. The images are drawn in low-priority child processes',
          'from the end of configuration on, alongside content sync, bundling and "render pages", and each is copied into the',
          'output as soon as it is ready. The drawing itself is the build\'s own tally: images drawn, how long drawing them ahead',
          `took (the build goes on meanwhile) and how long the build waited for them once every page was rendered. Target: with images drawn ≤ ${TARGET.shareImages}× without.`,
          '',
          '| entries | rounds | without images | images drawn (cold cache) | images add | ratio (rounds) | render pages: without → with | drawn: drawing, waiting | images from cache (warm) | warm adds | build waited (warm) | load (off, cold, warm each round) |',
          '|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|',
          ...shareRows,
          '',
          ...shared.map((r) => `${r.entries.toLocaleString('en')} entries measured ${r.shareImages!.measured}.`),
          '',
        ]
      : []),
    '## Where the time goes',
    '',
    'Build phases (medians), from the moment each log line appeared (ours runs its content check during "start").',
    '',
    `| entries | build | ${phaseNames.join(' | ')} |`,
    `|---:|---|${phaseNames.map(() => '---:').join('|')}|`,
    ...phaseRows,
    '',
    'Our own computations over the same corpus, timed alone in the benchmark process (medians; where the authoring',
    'benchmark measured a size, its five runs, see authoring.md):',
    '',
    `| entries | ${partNames.join(' | ')} |`,
    `|---:|${partNames.map(() => '---:').join('|')}|`,
    ...partRows,
    '',
    ...(dev
      ? [
          `## Authoring at ${dev.entries.toLocaleString('en')} entries (\`astro dev\`)`,
          '',
          `- Start-up until the dev server answers \`/\`: ${s(dev.readySeconds)}`,
          `- Start-up until an entry page is served: ${s(dev.firstPageSeconds)}`,
          `- Saving an entry until its page shows the change: ${devSaves(dev)}`,
          '',
        ]
      : []),
    ...(notes.length ? ['## Notes', '', ...notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
}

const ms = (x: number) => `${(x * 1000).toFixed(0)} ms`;

function devSaves(dev: DevResult): string {
  const m = median(dev.editSeconds);
  return `median ${s2(m)} ${m <= TARGET.devSave ? '✓' : '✗'} (target ≤ ${TARGET.devSave} s) of ${dev.editSeconds.map(s2).join(', ')}`;
}
const s2 = (x: number) => `${x.toFixed(2)} s`;

/** bench/results/authoring.md: the edit loop an author feels, apart from full builds. */
export function authoringMarkdown(parts: PartsResult[], dev: DevResult | undefined, notes: string[]): string {
  const names = [...new Set(parts.flatMap((p) => Object.keys(p.runs)))];
  return [
    '# Authoring benchmark',
    '',
    'Generated by `npm run bench -- --authoring` (and by every full `npm run bench`). The real functions over the',
    `synthetic corpus: \`loadContent\` (read every file, split, YAML with positions, schemas, body outlines) and`,
    `\`checkContent\` (every rule), timed in the benchmark process, medians of the runs with min–max. Builds, \`npm run check\``,
    'and `astro dev` keep each file\'s parse in .astro/parse-cache/ by a hash of its text, so a new process parses only the',
    'files that changed: the first columns are that usual case, the "every file parsed" columns a load with no cache.',
    `Target: ${LOAD_AND_CHECK} ≤ ${TARGET.loadAndCheck} s at 10,000 entries.`,
    '',
    `| entries | runs | ${names.join(' | ')} | load |`,
    `|---:|---:|${names.map(() => '---:').join('|')}|---:|`,
    ...parts.map((p) => {
      const cells = names.map((n) => {
        const v = p.runs[n] ?? [];
        const mark = n === LOAD_AND_CHECK ? (median(v) <= TARGET.loadAndCheck ? ' ✓' : ' ✗') : '';
        return v.length ? `${ms(median(v))}${mark} (${ms(Math.min(...v))}–${ms(Math.max(...v))})` : '–';
      });
      return `| ${p.entries.toLocaleString('en')} | ${Object.values(p.runs)[0]?.length ?? 0} | ${cells.join(' | ')} | ${p.load.toFixed(1)} |`;
    }),
    '',
    ...(dev
      ? [
          `## \`astro dev\` at ${dev.entries.toLocaleString('en')} entries`,
          '',
          'A save changes one entry file (the summary in its frontmatter, then a line of its body, alternately); the time is',
          'from the write until the entry page, fetched again and again, shows the change.',
          '',
          `- Start-up until the dev server answers \`/\`: ${s(dev.readySeconds)}`,
          `- Start-up until an entry page is served: ${s(dev.firstPageSeconds)}`,
          `- Saving an entry until its page shows the change: ${devSaves(dev)}`,
          ...(dev.load !== undefined ? [`- Load average when the dev server started: ${dev.load.toFixed(1)}`] : []),
          '',
        ]
      : []),
    ...(notes.length ? ['## Notes', '', ...notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
}

/** Two panels, time and memory against entries, with the target as a dashed line. */
export function chart(results: SizeResult[]): string {
  const width = 760;
  const height = 320;
  const panel = { w: 300, h: 220, top: 50, left: [70, 450] };
  const entries = results.map((r) => r.entries);
  const x = scaleLinear().domain([0, Math.max(...entries)]).range([0, panel.w]).nice();
  const panels = [
    { title: 'Build + Pagefind time (s, median)', of: (f: BuildFigures) => f.seconds, target: TARGET.time, scale: 1 },
    { title: 'Peak memory (GB, median)', of: (f: BuildFigures) => f.peakBytes, target: TARGET.memory, scale: 1e9 },
  ];
  const series = [
    { name: 'ours', color: '#0b57a4', dash: '' },
    { name: 'bare Astro + Pagefind', color: '#6b7280', dash: '' },
    { name: 'target', color: '#c2410c', dash: '5 4' },
  ];
  const body = panels.map((p, i) => {
    const m = (r: SizeResult, who: 'ours' | 'bare') => medianOf(r, who, p.of);
    const values = results.flatMap((r) => [m(r, 'ours'), m(r, 'bare') * p.target].map((v) => v / p.scale));
    const y = scaleLinear().domain([0, Math.max(...values)]).range([panel.h, 0]).nice();
    const path = line<[number, number]>().x((d) => x(d[0])).y((d) => y(d[1]));
    const lines = [
      results.map((r) => [r.entries, m(r, 'ours') / p.scale] as [number, number]),
      results.map((r) => [r.entries, m(r, 'bare') / p.scale] as [number, number]),
      results.map((r) => [r.entries, (m(r, 'bare') * p.target) / p.scale] as [number, number]),
    ];
    const xTicks = x.ticks(4).map((t) => `<g transform="translate(${x(t)},${panel.h})"><line y2="5" stroke="currentColor"/><text y="18" text-anchor="middle">${t.toLocaleString('en')}</text></g>`);
    const yTicks = y.ticks(5).map((t) => `<g transform="translate(0,${y(t)})"><line x2="${panel.w}" stroke="currentColor" stroke-opacity="0.12"/><text x="-8" dy="0.32em" text-anchor="end">${t}</text></g>`);
    const paths = lines.map((d, j) => `<path d="${path(d)}" fill="none" stroke="${series[j]!.color}" stroke-width="2" ${series[j]!.dash ? `stroke-dasharray="${series[j]!.dash}"` : ''}/>` + d.map(([a, b]) => `<circle cx="${x(a)}" cy="${y(b)}" r="3" fill="${series[j]!.color}"/>`).join(''));
    return `<g transform="translate(${panel.left[i]},${panel.top})"><text x="0" y="-14" font-weight="600">${p.title}</text>${yTicks.join('')}<line y1="${panel.h}" x2="${panel.w}" y2="${panel.h}" stroke="currentColor"/>${xTicks.join('')}<text x="${panel.w / 2}" y="${panel.h + 36}" text-anchor="middle">entries</text>${paths.join('')}</g>`;
  });
  const legend = series.map((l, i) => `<g transform="translate(${70 + i * 200},${height - 10})"><line x2="24" stroke="${l.color}" stroke-width="2" ${l.dash ? `stroke-dasharray="${l.dash}"` : ''}/><text x="30" dy="0.32em">${l.name}</text></g>`);
  const summary = results.map((r) => `${r.entries} entries: ours ${medianOf(r, 'ours', (f) => f.seconds).toFixed(0)} s, bare ${medianOf(r, 'bare', (f) => f.seconds).toFixed(0)} s (medians)`).join('; ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d" font-family="system-ui, sans-serif" font-size="12" color="#1a1d23" style="background:#fff"><title id="t">Build time and peak memory, ours against bare Astro + Pagefind</title><desc id="d">${summary}</desc>${body.join('')}${legend.join('')}</svg>\n`;
}
