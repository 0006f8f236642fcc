/**
 * /timeline/ as built: the complete list without JavaScript, and the weight of the script
 * that turns it into a chart. Entity pages: the mini timeline and its link to the full one.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/model/dates.ts';
import { contentIds, DIST, frontmatter, readPage } from '../support/dist.ts';

const JS_BUDGET_GZIP = 40 * 1024;

describe('/timeline/ without JavaScript', () => {
  const doc = readPage('/timeline/');
  const items = [...doc.querySelectorAll('main ol.timeline-list > li')];

  it('lists every event file once, each linking to its page', () => {
    const ids = contentIds('events');
    expect(items).toHaveLength(ids.length);
    const linked = items.map((li) => li.querySelector('a')!.getAttribute('href'));
    expect([...linked].sort()).toEqual(ids.map((id) => `/events/${id}/`).sort());
    for (const li of items) {
      const id = /^\/events\/(.+)\/$/.exec(li.querySelector('a')!.getAttribute('href')!)![1]!;
      expect(li.querySelector('a')!.textContent).toBe(frontmatter('events', id).title);
    }
  });

  it('orders them by date, as written in the event files', () => {
    const starts = items.map((li) => {
      const id = /^\/events\/(.+)\/$/.exec(li.querySelector('a')!.getAttribute('href')!)![1]!;
      return parsePartialDate(String(frontmatter('events', id).date)).start;
    });
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('prints each date at the precision it was written with', () => {
    for (const li of items) {
      const id = /^\/events\/(.+)\/$/.exec(li.querySelector('a')!.getAttribute('href')!)![1]!;
      const written = String(frontmatter('events', id).date);
      const time = li.querySelector('time')!;
      expect(time.getAttribute('datetime')).toBe(written);
      if (/^\d{4}$/.test(written)) expect(time.textContent).toBe(written);
      if (/^\d{4}-\d{2}$/.test(written)) expect(time.textContent).not.toMatch(/^\d/);
    }
  });

  it('keeps the chart controls hidden until the script has taken over', () => {
    expect(doc.querySelector('[data-controls]')!.hasAttribute('hidden')).toBe(true);
    expect(doc.querySelector('[data-chart]')!.hasAttribute('hidden')).toBe(true);
  });
});

/** Every JavaScript file the page loads: its module scripts and everything they import. */
function pageScripts(sitePath: string): string[] {
  const doc = readPage(sitePath);
  const queue = [
    ...[...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
    ...[...doc.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href')!),
  ];
  const inline = [...doc.querySelectorAll('script[type="module"]:not([src])')].map((s) => s.textContent ?? '');
  const seen = new Set<string>();
  const importsOf = (code: string, base: string) =>
    [...code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)].map((m) => path.posix.resolve(path.posix.dirname(base), m[1]!));
  for (const code of inline) queue.push(...importsOf(code, sitePath));
  while (queue.length) {
    const src = queue.pop()!;
    if (seen.has(src)) continue;
    seen.add(src);
    queue.push(...importsOf(fs.readFileSync(path.join(DIST, src), 'utf8'), src));
  }
  return [...seen];
}

describe('timeline script weight', () => {
  it(`ships at most ${JS_BUDGET_GZIP / 1024} KB of JavaScript, gzipped`, () => {
    const files = pageScripts('/timeline/');
    expect(files.length).toBeGreaterThan(0);
    const inline = [...readPage('/timeline/').querySelectorAll('script[type="module"]:not([src])')].map((s) => s.textContent ?? '').join('');
    const gzipped = [...files.map((f) => fs.readFileSync(path.join(DIST, f))), Buffer.from(inline)]
      .reduce((sum, code) => sum + zlib.gzipSync(code, { level: 9 }).length, 0);
    console.info(`timeline page JavaScript: ${files.length} file(s), ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(JS_BUDGET_GZIP);
  });
});

describe('mini timeline on entity pages', () => {
  const FILTER = { people: 'person', spacecraft: 'spacecraft', organizations: 'organization' } as const;

  it('links each entity with dated items to the full timeline filtered to it and showing its events', () => {
    let checked = 0;
    for (const [collection, filter] of Object.entries(FILTER) as Array<[keyof typeof FILTER, string]>) {
      for (const id of contentIds(collection)) {
        const section = readPage(`/${collection}/${id}/`).querySelector('#timeline')?.closest('section');
        const link = section?.querySelector('figure a[href^="/timeline/"]');
        const named = contentIds('events').filter((e) => {
          const data = frontmatter('events', e);
          return ([] as string[]).concat(data[collection] ?? []).includes(id);
        });
        if (named.length === 0) continue;
        expect(link, `/${collection}/${id}/`).toBeTruthy();
        const params = new URL(link!.getAttribute('href')!, 'http://site').searchParams;
        expect(params.get(filter)).toBe(id);
        const from = Date.parse(params.get('from')!);
        const to = Date.parse(params.get('to')!);
        for (const e of named) {
          const date = parsePartialDate(String(frontmatter('events', e).date));
          expect(date.start, `${e} within the link of ${id}`).toBeGreaterThanOrEqual(from);
          expect(date.start).toBeLessThanOrEqual(to);
        }
        expect(section!.querySelector('figure svg[role="img"]')!.getAttribute('aria-label')).toContain(`${named.length} events`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
