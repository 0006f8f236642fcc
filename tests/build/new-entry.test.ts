/**
 * The author's first five minutes, as a fresh clone sees them: scaffold a person with no
 * flags, build, and find the page. Runs in a temp copy so the real content is untouched.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
// The temp copy's own src/content, whatever the caller's environment points at.
const env = { ...process.env };
delete env.ORBITAL_CONTENT_DIR;
const NPM = { env };
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-new-'));
  for (const item of ['src', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    fs.cpSync(item, path.join(dir, item), { recursive: true });
  }
  fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run new', () => {
  it('scaffolds a person that builds into /people/test-person/, the build listing the placeholders', async () => {
    const made = await run('npm', ['run', '--silent', 'new', '--', 'person', 'Test Person'], { cwd: dir, ...NPM });
    expect(made.stdout).toContain('Created src/content/people/test-person.mdx');
    expect(made.stdout).toMatch(/npm run dev/);

    const built = await run('npx', ['astro', 'build'], { cwd: dir, ...NPM });
    expect(fs.existsSync(path.join(dir, 'dist/people/test-person/index.html'))).toBe(true);
    expect(built.stdout + built.stderr).toMatch(/src\/content\/people\/test-person\.mdx:3\n\s+field:\s+summary/);
    // And once more after the pages, where an author reading the end of the log sees it.
    const log = built.stdout + built.stderr;
    const reminder = log.lastIndexOf('built with');
    expect(reminder).toBeGreaterThan(log.lastIndexOf('/people/test-person/'));
    expect(log.slice(reminder)).toMatch(/^built with \d+ scaffold placeholder\(s\) still to fill \(listed above, before the pages\): src\/content\/people\/test-person\.mdx:3 summary/);
  }, 120_000);

  it("runs the commands CONTRIBUTING.md's first step shows, as an author copies them", async () => {
    const guide = fs.readFileSync('CONTRIBUTING.md', 'utf8');
    const block = /## 1\. Start an entry\n+```sh\n([^]*?)```/.exec(guide)![1]!;
    const commands = block.replace(/\\\n\s*/g, '').trim().split('\n');
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const command of commands) {
      const made = await run('sh', ['-c', command], { cwd: dir, ...NPM }).catch((e) => e);
      expect(made.stderr, command).toBe('');
      expect(made.stdout, command).toMatch(/^Created src\/content\//m);
    }
  }, 60_000);

  it("refuses, writing nothing, a title that would break another entry (another's alias)", async () => {
    const clash = await run('npm', ['run', '--silent', 'new', '--', 'person', 'Сергей Прокопьев', '--id', 'sergey-namesake'], { cwd: dir, ...NPM }).catch((e) => e);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain('Content check found 1 problem; nothing was written.');
    expect(clash.stderr).toMatch(/src\/content\/people\/sergey-prokopyev\.mdx:\d+\n\s+field:\s+aliases\[\d+\]\n\s+found:\s+"Сергей Прокопьев", which is also a name of src\/content\/people\/sergey-namesake\.mdx/);
    expect(fs.existsSync(path.join(dir, 'src/content/people/sergey-namesake.mdx'))).toBe(false);
  });

  it('says to quote a title the shell split into words, writing nothing', async () => {
    const split = await run('npm', ['run', '--silent', 'new', '--', 'person', 'Andrey', 'Fedyaev'], { cwd: dir, ...NPM }).catch((e) => e);
    expect(split.code).toBe(1);
    expect(split.stderr).toBe('The title is one argument; put it in quotes: npm run new -- person "Andrey Fedyaev"\n');
    expect(fs.existsSync(path.join(dir, 'src/content/people/andrey.mdx'))).toBe(false);
  });

  it('prints its usage for --help and -h, exiting 0', async () => {
    for (const flag of ['--help', '-h']) {
      const help = await run('npm', ['run', '--silent', 'new', '--', flag], { cwd: dir, ...NPM });
      expect(help.stdout).toMatch(/^Usage: npm run new -- <collection> "<Title>"/);
    }
  });

  it('refuses an existing id and an unknown collection, exiting non-zero without a stack trace', async () => {
    const taken = await run('npm', ['run', '--silent', 'new', '--', 'people', 'Frank Rubio'], { cwd: dir, ...NPM }).catch((e) => e);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('The id "frank-rubio" is taken by src/content/people/frank-rubio.mdx');
    const unknown = await run('npm', ['run', '--silent', 'new', '--', 'astronat', 'X'], { cwd: dir, ...NPM }).catch((e) => e);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no collection "astronat". Use one of: person (people), spacecraft (spacecraft)');
    expect(unknown.stderr).not.toMatch(/^\s+at /m);
  });
});
