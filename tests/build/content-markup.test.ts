/**
 * Content can never inject script or markup: a corpus whose frontmatter text is full of tags
 * (tests/fixtures/content-markup/ over the error fixtures' good base) builds, every page shows
 * that text literally, and no page of the build holds an element, attribute or script the text
 * tried to add. Built in a copy of the project with its own caches, so it never shares
 * .astro/ with another build.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotSite } from '../../scripts/bench/projects.ts';

const ROOT = path.resolve('.');
const project = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-markup-')), 'site');
const dist = path.join(project, 'dist');

const TITLE = 'Anna <script>window.injected = 1</script> Kikina';
const SUMMARY = 'A cosmonaut </p><img src=x onerror="window.injected = 2"> & "quoted".';
/** Script types that hold data, never run. */
const DATA_SCRIPT = /^application\/(?:ld\+)?json$/;

const pages = () => fs.globSync('**/*.html', { cwd: dist }).sort();
const read = (file: string) => parseHTML(fs.readFileSync(path.join(dist, file), 'utf8')).document;
let buildLog = '';

beforeAll(() => {
  snapshotSite(ROOT, project);
  const content = path.join(project, 'src/content');
  fs.rmSync(content, { recursive: true });
  fs.cpSync('tests/fixtures/content-errors/base', content, { recursive: true });
  fs.cpSync('tests/fixtures/content-markup', content, { recursive: true });
  const { ORBITAL_CONTENT_DIR: _elsewhere, ...env } = process.env;
  const run = spawnSync('npx', ['astro', 'build'], { cwd: project, encoding: 'utf8', env: { ...env, FORCE_COLOR: '0' } });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  buildLog = run.stdout + run.stderr;
}, 600_000);

describe('a title in a script the share cards have no font for', () => {
  it('is shown on its page, and the build warns that its card shows boxes, naming the characters', () => {
    expect(read('people/koichi-wakata/index.html').querySelector('h1')!.textContent).toBe('若田光一');
    expect(buildLog).toMatch(/1 share image\(s\) with characters their font \(Inter\) cannot draw/);
    expect(buildLog).toContain('/share/people/koichi-wakata.png "若田光一": 若 田 光 一');
  });
});

describe('text with markup in frontmatter', () => {
  it('is shown literally on the entry page', () => {
    const page = read('people/anna-kikina/index.html');
    expect(page.querySelector('h1')!.textContent).toBe(TITLE);
    expect(page.querySelector('.summary')!.textContent).toBe(SUMMARY);
    expect(page.querySelector('title')!.textContent).toContain(TITLE);
    expect(page.body.textContent).toContain('<iframe src="https://example.org/"></iframe>');
    expect(page.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(SUMMARY);
  });

  it('adds no element, attribute or running script to any page', () => {
    const files = pages();
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const page = read(file);
      expect(page.querySelectorAll('iframe, img[src="x"], [onerror], [onmouseover], a[href^="javascript:"], style:not(head style)').length, file).toBe(0);
      expect([...page.querySelectorAll('b, i')].filter((e) => /Анна|NASA/.test(e.textContent ?? '')).length, file).toBe(0);
      for (const script of page.querySelectorAll('script')) {
        const type = script.getAttribute('type') ?? '';
        if (DATA_SCRIPT.test(type)) expect(() => JSON.parse(script.textContent!), `${file}: a data script still parses`).not.toThrow();
        else expect(script.textContent, `${file}: a script that runs`).not.toContain('window.injected');
      }
    }
  });

  it('keeps the markup text, escaped, in the feed and the data export', () => {
    const feed = fs.readFileSync(path.join(dist, 'events/feed.xml'), 'utf8');
    expect(feed).not.toContain('<script>window.injected');
    const exported = JSON.parse(fs.readFileSync(path.join(dist, 'data/people.json'), 'utf8'));
    expect(exported.entries.find((e: { id: string }) => e.id === 'anna-kikina').title).toBe(TITLE);
  });
});
