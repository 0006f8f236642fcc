/**
 * `npm run bench:share-images`: where drawing one share card goes, step by step (layout and
 * painting with Skia, the palette PNG's mapping and deflating), then whole cards one after
 * another and drawn ahead in the pool's processes as the build does, over the real functions
 * and cards of every kind and title length. Prints milliseconds per card, wall clock and CPU of
 * this process (zlib deflates on other threads, so CPU can exceed wall; the pool's processes are
 * not counted, so drawn ahead the CPU is only the waiting and the cache), as the
 * median and the least of several rounds (the least is the figure other work on the machine
 * disturbs least), and the PNG sizes. The cache it fills is a temporary one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ShareCard } from '../../src/publish/share-card-layout.ts';
import { drawShareImage, encodePng, paintShareCard } from '../../src/publish/share-image.ts';
import { median } from './report.ts';
import '../../src/publish/share-image-pool.ts';

// The cache module resolves its folder from the working directory when it loads; the project
// is the working directory again afterwards, where the drawing processes find their fonts (the pool,
// loaded with the imports above, found their script from the project).
const project = process.cwd();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'share-images-bench-'));
process.chdir(work);
const { cachedShareImage, drawAhead, stopDrawing } = await import('../../src/publish/share-image-cache.ts');
process.chdir(project);

const CARDS = 30;
const ROUNDS = 5;
const kinds = ['Person', 'Event · anomaly', 'Spacecraft', 'Place', 'Organization', 'Source · report'];
const titles = ['Frank Rubio', 'Soyuz MS-22 coolant leak', 'Roscosmos decides to launch Soyuz MS-23 uncrewed as a replacement', 'Baikonur Cosmodrome Site 31/6', 'Сергей Прокопьев', 'A very long title of an event that goes on for a while, naming several spacecraft, agencies and places at once'];
const cardsOf = (round: number): ShareCard[] =>
  Array.from({ length: CARDS }, (_, i) => ({
    kind: kinds[i % kinds.length]!,
    // A new text each round: drawing ahead must not find the last round's images in the cache.
    title: `${titles[i % titles.length]!} ${round}-${i}`,
    detail: i % 5 ? `${(i % 28) + 1} December 2022` : undefined,
    siteName: 'Orbital Record',
    host: 'orbital-record.org',
  }));

const figures = new Map<string, { wall: number[]; cpu: number[] }>();
async function step<T, R>(name: string, inputs: T[], run: (inputs: T[]) => Promise<R[]>): Promise<R[]> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const out = await run(inputs);
  const used = process.cpuUsage(cpu);
  const f = figures.get(name) ?? { wall: [], cpu: [] };
  f.wall.push((performance.now() - started) / inputs.length);
  f.cpu.push((used.user + used.system) / 1000 / inputs.length);
  figures.set(name, f);
  return out;
}
const oneByOne = <T, R>(fn: (input: T) => Promise<R>) => async (inputs: T[]) => {
  const out: R[] = [];
  for (const input of inputs) out.push(await fn(input));
  return out;
};

// The first card pays for loading fonts and starting the renderers, once per build.
await step('first card (setup)', cardsOf(-1).slice(0, 1), oneByOne(drawShareImage));
let sizes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const cards = cardsOf(round);
  const pixels = await step('Skia: layout + paint', cards, oneByOne(async (card: ShareCard) => paintShareCard(card)));
  sizes = (await step('pixels → palette PNG', pixels, oneByOne(encodePng))).map((p) => p.length / 1024);
  await step('whole card, one by one', cardsOf(round + 100), oneByOne(drawShareImage));
  await step('whole card, drawn ahead', cardsOf(round + 200), async (inputs) => {
    drawAhead(inputs);
    return oneByOne(cachedShareImage)(inputs);
  });
}
const ms = (values: number[]) => `${median(values).toFixed(1).padStart(6)} (least ${Math.min(...values).toFixed(1).padStart(5)})`;
console.log(`${os.availableParallelism()} CPUs, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ms per card, median of ${ROUNDS} rounds of ${CARDS}:`);
for (const [name, f] of figures) console.log(`${name.padEnd(28)} wall ${ms(f.wall)}  CPU ${ms(f.cpu)}`);
sizes.sort((a, b) => a - b);
console.log(`PNG size: median ${median(sizes).toFixed(1)} KB, largest ${sizes.at(-1)!.toFixed(1)} KB`);
await stopDrawing();
fs.rmSync(work, { recursive: true, force: true });
