/**
 * Loaded by every page (a module script: it runs after the page is parsed and never delays
 * its first paint). Registers the service worker once the page has loaded, offers a newer
 * deployment when one is ready, keeps the page being read, and brings the "Keep the whole
 * record offline" controls to life. Everything else is loaded only when it is needed.
 */
import keeperUrl from './keeper.ts?worker&url';
import { KEEPERS_EVENT, OFFER_UPDATE_EVENT, type ToWorker } from './messages.ts';
import noticeUrl from './update-notice.ts?worker&url';

// Built as standalone modules and imported by URL, out of the bundler's sight: its
// dynamic-import helper (module preloading, which these dependency-free modules do not
// need) would more than double this script. They have no exports: once loaded, they take
// their work from an event.
async function hand(url: string, event: string, detail: unknown) {
  await import(/* @vite-ignore */ url);
  document.dispatchEvent(new CustomEvent(event, { detail }));
}

const workers = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;

/**
 * Pages read in this tab before a worker controlled it (its first install may take a while on a
 * slow network), kept in sessionStorage until one is active, which is then asked to keep each,
 * so none is lost. Stores `next` in place of the list and returns the list stored before.
 * Storage refused (a policy, a full quota): only the page open then is kept.
 */
const UNKEPT = 'orbital-record:unkept';

function swapReadBefore(next: readonly string[]): string[] {
  try {
    const before = sessionStorage.getItem(UNKEPT)?.split(' ') ?? [];
    sessionStorage.setItem(UNKEPT, next.join(' '));
    return before.filter(Boolean);
  } catch {
    return [];
  }
}

function offer(worker: ServiceWorker) {
  void hand(noticeUrl, OFFER_UPDATE_EVENT, worker);
}

async function start(registry: ServiceWorkerContainer) {
  let registration: ServiceWorkerRegistration;
  try {
    registration = await registry.register('/sw.js');
  } catch {
    return; // No worker (a blocked origin, a failed install): the site works as it always did.
  }
  // A waiting worker with a controller present is a newer deployment; the very first install takes over directly.
  if (registration.waiting && registry.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const incoming = registration.installing;
    incoming?.addEventListener('statechange', () => {
      if (incoming.state === 'installed' && registry.controller) offer(incoming);
    });
  });
  addEventListener('online', () => void registration.update().catch(() => {}));
  const uncontrolled = !registry.controller;
  const read = [...new Set([...swapReadBefore([]), location.href])];
  if (uncontrolled) swapReadBefore(read);
  const ready = await registry.ready;
  for (const url of read) ready.active?.postMessage({ type: 'keep-page', url } satisfies ToWorker);
  if (uncontrolled) swapReadBefore([]);
  if (document.querySelector('[data-offline-keeper]')) void hand(keeperUrl, KEEPERS_EVENT, ready);
}

// Not under `astro dev` (the one place with hot reloading), which has no worker to give: every
// page would ask for /sw.js and log its 404.
if (workers && !import.meta.hot) {
  if (document.readyState === 'complete') void start(workers);
  else addEventListener('load', () => void start(workers), { once: true });
}
