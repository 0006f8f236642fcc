/**
 * /timeline/ as built: the complete list without JavaScript, and the weight of the script
 * that turns it into a chart. Entity pages: the mini timeline and its link to the full one.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/model/dates.ts';
import { SPAN_KINDS } from '../../src/timeline/span-kinds.ts';
import { contentIds, DIST, frontmatter, readPage } from '../support/dist.ts';

const JS_BUDGET_GZIP = 40 * 1024;

const PAGE_BUDGET = 250 * 1024;
const eventId = (li: Element) => /^\/events\/(.+)\/$/.exec(li.querySelector('a.timeline-list__title')!.getAttribute('href')!)![1]!;

describe('the timeline data: crews who came home on another craft', () => {
  type Seat = { person: string; role: string; flew?: string };
  const crafts = contentIds('spacecraft').map((id) => ({ id, data: frontmatter('spacecraft', id) }));
  const seats = (flew: string) => crafts.flatMap((c) => ((c.data.crew ?? []) as Seat[]).filter((m) => m.flew === flew).map((m) => ({ craft: c, person: m.person })));
  const spans: Array<{ id: string; kind: string; people: string[]; spacecraft: string[]; start: number; end: number }> = JSON.parse(fs.readFileSync(path.join(DIST, 'timeline/data.json'), 'utf8')).spans;
  const date = (text: unknown) => parsePartialDate(String(text));

  it('draws each one as one span, from the launch they went up on to the landing that brought them home', () => {
    const up = seats('launch only');
    expect(up.length).toBeGreaterThan(0);
    for (const { craft, person } of up) {
      const home = seats('landing only').find((s) => s.person === person && date(s.craft.data.landing.date).start > date(craft.data.launch.date).start)!;
      const span = spans.find((s) => s.kind === 'crew' && s.people[0] === person && s.spacecraft[0] === craft.id);
      expect(span, `${person} on ${craft.id}`).toMatchObject({ start: date(craft.data.launch.date).start, end: date(home.craft.data.landing.date).end, spacecraft: [craft.id, home.craft.id] });
    }
  });

  it('never shows them aboard the craft that brought them home from its launch, which they were not on', () => {
    for (const { craft, person } of seats('landing only')) {
      const aboardAtLaunch = spans.filter((s) => s.kind === 'crew' && s.people[0] === person && s.start === date(craft.data.launch.date).start);
      expect(aboardAtLaunch, `${person} on ${craft.id}`).toEqual([]);
    }
  });
});

describe('the timeline without JavaScript, in pages by year', () => {
  const index = readPage('/timeline/');
  const pagePaths = [...index.querySelectorAll('nav.timeline-years a')].map((a) => a.getAttribute('href')!);
  const pages = pagePaths.map((p) => ({ path: p, doc: readPage(p) }));
  const items = pages.flatMap(({ doc }) => [...doc.querySelectorAll('main ol.timeline-list > li')]);

  it('puts every event file on exactly one page, each linking to its page with its title', () => {
    expect(pagePaths.length).toBeGreaterThan(0);
    const ids = contentIds('events');
    expect(items.map(eventId).sort()).toEqual([...ids].sort());
    for (const li of items) expect(li.querySelector('a.timeline-list__title')!.textContent).toBe(frontmatter('events', eventId(li)).title);
  });

  it('orders them by date across the pages, as written in the event files', () => {
    const starts = items.map((li) => parsePartialDate(String(frontmatter('events', eventId(li)).date)).start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('sums each page up by its count and its first and last events, as each is listed', () => {
    for (const { path: at, doc } of pages) {
      const listed = [...doc.querySelectorAll('main ol.timeline-list > li time')].map((t) => t.textContent!.trim());
      const summary = doc.querySelector('main .summary')!.textContent!;
      const expected = listed.length === 1 ? `1 event (${listed[0]}). ` : `${listed.length} events, from the first (${listed[0]}) to the last (${listed.at(-1)}). `;
      expect(summary, at).toMatch(new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
  });

  it('links the pages in order, each to the one before and after', () => {
    pages.forEach(({ doc }, i) => {
      expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href'), `prev of ${pagePaths[i]}`).toBe(pagePaths[i - 1]);
      expect(doc.querySelector('a[rel="next"]')?.getAttribute('href'), `next of ${pagePaths[i]}`).toBe(pagePaths[i + 1]);
    });
  });

  it(`keeps /timeline/ and every page of it within ${PAGE_BUDGET / 1024} KB`, () => {
    for (const p of ['/timeline/', ...pagePaths]) {
      expect(fs.statSync(path.join(DIST, p, 'index.html')).size, p).toBeLessThanOrEqual(PAGE_BUDGET);
    }
  });

  it('lists every event on /timeline/ itself too, in time order, as the record fits one page', () => {
    const listed = [...index.querySelectorAll('main ol.timeline-list > li')];
    expect(listed.map(eventId)).toEqual(items.map(eventId));
    expect(listed).toHaveLength(contentIds('events').length);
    for (const li of listed) expect(li.querySelector('a.timeline-list__title')!.getAttribute('href')).toBe(`/events/${eventId(li)}/`);
  });

  it('prints each date at the precision it was written with', () => {
    for (const li of items) {
      const written = String(frontmatter('events', eventId(li)).date);
      const time = li.querySelector('time')!;
      expect(time.getAttribute('datetime')).toBe(written);
      if (/^\d{4}$/.test(written)) expect(time.textContent).toBe(written);
      if (/^\d{4}-\d{2}$/.test(written)) expect(time.textContent).not.toMatch(/^\d/);
    }
  });

  it('keys every kind of mark and bar the chart draws', () => {
    const keyed = [...index.querySelectorAll('.timeline-key__swatch')].map((swatch) => swatch.className.replace(/^.*timeline-key__swatch--/, ''));
    expect(keyed.sort()).toEqual(['anomaly', 'cluster', 'event', ...SPAN_KINDS].sort());
  });

  it('says, without JavaScript, that the chart needs it and the list below holds every event', () => {
    expect(index.querySelector('noscript')?.textContent).toMatch(/chart needs JavaScript.*the list below holds every event/);
  });

  it('keeps the chart controls hidden until the script has taken over, and gives the chart its data as a file', () => {
    expect(index.querySelector('[data-controls]')!.hasAttribute('hidden')).toBe(true);
    expect(index.querySelector('[data-chart]')!.hasAttribute('hidden')).toBe(true);
    const src = index.querySelector('orbital-timeline')!.getAttribute('data-src')!;
    const data = JSON.parse(fs.readFileSync(path.join(DIST, src), 'utf8')) as { events: Array<{ id: string }> };
    expect(data.events.map((e) => e.id).sort()).toEqual([...contentIds('events')].sort());
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
  const FILTER = { people: 'person', spacecraft: 'spacecraft', organizations: 'organization', places: 'place' } as const;
  /** The frontmatter fields of an event that name an entity of each kind. */
  const FIELDS = { people: ['people'], spacecraft: ['spacecraft', 'about'], organizations: ['organizations'], places: ['place'] } as const;

  it('links each entity with dated items to the full timeline filtered to it and showing its events', () => {
    let checked = 0;
    for (const [collection, filter] of Object.entries(FILTER) as Array<[keyof typeof FILTER, string]>) {
      for (const id of contentIds(collection)) {
        const section = readPage(`/${collection}/${id}/`).querySelector('#timeline')?.closest('section');
        const link = section?.querySelector('figure a[href^="/timeline/"]');
        const named = contentIds('events').filter((e) => {
          const data = frontmatter('events', e);
          return FIELDS[collection].flatMap((f) => ([] as string[]).concat(data[f] ?? [])).includes(id);
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
        // Counted in words, and dated by day (d3's tick format gave ":49 to 11:18").
        const label = section!.querySelector('figure svg[role="img"]')!.getAttribute('aria-label')!;
        expect(label).toContain(named.length === 1 ? '1 event and' : `${named.length} events and`);
        expect(label).toMatch(/, \d{1,2} [A-Z][a-z]+ \d{4} to \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
        // The list is bounded: the latest few, the rest one link away.
        expect(section!.querySelectorAll('.entity-events > li').length).toBe(Math.min(named.length, 20));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
