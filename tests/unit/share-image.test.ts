/**
 * Share cards: the same card always gives the same bytes, whether drawn on request on this
 * thread or ahead of it in the pool's drawing processes as the build does, within the size a
 * share card may have; a card the pool cannot finish is reported by name; stopping the pool
 * keeps the build's process alive until its drawing processes have ended; a process beyond
 * the first starts only for cards enough to repay its start; a rebuild whose
 * images are all cached starts no drawing process and copies each image; and the setting
 * that turns them off is read strictly.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ShareCard } from '../../src/publish/share-card-layout.ts';
import { drawShareImage } from '../../src/publish/share-image.ts';
import { CARDS_FOR_ANOTHER_PROCESS, MOST_PROCESSES, ShareImagePool } from '../../src/publish/share-image-pool.ts';
import { shareImagesSettingProblem } from '../../src/publish/share-paths.ts';

// The cache module finds its folder from the working directory when it loads: a temporary one.
const home = process.cwd();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'share-image-test-'));
process.chdir(work);
const { cachedShareImage, copyShareImage, drawAhead, shareImageTally, stopDrawing } = await import('../../src/publish/share-image-cache.ts');
process.chdir(home);
afterAll(async () => {
  await stopDrawing();
  fs.rmSync(work, { recursive: true, force: true });
});

const card = (title: string): ShareCard => ({ kind: 'Event · anomaly', title, detail: '14 December 2022', siteName: 'Orbital Record', host: 'orbital-record.org' });
/** The wordiest card: the longest title at the smallest type, clamped to four lines. */
const WORDIEST = card('Roscosmos and NASA assess the coolant leak of Soyuz MS-22 at the ISS, decide to launch Soyuz MS-23 uncrewed as its replacement and return the crew on it');

