/**
 * The search index of the last build, kept in the project's cache: Pagefind has no incremental
 * mode and reads every page again (about 20 s at 10,000 entries), yet its output depends only
 * on the HTML it reads, its options and its version. A build whose pages are byte for byte
 * those the kept index was made from takes the index from the cache instead.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { findPackageJSON } from 'node:module';
import path from 'node:path';
import { builtFiles, hashFile } from '../site/built-files.ts';

/** Pagefind's package.json (its `exports` do not list it, so it is found from the package's entry). */
const pagefindVersion = () => (JSON.parse(fs.readFileSync(findPackageJSON('pagefind', import.meta.url)!, 'utf8')) as { version: string }).version;

/** The key of an index: Pagefind's version, its options, and every HTML file it would read. */
export function indexKey(site: string, options: unknown): string {
  const hash = createHash('sha256').update(pagefindVersion()).update('\0').update(JSON.stringify(options)).update('\0');
  // What Pagefind reads: every HTML file of the site (its default glob), by path and bytes.
  for (const file of builtFiles(site).filter((f) => f.endsWith('.html'))) hashFile(hash.update(file).update('\0'), path.join(site, file)).update('\0');
  return hash.digest('hex');
}

/**
 * The folder `from`, file by file, at `to`, as hard links where the file system allows (else
 * copies): an index at 10,000 entries is 10,000 files, which copying took 3 s to write again,
 * each way. Safe because neither side is ever written in place: Astro empties dist/ at the
 * start of every build (an unlink, which leaves the cache's name whole), Pagefind then writes
 * a fresh dist/pagefind/, and the cache is filled once under a temporary name.
 */
function linkTree(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.linkSync(source, target);
    } catch {
      fs.copyFileSync(source, target);
    }
  }
}

/** The kept index, if it was made from exactly these pages: put at `outputPath`. */
export function restoreIndex(cacheDir: string, key: string, outputPath: string): boolean {
  const kept = path.join(cacheDir, key);
  if (!fs.existsSync(path.join(kept, 'pagefind-entry.json'))) return false;
  fs.rmSync(outputPath, { recursive: true, force: true });
  linkTree(kept, outputPath);
  return true;
}

/** Keeps this build's index as the only one (one build's worth of disk, not one per build). */
export function keepIndex(cacheDir: string, key: string, outputPath: string): void {
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const partial = path.join(cacheDir, `${key}.partial`);
  linkTree(outputPath, partial);
  // Renamed into place whole: an interrupted copy is never taken for an index.
  fs.renameSync(partial, path.join(cacheDir, key));
}
