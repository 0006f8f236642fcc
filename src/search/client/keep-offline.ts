/**
 * Search and the offline copy. `keepSearchedOffline` tells the service worker (if one controls
 * the page) that a search's results are on screen, so it keeps the result fragments it let the
 * browser fetch: the same search then works offline. Sent after painting, off the path to the
 * results (src/offline/client/service-worker.ts).
 */
import type { ToWorker } from '../../offline/client/messages';

export function keepSearchedOffline(): void {
  navigator.serviceWorker?.controller?.postMessage({ type: 'keep-searched' } satisfies ToWorker);
}

/**
 * Offline, each result whose page is not on this device says so: opened, it would show only
 * "You are offline". Online nothing is marked, since every page opens.
 */
export async function markResultsNotKept(list: HTMLElement): Promise<void> {
  if (navigator.onLine || !('caches' in self)) return;
  for (const link of list.querySelectorAll<HTMLAnchorElement>('[data-result-link]')) {
    const item = link.closest<HTMLElement>('.search-result');
    if (!item || 'notKept' in item.dataset || (await caches.match(link.pathname))) continue;
    item.dataset.notKept = '';
    const note = document.createElement('span');
    note.className = 'search-result__not-kept';
    note.textContent = 'not on this device: opens when online';
    item.querySelector('.search-result__meta')?.append(note);
  }
}