describe('share images', () => {
  it('draws a 1200×630 PNG of at most 100 KB, the same bytes every time', async () => {
    const [first, second] = [await drawShareImage(WORDIEST), await drawShareImage(WORDIEST)];
    expect(first.subarray(1, 4).toString()).toBe('PNG');
    expect([first.readUInt32BE(16), first.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(first.length).toBeLessThanOrEqual(100 * 1024);
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it('gives each card drawn ahead its own image, drawn once and then taken from the cache', async () => {
    const cards = ['Frank Rubio', 'Soyuz MS-22', 'Sergey Prokopyev', 'Dmitry Petelin'].map(card);
    drawAhead(cards);
    const ahead = await Promise.all(cards.map(cachedShareImage));
    const tally = { ...shareImageTally() };
    for (const [i, c] of cards.entries()) expect(Buffer.compare(ahead[i]!, await drawShareImage(c)), c.title).toBe(0);
    expect(new Set(ahead.map((png) => png.toString('base64'))).size).toBe(cards.length);
    const again = await cachedShareImage(cards[2]!);
    expect(Buffer.compare(again, ahead[2]!)).toBe(0);
    expect(shareImageTally().cached - tally.cached).toBe(1);
    expect(tally.drawn).toBe(cards.length);
  });

  it('draws in the drawing processes, into the files named, the same bytes as on this thread, each card its own image', async () => {
    const pool = new ShareImagePool();
    const cards = ['Frank Rubio', 'Сергей Прокопьев', 'Soyuz MS-23', 'Baikonur Site 31/6', 'Roscosmos', 'NASA', 'Dmitry Petelin'].map(card);
    try {
      const files = cards.map((_, i) => path.join(work, `pooled-${i}.png`));
      await Promise.all(cards.map((c, i) => pool.draw(c, files[i]!)));
      for (const [i, c] of cards.entries()) expect(Buffer.compare(fs.readFileSync(files[i]!), await drawShareImage(c)), c.title).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('names every card the pool could not finish when its processes stop', async () => {
    const pool = new ShareImagePool();
    const cards = ['Frank Rubio', 'Sergey Prokopyev', 'Dmitry Petelin', 'Anna Kikina', 'Soyuz MS-22'].map(card);
    const drawing = Promise.allSettled(cards.map((c, i) => pool.draw(c, path.join(work, `stopped-${i}.png`))));
    await pool.close();
    const outcomes = await drawing;
    for (const [i, outcome] of outcomes.entries()) {
      expect(outcome.status).toBe('rejected');
      if (outcome.status === 'rejected') expect(String(outcome.reason)).toContain(`The share image of Event · anomaly "${cards[i]!.title}" could not be drawn`);
    }
  });

  it('keeps a process with nothing else to do alive until its idle drawing processes have stopped', () => {
    // Under the test runner something always keeps the process alive; the build, in its last
    // hook, may have nothing else: a process of its own shows whether closing the pool ends it early.
    const pool = new URL('../../src/publish/share-image-pool.ts', import.meta.url).href;
    const script = `const { ShareImagePool } = await import(${JSON.stringify(pool)});
      const pool = new ShareImagePool();
      await pool.draw(${JSON.stringify(card('Frank Rubio'))}, ${JSON.stringify(path.join(work, 'alone.png'))});
      await pool.close();
      console.log('closed');`;
    expect(execFileSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8' }).trim()).toBe('closed');
  });

  it('starts no drawing process when every card is cached, and copies each image as a file of its own', async () => {
    const cards = ['Anna Kikina', 'Koichi Wakata'].map(card);
    drawAhead(cards);
    const drawn = await Promise.all(cards.map(cachedShareImage));
    await stopDrawing();
    const tally = { ...shareImageTally() };
    drawAhead(cards);
    expect(childProcesses()).toEqual([]);
    for (const [i, c] of cards.entries()) {
      const target = path.join(work, `copy-${i}.png`);
      await copyShareImage(c, target);
      const stat = fs.lstatSync(target);
      // A file of its own, so an edit in dist/ can never change the cache.
      expect([stat.isFile(), stat.nlink]).toEqual([true, 1]);
      expect(Buffer.compare(fs.readFileSync(target), drawn[i]!)).toBe(0);
    }
    expect(shareImageTally().drawn - tally.drawn).toBe(0);
    expect(shareImageTally().cached - tally.cached).toBe(cards.length);
  });

  it('starts a drawing process beyond the first only for cards enough to repay its start', async () => {
    const pool = new ShareImagePool();
    const draw = (titles: string[]) => Promise.allSettled(titles.map((t, i) => pool.draw(card(t), path.join(work, `every-core-${i}.png`))));
    try {
      const few = draw(['Frank Rubio', 'Sergey Prokopyev', 'Dmitry Petelin', 'Anna Kikina', 'Soyuz MS-22', 'Soyuz MS-23']);
      pool.useEveryCore();
      expect(childProcesses()).toHaveLength(1);
      await few;
      // Not awaited: closing the pool below settles them.
      void draw(Array.from({ length: CARDS_FOR_ANOTHER_PROCESS + 10 }, (_, i) => `Card ${i}`));
      pool.useEveryCore();
      expect(childProcesses()).toHaveLength(Math.min(MOST_PROCESSES, os.availableParallelism()));
    } finally {
      await pool.close();
    }
  });

  it('reads ORBITAL_SHARE_IMAGES as on (or unset) and off, and nothing else', () => {
    for (const value of [undefined, '', 'on', 'off']) expect(shareImagesSettingProblem(value)).toBeUndefined();
    expect(shareImagesSettingProblem('no')).toBe('ORBITAL_SHARE_IMAGES is "no"; expected "on" (the default) or "off"');
  });
});

/** Process ids of this process's children, from every thread's list in /proc (Linux). */
function childProcesses(): string[] {
  const tasks = `/proc/${process.pid}/task`;
  return fs.readdirSync(tasks).flatMap((task) => fs.readFileSync(path.join(tasks, task, 'children'), 'utf8').split(' ').filter(Boolean));
}
