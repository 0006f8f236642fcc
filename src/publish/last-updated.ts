/**
 * When each content file last changed, from git: the date of the last commit that touched
 * it. One `git log` for the whole content folder per build; the same commit gives the same
 * dates on every build (no clock is read). Outside a git checkout, or for a file never
 * committed, there is no date. A shallow clone (CI's usual `--depth 1`) shows its oldest
 * commits as adding every file then present: those dates would all be wrong, so a file
 * whose last change lies behind the clone's history has no date either, and the build says so.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

let dates: Map<string, string> | undefined;

function git(args: string[], cwd?: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
}

/** The commits a shallow clone's history stops at (their parents were not fetched). */
function shallowBoundary(root: string): Set<string> {
  const file = path.resolve(root, git(['rev-parse', '--git-path', 'shallow'], root).trim());
  return new Set(fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);
}

function readDates(): Map<string, string> {
  const found = new Map<string, string>();
  try {
    const root = git(['rev-parse', '--show-toplevel']).trim();
    const boundary = shallowBoundary(root);
    const log = git(['log', '--format=%x00%H %cs', '--name-only', '--', '.'], root);
    let date: string | undefined;
    const undated = new Set<string>();
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) {
        const [commit, day] = line.slice(1).split(' ');
        date = commit && boundary.has(commit) ? undefined : day;
      } else if (line) {
        const file = path.join(root, line);
        if (found.has(file) || undated.has(file)) continue;
        if (date) found.set(file, date);
        else undated.add(file);
      }
    }
    if (undated.size > 0) {
      console.warn(
        `[orbital-record] this git clone is shallow: ${undated.size} files last changed before its oldest commit, so "Cite this page" gives them no date (n.d.). ` +
          'Fetch the whole history to date them: git fetch --unshallow (GitHub Actions: actions/checkout with fetch-depth: 0).',
      );
    }
  } catch {
    // Not a git checkout (a snapshot, a tarball): no file has a known date.
  }
  return found;
}

/** `YYYY-MM-DD` of the last commit that changed the file, if any. */
export function lastUpdated(file: string): string | undefined {
  dates ??= readDates();
  return dates.get(path.resolve(file));
}
