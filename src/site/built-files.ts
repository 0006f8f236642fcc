/**
 * The files of a built site, listed and hashed the same way for the search index key and the
 * service worker's version: both walk the whole of dist/ (21,000 files at 10,000 entries) and
 * hash most of it (some 700 MB with the share images).
 */
import type { Hash } from 'node:crypto';
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

/** One buffer for every read: a new buffer per file made the build's large heap collect garbage again and again. */
const chunk = Buffer.allocUnsafe(1 << 20);

/** Feeds a file's bytes to `hash`. */
export function hashFile(hash: Hash, file: string): Hash {
  const fd = fs.openSync(file, 'r');
  try {
    for (let read = fs.readSync(fd, chunk); read > 0; read = fs.readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  return hash;
}
