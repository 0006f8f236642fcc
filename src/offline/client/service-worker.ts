/// <reference lib="webworker" />
/**
 * The service worker (bundled into dist/sw.js at the end of the build). Workbox precaches the
 * shell and, while it is small, the whole search index; pages, index chunks and other files
 * are cached as they are fetched, in caches named after this build, so a reader never gets a
 * page of one deployment with an index of another. A new deployment installs beside the old
 * one and waits until the reader accepts it (the pages offer a reload).
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { COLLECTIONS } from '../../model/collections.ts';
import type { TitleRow } from '../../publish/nearest-entries.ts';
import type { FromWorker, OfflineBuild, RecordList, ToWorker } from './messages.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };
/** Written by the build (rolldown `define`). */
declare const OFFLINE_BUILD: OfflineBuild;

const build = OFFLINE_BUILD;
const PREFIX = 'orbital-record';
const visitedCache = `${PREFIX}-visited-${build.version}`;
const keptCache = `${PREFIX}-kept-${build.version}`;
/** Caches of this kind from any build, to find and drop those of older builds. */
const versioned = new RegExp(`^${PREFIX}-(visited|kept)-(.+)$`);
/** Stored last when the whole record is kept: its presence says the copy is complete. */
const keptMarker = new URL(build.recordList, self.location.href).href;

setCacheNameDetails({ prefix: PREFIX });
clientsClaim();

const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);
// Query strings never change a file of this static site: /search/?q=… is /search/, and Pagefind's
// cache-busting `pagefind-entry.json?ts=…` is the entry file of this worker's own build.
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' }));
const matchPrecache = (url: string) => precache.matchPrecache(url);

/** Runs `work` over `items`, six at a time (as many as a browser opens to one host over HTTP/1.1). */
async function sixAtATime<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await work(next);
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

/**
 * Workbox precaches one file at a time (workbox#2528): at 100 ms a request, the 260 files took
 * 30 s before anything worked offline. They are fetched six at a time into the precache first,
 * as Workbox would store them (a revisioned file fresh from the server, under its revisioned
 * key); Workbox's own pass then finds each stored, and fetches and checks whatever is not.
 */
async function fillPrecache(): Promise<void> {
  const cache = await caches.open(precache.strategy.cacheName);
  await sixAtATime([...precache.getURLsToCacheKeys()], async ([url, key]) => {
    try {
      if (await cache.match(key)) return;
      const response = await fetch(url, { cache: key === url ? 'default' : 'reload', credentials: 'same-origin' });
      if (response.ok && !response.redirected) await cache.put(key, response);
    } catch {
      // Left to Workbox's pass, which fails the install if the file cannot be had.
    }
  });
}
self.addEventListener('install', (event) => event.waitUntil(fillPrecache().then(() => precache.install(event))));
self.addEventListener('activate', (event) => event.waitUntil(precache.activate(event)));

/** A page or file kept with the whole record is used from there before the network. */
const alsoKept: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, request }) =>
    cachedResponse ?? (await (await caches.open(keptCache)).match(request, { ignoreSearch: true })) ?? null,
};
/**
 * A page's address in the form the caches hold ("/people/x/") when it was asked for in another
 * that static hosts serve alike ("/people/x", "/people/x/index.html"); undefined for a file
 * ("/feed.xml") or an address already in that form.
 */
function folderForm(url: URL): string | undefined {
  const last = url.pathname.split('/').at(-1)!;
  if (last === 'index.html') return `${url.origin}${url.pathname.slice(0, -last.length)}`;
  return last === '' || last.includes('.') ? undefined : `${url.origin}${url.pathname}/`;
}
/**
 * Whether a page's address ("/people/x/") is no page of this build: outside every folder pages
 * are in, or an entry's address the list of titles lacks. Undecided (false) where the device
 * cannot tell: a list page, or no list of titles stored.
 */
