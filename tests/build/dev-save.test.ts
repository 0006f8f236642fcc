/**
 * `astro dev` shows a save at once and everywhere it shows: the saved entry's own page, the
 * pages that name it, and the "What links here" of an entry a new body link points to. The
 * dev server runs in a temp copy of the project, so the real content is untouched. How fast
 * a save shows is measured by `npm run bench -- --authoring`, not here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Generous: this test is about what a save shows, not how fast (the benchmark measures that).
 * In the full suite, beside builds and browsers on two cores, a body save once took over 45 s.
 */
const SHOWN_WITHIN_MS = 150_000;
/** A cold start (no .astro/ in the copy) on a busy machine. */
const STARTED_WITHIN_MS = 200_000;
let dir: string;
let server: ChildProcess;
let base: string;

/** What the dev server answered last, for the message of a test that fails. */
let lastAnswer = '';

async function page(pathname: string): Promise<string> {
  // A cold dev server may hold its first requests while Vite optimises dependencies.
  const response = await fetch(`${base}${pathname}`, { signal: AbortSignal.timeout(30_000) });
  lastAnswer = `${pathname}: HTTP ${response.status}`;
  return response.ok ? response.text() : '';
}

/** Fetches the page again and again until it holds `text`; when it never does, fails saying what the dev server answered last and how its log ends. */
async function expectShown(pathname: string, text: string, within = SHOWN_WITHIN_MS): Promise<void> {
  const deadline = Date.now() + within;
  lastAnswer = `${pathname}: no answer`;
  while (Date.now() < deadline) {
    try {
      if ((await page(pathname)).includes(text)) return;
    } catch (error) {
      // Not listening yet, or slower than the request's own time limit.
      lastAnswer = `${pathname}: ${error instanceof Error ? error.message : String(error)}`;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const log = fs.readFileSync(path.join(dir, 'dev.log'), 'utf8').slice(-3000);
  throw new Error(`${pathname} did not show "${text}" within ${within / 1000} s (last answer ${lastAnswer}); the dev server's log ends:\n${log}`);
}

function edit(file: string, change: (text: string) => string) {
  const full = path.join(dir, 'src/content', file);
  const text = fs.readFileSync(full, 'utf8');
  const next = change(text);
  if (next === text) throw new Error(`the edit changed nothing in ${file}`);
  fs.writeFileSync(full, next);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-dev-'));
  for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    fs.cpSync(item, path.join(dir, item), { recursive: true });
  }
  fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  const port = 5100 + Math.floor(Math.random() * 400);
  base = `http://127.0.0.1:${port}`;
  // The copy's own src/content, whatever the caller's environment points at; and no test
  // runner's variables: Astro serves no pages under VITEST, and NODE_ENV=test is not dev.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(?:VITEST|NODE_ENV$|ORBITAL_CONTENT_DIR$)/.test(name)));
  const log = fs.openSync(path.join(dir, 'dev.log'), 'w');
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: { ...env, FORCE_COLOR: '0' },
    stdio: ['ignore', log, log],
    detached: true,
  });
  await expectShown('/people/frank-rubio/', 'Frank Rubio', STARTED_WITHIN_MS);
});

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
});

// Each test may wait SHOWN_WITHIN_MS and then says why it failed: the test's own limit is above it.
describe('astro dev after a save', { timeout: SHOWN_WITHIN_MS + 20_000 }, () => {
  it('shows a new summary on the entry\'s page', async () => {
    edit('people/frank-rubio.mdx', (t) => t.replace(/^summary: ".*"$/m, 'summary: "Saved summary of Frank Rubio."'));
    await expectShown('/people/frank-rubio/', 'Saved summary of Frank Rubio.');
  });

  it('shows a new line of the body on the entry\'s page', async () => {
    edit('people/frank-rubio.mdx', (t) => `${t}\nA line saved in the body.\n`);
    await expectShown('/people/frank-rubio/', 'A line saved in the body.');
  });

  it('shows a new title on the pages that name the entry', async () => {
    edit('people/frank-rubio.mdx', (t) => t.replace(/^title: ".*"$/m, 'title: "Francisco Rubio Saved"'));
    await expectShown('/events/rubio-us-single-flight-record-2023/', 'Francisco Rubio Saved');
  });

  it('still shows the pages naming an entry whose file has a mistake, linking it by its id, and recovers once fixed', async () => {
    const crew = '/spacecraft/spacex-crew-5/';
    edit('people/anna-kikina.mdx', (t) => t.replace(/^born:/m, 'borm:'));
    // Until the model drops her, the page still names her by title; then by id, never an error page.
    await expectShown(crew, '>anna-kikina</a>');
    expect(await page(crew)).toContain('href="/people/anna-kikina/"');
    // Her own address answers with the not-found page, which names the problem.
    const own = await fetch(`${base}/people/anna-kikina/`, { signal: AbortSignal.timeout(30_000) });
    expect(own.status).toBe(404);
    expect(await own.text()).toMatch(/Its entry has a problem[\s\S]*anna-kikina\.mdx:\d+\s+field: +borm\s+found: +unknown key &quot;borm&quot;/);
    edit('people/anna-kikina.mdx', (t) => t.replace(/^borm:/m, 'born:'));
    await expectShown(crew, '>Anna Kikina</a>');
  });

  it('shows in place of a body the check refuses its problems, never the markup it holds, and the body again once fixed', async () => {
    const own = '/people/anna-kikina/';
    const prose = 'Kikina was selected in 2012';
    expect(await page(own)).toContain(prose);
    const before = fs.readFileSync(path.join(dir, 'src/content/people/anna-kikina.mdx'), 'utf8');
    // A script MDX would run in the page, and an expression that would stop the page where it stands.
    edit('people/anna-kikina.mdx', (t) => `${t}\n<script>window.injected = true</script>\n\nThe loop {ammonia} leaked.\n`);
    await expectShown(own, 'so its text is not shown until this is fixed and saved');
    const shown = await page(own);
    expect(shown).toMatch(/Its entry has 2 problems[\s\S]*field: +\(body\)\s+found: +the HTML element &lt;script&gt;[\s\S]*found: +an expression in braces/);
    expect(shown).not.toContain('window.injected');
    expect(shown).not.toContain(prose);
    // The rest of the page is whole.
    expect(shown).toContain('Cite this page');
    edit('people/anna-kikina.mdx', () => before);
    await expectShown(own, prose);
  });

  it('lists a new entry on its collection page, and drops it once its file is deleted', async () => {
    const count = Number(/(\d+) entries/.exec(await page('/people/'))![1]);
    const file = path.join(dir, 'src/content/people/saved-person.mdx');
    fs.writeFileSync(file, fs.readFileSync(path.join(dir, 'src/content/people/dmitry-bakanov.mdx'), 'utf8').replace(/^title: .*$/m, 'title: "Saved Person"'));
    await expectShown('/people/', `${count + 1} entries`);
    expect(await page('/people/')).toContain('>Saved Person</a>');
    fs.rmSync(file);
    await expectShown('/people/', `${count} entries`);
    expect(await page('/people/')).not.toContain('Saved Person');
  });

  it('lists a new body link in the "What links here" of the entry it points to', async () => {
    const link = 'href="/people/josh-cassada/"';
    expect(await page('/places/zhezkazgan/')).not.toContain(link);
    edit('people/josh-cassada.mdx', (t) => `${t}\nHe never landed at [Zhezkazgan](/places/zhezkazgan/).\n`);
    await expectShown('/places/zhezkazgan/', link);
  });
});
