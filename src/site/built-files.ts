/**
 * The files of a built site, listed once per step: the search index key and the service
 * worker's version both walk the whole of dist/ (21,000 files at 10,000 entries).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted (so hashes over them are stable). */
export function builtFiles(dir: string): string[] {
  dir = path.resolve(dir);
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name).slice(dir.length + 1).split(path.sep).join('/'))
    .sort();
}