async function isNoPage(pathname: string): Promise<boolean> {
  const parts = pathname.split('/').filter(Boolean);
  if (parts.length === 0) return false;
  if (!build.sections.includes(parts[0]!)) return true;
  if (parts.length !== 2 || !COLLECTIONS.some((c) => c === parts[0])) return false;
  const titles = await matchPrecache(build.titleList);
  return titles !== undefined && !((await titles.json()) as TitleRow[]).some(([path]) => path === pathname);
}
/**
 * Offline, a page asked for in another form is the stored page; an address that is no page
 * (or, with the whole record kept, any page the device does not have) is the site's not-found
 * page, as online; any other is the friendly notice that it opens once online. A file (the
 * feed, the data export) is never "not found": it is only not kept.
 */
const offlinePage: WorkboxPlugin = {
  handlerDidError: async ({ request }) => {
    const url = new URL(request.url);
    const folder = folderForm(url);
    const stored = folder === undefined ? undefined : ((await matchPrecache(`${folder}index.html`)) ?? (await caches.match(folder, { ignoreSearch: true })));
    if (stored) return stored;
    const page = folder === undefined ? (url.pathname.endsWith('/') ? url.pathname : undefined) : new URL(folder).pathname;
    if (page !== undefined && ((await isKept(keptCache)) || (await isNoPage(page)))) {
      const notFound = await matchPrecache(build.notFound);
      if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
    }
    return (await matchPrecache(build.fallback)) ?? Response.error();
  },
};
const visited = { cacheName: visitedCache, matchOptions: { ignoreSearch: true } };
const pages = new CacheFirst({ ...visited, plugins: [alsoKept, offlinePage] });
const files = new CacheFirst({ ...visited, plugins: [alsoKept] });

const sameSite = (url: URL) => url.origin === self.location.origin;

/**
 * Search result fragments, while the index is not precached and the browser is online, are left
 * to the browser: any answer from this worker (`respondWith`) costs about 100 ms per search, ten
 * fragments queued on its one thread (bench/results/search-notes.md). Online is judged as the
 * request goes by (`navigator.onLine`, the only judgement that costs nothing then; trying the
 * network first would be the relay again): offline, or on a network the browser knows is down,
 * the caches answer as for every other file. The fragments seen going by are kept afterwards,
 * when the search page says its results are painted (`keep-searched`), so a search done online
 * shows its results offline too.
 *
 * A fragment already in this build's caches (kept after a search, or with the whole record) is
 * answered from there, online or not: `navigator.onLine` can say online where nothing is
 * reachable (a network that is up but leads nowhere; Chromium 150 under its offline emulation),
 * and one fragment left to a dead network fails the whole search.
 */
const FRAGMENTS = '/pagefind/fragment/';
const isFragment = (url: URL) => url.pathname.startsWith(FRAGMENTS);
const stored = new Set<string>();
/** Which fragments the caches hold; a worker the browser stopped and started again reads it back here (until then, `navigator.onLine` decides). */
async function readStored(): Promise<void> {
  const found: string[] = [];
  for (const name of [visitedCache, keptCache]) {
    if (!(await caches.has(name))) continue;
    for (const request of await (await caches.open(name)).keys()) if (isFragment(new URL(request.url))) found.push(request.url);
  }
  stored.clear();
  for (const url of found) stored.add(url);
}
void readStored();
const leftToBrowser = (url: URL) =>
  !build.indexPrecached && self.navigator.onLine && sameSite(url) && isFragment(url) && !stored.has(url.href);
const searched = new Set<string>();
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (leftToBrowser(url)) searched.add(url.href);
});

/** Copies the fragments fetched past the worker into the visited cache, from the HTTP cache (their names are content hashes: never stale). */
async function keepSearched(): Promise<void> {
  const urls = [...searched];
  searched.clear();
  const cache = await caches.open(visitedCache);
  await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url, { cache: 'force-cache' });
      if (!response.ok) return;
      await cache.put(url, response);
      stored.add(url);
    }),
  );
}

registerRoute(({ request, url }) => request.mode === 'navigate' && sameSite(url), pages);
// The list of the whole record must come fresh from the deployment it describes.
registerRoute(({ url }) => sameSite(url) && url.pathname !== new URL(build.recordList, self.location.href).pathname && !leftToBrowser(url), files);

