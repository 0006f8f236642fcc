/**
 * Pages of bounded size, on a generated corpus with hubs (the benchmark's, Zipf-like: one
 * agency named by hundreds of entries): index pages and "What links here" stay the same size
 * however many entries there are, and nothing they leave out is out of reach.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { snapshotSite } from '../../scripts/bench/projects.ts';
import { BACKLINKS_PER_RELATION } from '../../src/site/backlinks.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-bounded-'));
const project = path.join(work, 'site');
const corpus = path.join(work, 'corpus');
const dist = path.join(work, 'dist');
const KB = 1024;
const PAGE_BOUND = 250 * KB;

const page = (sitePath: string) => parseHTML(fs.readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8')).document;
const hrefs = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((a) => a.getAttribute('href')!);

/** Follows rel="next" from a first page, collecting each page's path in order. */
function pagesFrom(first: string): string[] {
  const seen = [first];
  for (let next = page(first).querySelector('a[rel="next"]')?.getAttribute('href'); next; next = page(next).querySelector('a[rel="next"]')?.getAttribute('href')) {
    if (seen.includes(next)) throw new Error(`pagination loops back to ${next}`);
    seen.push(next);
  }
  return seen;
}

/** Ids in a corpus folder, from file names. */
const idsIn = (collection: string) => fs.readdirSync(path.join(corpus, collection)).map((f) => f.replace(/\.(mdx|yaml)$/, ''));

beforeAll(() => {
  generateCorpus(corpus, 600);
  snapshotSite(path.resolve('.'), project);
  const run = spawnSync('npx', ['astro', 'build', '--outDir', dist], { cwd: project, encoding: 'utf8', env: { ...process.env, ORBITAL_CONTENT_DIR: corpus } });
  if (run.status !== 0) throw new Error(`build of the generated corpus failed:\n${run.stdout}\n${run.stderr}`);
}, 900_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('pages of bounded size, with hubs', () => {
  it('no HTML page is larger than 250 KB (the timeline excepted: its split is its own work)', () => {
    const large: string[] = [];
    for (const item of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
      if (!item.isFile() || !item.name.endsWith('.html')) continue;
      const full = path.join(item.parentPath, item.name);
      const rel = `/${path.relative(dist, full)}`;
      if (rel.startsWith('/timeline/')) continue;
      if (fs.statSync(full).size > PAGE_BOUND) large.push(`${rel}: ${(fs.statSync(full).size / KB).toFixed(0)} KB`);
    }
    expect(large).toEqual([]);
  });

  it('collection indexes are split into pages of at most 100, linked in order, listing every entry once', () => {
    for (const collection of ['events', 'people']) {
      const pages = pagesFrom(`/${collection}/`);
      const expected = idsIn(collection);
      expect(pages.length).toBe(Math.ceil(expected.length / 100));
      expect(pages.slice(1)).toEqual(pages.slice(1).map((_, i) => `/${collection}/page/${i + 2}/`));
      const listed = pages.flatMap((p) => {
        const items = hrefs(page(p), '.card-list > li > a');
        expect(items.length, p).toBeLessThanOrEqual(100);
        return items;
      });
      expect([...listed].sort()).toEqual(expected.map((id) => `/${collection}/${id}/`).sort());
      // Each page links back to the one before it.
      for (const [i, p] of pages.entries()) if (i > 0) expect(page(p).querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(pages[i - 1]);
    }
    // Events read in time order across pages.
    const dates = pagesFrom('/events/').flatMap((p) => [...page(p).querySelectorAll('.card-list time')].map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(100);
    expect(dates).toEqual([...dates].sort());
  });

  it(`a hub's page shows at most ${BACKLINKS_PER_RELATION} per relation, and every entry that names it is there or on its complete list`, () => {
    const hub = 'russia-space-agency-1';
    const doc = page(`/organizations/${hub}/`);
    for (const list of doc.querySelectorAll('.backlinks ul')) expect(list.querySelectorAll('li').length).toBeLessThanOrEqual(BACKLINKS_PER_RELATION);
    // A shortened relation says how many it shows of how many.
    const cut = [...doc.querySelectorAll('.backlink-group')].filter((g) => g.querySelector('p.more'));
    expect(cut.length).toBeGreaterThan(0);
    for (const group of cut) {
      const [, shown, total] = /^The latest (\d+) of these (\d+); the full list below has them all\.$/.exec(group.querySelector('p.more')!.textContent!) ?? [];
      expect(Number(shown)).toBe(group.querySelectorAll('li').length);
      expect(Number(total)).toBeGreaterThan(Number(shown));
    }
    const all = doc.querySelector('.backlinks p.more a[href$="/links/1/"]')?.getAttribute('href');
    expect(all).toBe(`/organizations/${hub}/links/1/`);
    const listPages = pagesFrom(all!);
    expect(listPages.length).toBeGreaterThan(1);
    // The link counts what the list holds: one row per link, an entry named in two ways twice.
    const rows = listPages.reduce((n, p) => n + page(p).querySelectorAll('.backlinks li').length, 0);
    expect(doc.querySelector('.backlinks p.more a')?.textContent).toBe(`All ${rows} links to ${doc.querySelector('h1')?.textContent}`);
    const reachable = new Set([...hrefs(doc, '.backlinks a'), ...listPages.flatMap((p) => hrefs(page(p), '.backlinks a'))]);
    // Every entry whose file names the hub, read from the corpus, not from the code under test.
    const names = new RegExp(`\\b${hub}\\b(?!-)`);
    const naming = ['events', 'people', 'spacecraft', 'places', 'organizations'].flatMap((c) =>
      idsIn(c).filter((id) => id !== hub && names.test(fs.readFileSync(path.join(corpus, c, `${id}.mdx`), 'utf8'))).map((id) => `/${c}/${id}/`),
    );
    expect(naming.length).toBeGreaterThan(200);
    expect(naming.filter((p) => !reachable.has(p))).toEqual([]);
  });
});
