/**
 * The incremental build is never stale: after each kind of edit, a build that reuses the
 * cache gives exactly the dist/ a cold build of the same content gives, and it renders again
 * exactly the pages whose HTML changed. Two copies of the project in a temp folder: one keeps
 * its cache from build to build, the other starts cold every time. Slow (two builds per edit),
 * so the edits run in order, each on top of the last.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotSite } from '../../scripts/bench/projects.ts';

const ROOT = path.resolve('.');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-incremental-'));
const warm = path.join(work, 'warm');
const cold = path.join(work, 'cold');
const BUILD_TIMEOUT = 900_000;

/** Builds a copy; a cold build first drops every cache. */
function build(project: string, fresh: boolean): string {
  if (fresh) fs.rmSync(path.join(project, '.astro'), { recursive: true, force: true });
  // The copy's own src/content, whatever the environment points at.
  const { ORBITAL_CONTENT_DIR: _elsewhere, ...env } = process.env;
  const run = spawnSync('npx', ['astro', 'build'], { cwd: project, encoding: 'utf8', env: { ...env, FORCE_COLOR: '0' } });
  if (run.status !== 0) throw new Error(`astro build failed in ${project}:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** Every file under dist/ with a hash of its bytes. */
function snapshot(project: string): Map<string, string> {
  const dist = path.join(project, 'dist');
  const files = new Map<string, string>();
  for (const item of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!item.isFile()) continue;
    const full = path.join(item.parentPath, item.name);
    files.set(path.relative(dist, full), createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
  }
  return files;
}

/** Files that differ between two snapshots (added, removed or changed). */
function differing(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
}

/** Output files of the pages that carry a cacheKey, from Astro's cache manifest. */
function keyedPages(project: string): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(path.join(project, '.astro/cache/incremental-build.json'), 'utf8')) as {
    routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
  };
  return new Set(Object.values(manifest.routes).flatMap((r) => Object.values(r.paths).map((p) => p.outputFile)));
}

/**
 * Pages the build rendered rather than copied: Astro writes its cached copy of a page
 * (.astro/cache/dist/) only when it renders it, so these are the copies newer than the build's start.
 */
function renderedPages(project: string, since: number): Set<string> {
  const cache = path.join(project, '.astro/cache/dist');
  const rendered = new Set<string>();
  for (const item of fs.readdirSync(cache, { recursive: true, withFileTypes: true })) {
    const full = path.join(item.parentPath, item.name);
    if (item.isFile() && fs.statSync(full).mtimeMs >= since) rendered.add(path.relative(cache, full));
  }
  return rendered;
}

/** Applies one edit to both copies' content. */
function edit(change: (content: string) => void) {
  for (const project of [warm, cold]) change(path.join(project, 'src/content'));
}

function rewrite(file: string, from: RegExp | string, to: string) {
  const text = fs.readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`the edit found nothing to change in ${file}`);
  fs.writeFileSync(file, next);
}

/** Builds both copies after an edit: the warm copy's output before and after, the pages it rendered, the cold copy's output. */
function buildBoth() {
  const before = snapshot(warm);
  const started = Date.now();
  const log = build(warm, false);
  const rendered = renderedPages(warm, started);
  build(cold, true);
  return { before, rendered, log, after: snapshot(warm), coldDist: snapshot(cold) };
}

const INDEX_KEPT = /search index taken from \.astro\/cache\/search-index\/ \(\d+ pages\)/;

beforeAll(() => {
  for (const project of [warm, cold]) snapshotSite(ROOT, project);
  build(warm, true);
}, BUILD_TIMEOUT);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('incremental build', () => {
  it('with no change, renders no keyed page again and takes the search index from the cache: the same dist/ as before', () => {
    const before = snapshot(warm);
    const started = Date.now();
    const log = build(warm, false);
    const keyed = keyedPages(warm);
    expect(keyed.size).toBeGreaterThan(100);
    expect([...renderedPages(warm, started)].filter((f) => keyed.has(f))).toEqual([]);
    expect(log).toMatch(INDEX_KEPT);
    expect(differing(before, snapshot(warm))).toEqual([]);
  }, BUILD_TIMEOUT);

  it('after retitling a hub, matches a cold build and renders again exactly the pages that show the title', () => {
    edit((c) => rewrite(path.join(c, 'organizations/nasa.mdx'), /^title: .*$/m, 'title: "National Aeronautics and Space Administration (NASA)"'));
    const { before, rendered: all, after, coldDist } = buildBoth();
    expect(differing(after, coldDist)).toEqual([]);
    const keyed = keyedPages(warm);
    const changed = differing(before, after).filter((f) => keyed.has(f));
    const rendered = [...all].filter((f) => keyed.has(f)).sort();
    expect(changed.length).toBeGreaterThan(10);
    expect(rendered).toEqual(changed);
  }, BUILD_TIMEOUT);

  it("after moving an event's date (and its summary), matches a cold build", () => {
    edit((c) => {
      const file = path.join(c, 'events/soyuz-ms-22-coolant-leak-2022-12.mdx');
      rewrite(file, /^date: .*$/m, 'date: "2022-12-14T22:00Z"');
      rewrite(file, /^summary: (.*)$/m, 'summary: "Edited summary: the coolant loop of Soyuz MS-22 lost pressure."');
    });
    const { after, coldDist } = buildBoth();
    expect(differing(after, coldDist)).toEqual([]);
  }, BUILD_TIMEOUT);

  it('after adding a backlink in an MDX body, matches a cold build', () => {
    edit((c) => fs.appendFileSync(path.join(c, 'people/anna-kikina.mdx'), '\nShe was not aboard for the [launch of Zarya](/events/zarya-launch-1998/).\n'));
    const { after, coldDist } = buildBoth();
    expect(differing(after, coldDist)).toEqual([]);
    expect(fs.readFileSync(path.join(warm, 'dist/events/zarya-launch-1998/index.html'), 'utf8')).toContain('/people/anna-kikina/');
  }, BUILD_TIMEOUT);

  it('after deleting an entry and the links to it, matches a cold build', () => {
    const id = 'rubio-us-single-flight-record-2023';
    edit((c) => {
      fs.rmSync(path.join(c, `events/${id}.mdx`));
      for (const item of fs.readdirSync(c, { recursive: true, withFileTypes: true })) {
        if (!item.isFile()) continue;
        const file = path.join(item.parentPath, item.name);
        const text = fs.readFileSync(file, 'utf8');
        const next = text.replace(new RegExp(`\\[([^\\]]*)\\]\\(/events/${id}/[^)]*\\)`, 'g'), '$1');
        if (next !== text) fs.writeFileSync(file, next);
      }
    });
    const { after, coldDist } = buildBoth();
    expect(differing(after, coldDist)).toEqual([]);
    expect(fs.existsSync(path.join(warm, `dist/events/${id}/index.html`))).toBe(false);
  }, BUILD_TIMEOUT);

  it("after changing a source's title, matches a cold build", () => {
    edit((c) => rewrite(path.join(c, 'sources/wikipedia-soyuz-ms-22.yaml'), /^title: .*$/m, 'title: "Soyuz MS-22 (edited title)"'));
    const { log, after, coldDist } = buildBoth();
    expect(log).not.toMatch(INDEX_KEPT);
    expect(differing(after, coldDist)).toEqual([]);
  }, BUILD_TIMEOUT);

  it("after a commit that changes only the date of the entries' last change, matches a cold build", () => {
    // Each copy a git checkout whose one commit dates every entry ("Cite this page", JSON-LD),
    // then that commit made again on a later day, as a commit of an edit already built, or a rebase, does.
    const commit = (date: string, amend: boolean) => {
      for (const project of [warm, cold]) {
        const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' };
        const git = (args: string[]) => {
          const run = spawnSync('git', args, { cwd: project, encoding: 'utf8', env });
          if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${project}:\n${run.stderr}`);
        };
        if (!amend) git(['init', '-q']);
        git(['add', 'src/content']);
        git(['commit', '-q', '-m', 'Content', ...(amend ? ['--amend'] : [])]);
      }
    };
    commit('2024-01-02T12:00:00Z', false);
    build(warm, false);
    commit('2024-03-04T12:00:00Z', true);
    const { after, coldDist } = buildBoth();
    expect(differing(after, coldDist)).toEqual([]);
    expect(fs.readFileSync(path.join(warm, 'dist/people/frank-rubio/index.html'), 'utf8')).toContain('Frank Rubio. (2024, March 4).');
  }, BUILD_TIMEOUT);
});