/** `missing: 'skip'` leaves out a file the site no longer has; otherwise the download fails. */
async function download(urls: readonly string[], cacheName: string, onProgress: (done: number) => void, missing: 'fail' | 'skip' = 'fail'): Promise<void> {
  const cache = await caches.open(cacheName);
  const queue = urls.filter((url) => precache.getCacheKeyForURL(url) === undefined);
  let done = urls.length - queue.length;
  onProgress(done);
  await sixAtATime(queue, async (url) => {
    const response = await fetch(url, { cache: 'no-cache' });
    if (response.ok) await cache.put(url, response);
    else if (missing === 'fail') throw new Error(`${url}: ${response.status}`);
    onProgress(++done);
  });
}

async function readRecordList(): Promise<RecordList> {
  const response = await fetch(build.recordList, { cache: 'no-store' });
  if (!response.ok) throw new Error(`the list of the record: ${response.status}`);
  return (await response.json()) as RecordList;
}

/** Downloads the whole record of this build; the marker goes in last, so a partial copy is never taken for whole. */
async function keepRecord(onProgress: (done: number, total: number) => void): Promise<void> {
  const list = await readRecordList();
  if (list.version !== build.version) {
    await self.registration.update();
    throw new Error('A newer version of the record is on the site: reload to use it, then keep it.');
  }
  try {
    await download(list.urls, keptCache, (done) => onProgress(done, list.urls.length));
    await (await caches.open(keptCache)).put(keptMarker, new Response(JSON.stringify(list)));
  } catch (error) {
    await caches.delete(keptCache);
    throw error;
  } finally {
    await readStored();
  }
}

async function isKept(cacheName: string): Promise<boolean> {
  return (await caches.has(cacheName)) && (await (await caches.open(cacheName)).match(keptMarker, { ignoreSearch: true })) !== undefined;
}

/** The pages (addresses ending in "/") an older build's visited cache holds. */
async function pagesReadBefore(): Promise<string[]> {
  const read = new Set<string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(`${PREFIX}-visited-`) || name === visitedCache) continue;
    for (const request of await (await caches.open(name)).keys()) if (new URL(request.url).pathname.endsWith('/')) read.add(request.url);
  }
  return [...read];
}

// A reader keeps across deployments what they had offline: the pages they read, and the whole
// record if they kept it. This build's copies are downloaded before the new worker is offered
// (a page the site no longer has is left out), and the old ones dropped when it takes over.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await download(await pagesReadBefore(), visitedCache, () => {}, 'skip');
      const older = (await caches.keys()).filter((name) => name.startsWith(`${PREFIX}-kept-`) && name !== keptCache);
      for (const name of older) if (await isKept(name)) return keepRecord(() => {});
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        const match = versioned.exec(name);
        if (match && match[2] !== build.version) await caches.delete(name);
      }
    })(),
  );
});

self.addEventListener('message', (event) => {
  const message = event.data as ToWorker;
  const reply = (answer: FromWorker) => event.ports[0]?.postMessage(answer);
  const failed = (error: unknown) => reply({ type: 'failed', reason: error instanceof Error ? error.message : String(error) });
  switch (message.type) {
    case 'skip-waiting':
      event.waitUntil(self.skipWaiting());
      break;
    case 'record-status':
      event.waitUntil(isKept(keptCache).then((kept) => reply({ type: 'status', kept, ...build.record, version: build.version })));
      break;
    case 'keep-record':
      event.waitUntil(keepRecord((done, total) => reply({ type: 'progress', done, total })).then(() => reply({ type: 'kept' }), failed));
      break;
    case 'forget-record':
      event.waitUntil(caches.delete(keptCache).then(readStored).then(() => reply({ type: 'forgotten' }), failed));
      break;
    case 'keep-page':
      // The page that registered the worker was loaded before the worker could see it.
      event.waitUntil(pages.handle({ request: new Request(message.url), event }).then(() => undefined, () => undefined));
      break;
    case 'keep-searched':
      // A fragment not kept is fetched again next time online; offline, a search needing it cannot show its results.
      event.waitUntil(keepSearched().catch(() => undefined));
      break;
  }
});
