/**
 * When each content file last changed, from git: the date of the last commit that touched
 * it. One `git log` for the whole content folder per build; the same commit gives the same
 * dates on every build (no clock is read). Outside a git checkout, or for a file never
 * committed, there is no date.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

let dates: Map<string, string> | undefined;

function readDates(): Map<string, string> {
  const found = new Map<string, string>();
  let log: string;
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', '.'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) date = line.slice(1);
      else if (line && !found.has(path.join(root, line))) found.set(path.join(root, line), date);
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
