/**
 * Writes the service worker for a built site: Workbox's manifest of the shell (and the index
 * while it is small), a version naming this build, the list of the whole record, and the
 * worker itself bundled from src/offline/client/service-worker.ts. Runs after Pagefind has
 * written dist/pagefind/, since the index is part of what it caches.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Minimatch } from 'minimatch';
import { builtFiles, hashFile } from '../site/built-files.ts';
import { TITLE_LIST_PATH } from '../publish/title-list.ts';
import { CONTENT_HASHED, IGNORED, INDEX, NOT_FOUND_PAGE, OFFLINE_FALLBACK, pageSections, precachePatterns, RECORD, RECORD_IGNORED, RECORD_LIST_FILE, siteUrl, TIMELINE, WORKER_FILE } from './cache-rules.ts';
import type { OfflineBuild, RecordList } from './client/messages.ts';

const WORKER_SOURCE = fileURLToPath(new URL('./client/service-worker.ts', import.meta.url));

export interface ServiceWorkerReport {
  version: string;
  precached: { files: number; bytes: number };
  indexBytes: number;
  indexPrecached: boolean;
  timelineBytes: number;
  timelinePrecached: boolean;
  record: { files: number; bytes: number };
  workerBytes: number;
}

/**
 * A test of paths against glob patterns, each compiled once (the semantics of Node's
 * `path.matchesGlob`, which compiles its pattern on every call: a second at 31,000 files).
 */
function globs(patterns: readonly string[]): (file: string) => boolean {
  const compiled = patterns.map((pattern) => new Minimatch(pattern, { nocomment: true, nonegate: true }));
  return (file) => compiled.some((pattern) => pattern.match(file));
}

/** Whether a file matches the patterns and none of the ignored ones. */
function matching(patterns: readonly string[], ignored: readonly string[] = IGNORED): (file: string) => boolean {
  const [matches, isIgnored] = [globs(patterns), globs(ignored)];
  return (file) => matches(file) && !isIgnored(file);
}

const filesMatching = (files: readonly string[], patterns: readonly string[], ignored?: readonly string[]) => files.filter(matching(patterns, ignored));

const sizeOf = (dist: string, files: readonly string[]) => files.reduce((sum, f) => sum + fs.statSync(path.join(dist, f)).size, 0);

/**
 * One hash over every file's name and bytes: any change anywhere in the build is a new version.
 * A content-hashed file's name already says its bytes, so only the name is hashed (at 10,000
 * entries that skips reading some 11,000 files).
 */
function buildVersion(dist: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file).update('\0');
    if (!CONTENT_HASHED.test(file)) hash.update(hashFile(createHash('sha256'), path.join(dist, file)).digest()).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export async function writeServiceWorker(dist: string): Promise<ServiceWorkerReport> {
  // Loaded here, at build end, not with the config: a build that stops in its content check
  // never starts rolldown's native threads, which have kept such a process from exiting.
  // Workbox's getManifest alone: the package's index also loads its worker generator (Rollup,
  // Babel), most of a second at every build for code this step never runs.
  const [{ build: bundle }, { getManifest }] = await Promise.all([import('rolldown'), import('workbox-build/build/get-manifest.js')]);
  const files = builtFiles(dist);
  const version = buildVersion(dist, filesMatching(files, ['**']));
  const indexBytes = sizeOf(dist, filesMatching(files, INDEX));
  const timelineBytes = sizeOf(dist, filesMatching(files, TIMELINE));
  const { patterns, indexPrecached, timelinePrecached } = precachePatterns({ indexBytes, timelineBytes });
  const manifest = await getManifest({
    globDirectory: dist,
    // A pattern for files this build does not have (fonts, say) is not a mistake here.
    globPatterns: patterns.filter((pattern) => files.some(matching([pattern]))),
    globIgnores: IGNORED,
    dontCacheBustURLsMatching: CONTENT_HASHED,
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
    manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: siteUrl(e.url) })), warnings: [] })],
  });
  if (manifest.warnings.length > 0) throw new Error(`Workbox could not list the files to precache:\n${manifest.warnings.join('\n')}`);
  const precache = [...manifest.manifestEntries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

  const recordFiles = filesMatching(files, RECORD, RECORD_IGNORED);
  const list: RecordList = { version, urls: recordFiles.map(siteUrl) };
  fs.mkdirSync(path.dirname(path.join(dist, RECORD_LIST_FILE)), { recursive: true });
  fs.writeFileSync(path.join(dist, RECORD_LIST_FILE), `${JSON.stringify(list)}\n`);

  const offline: OfflineBuild = {
    version,
    record: { files: recordFiles.length, bytes: sizeOf(dist, recordFiles) },
    recordList: siteUrl(RECORD_LIST_FILE),
    fallback: OFFLINE_FALLBACK,
    notFound: siteUrl(NOT_FOUND_PAGE),
    titleList: TITLE_LIST_PATH,
    sections: pageSections(files),
    indexPrecached,
  };
  await bundle({
    input: WORKER_SOURCE,
    platform: 'browser',
    logLevel: 'warn',
    transform: {
      define: {
        'process.env.NODE_ENV': JSON.stringify('production'),
        'self.__WB_MANIFEST': JSON.stringify(precache),
        OFFLINE_BUILD: JSON.stringify(offline),
      },
    },
    output: { file: path.join(dist, WORKER_FILE), format: 'iife', minify: true },
  });
  return {
    version,
    precached: { files: manifest.count, bytes: manifest.size },
    indexBytes,
    indexPrecached,
    timelineBytes,
    timelinePrecached,
    record: offline.record,
    workerBytes: fs.statSync(path.join(dist, WORKER_FILE)).size,
  };
}
