/**
 * "Cite this page" dates each entry by the last commit that changed its file. A shallow
 * clone (CI's `--depth 1`) shows its oldest commit as adding every file: those files get no
 * date, and a warning, rather than the clone's date. Each case runs in a repository of its
 * own, in a process of its own (the dates are read once per process).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const module = new URL('../../src/publish/last-updated.ts', import.meta.url).href;
let work: string;

function git(cwd: string, args: string[], date?: string) {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
  execFileSync('git', args, { cwd, env, stdio: 'ignore' });
}

function datesIn(clone: string, files: string[]) {
  const script = `const { lastUpdated } = await import(${JSON.stringify(module)});
    console.log(JSON.stringify(${JSON.stringify(files)}.map((f) => lastUpdated(f) ?? null)));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '--eval', script], { cwd: clone, encoding: 'utf8' });
  return { dates: JSON.parse(run.stdout) as Array<string | null>, warning: run.stderr };
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'last-updated-'));
  const origin = path.join(work, 'origin');
  fs.mkdirSync(origin);
  git(origin, ['init', '-q']);
  fs.writeFileSync(path.join(origin, 'old.mdx'), 'old\n');
  git(origin, ['add', '.']);
  git(origin, ['commit', '-qm', 'old'], '2023-01-02T12:00:00Z');
  fs.writeFileSync(path.join(origin, 'new.mdx'), 'new\n');
  git(origin, ['add', '.']);
  git(origin, ['commit', '-qm', 'new'], '2024-05-06T12:00:00Z');
  fs.writeFileSync(path.join(origin, 'newest.mdx'), 'newest\n');
  git(origin, ['add', '.']);
  git(origin, ['commit', '-qm', 'newest'], '2025-07-08T12:00:00Z');
  git(work, ['clone', '-q', `file://${origin}`, 'full']);
  // Two commits deep: the newest commit's own change is known, the one before it stands for every file.
  git(work, ['clone', '-q', '--depth', '2', `file://${origin}`, 'shallow']);
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the date a page was last changed', () => {
  it('is the last commit that changed its file, in a whole clone, without a warning', () => {
    const { dates, warning } = datesIn(path.join(work, 'full'), ['old.mdx', 'new.mdx', 'newest.mdx']);
    expect(dates).toEqual(['2023-01-02', '2024-05-06', '2025-07-08']);
    expect(warning).toBe('');
  });

  it('is unknown, with a warning that says how to fetch the history, for a file a shallow clone holds no change of', () => {
    const { dates, warning } = datesIn(path.join(work, 'shallow'), ['old.mdx', 'new.mdx', 'newest.mdx']);
    expect(dates).toEqual([null, null, '2025-07-08']);
    expect(warning).toContain('this git clone is shallow: 2 files');
    expect(warning).toContain('git fetch --unshallow');
  });
});
