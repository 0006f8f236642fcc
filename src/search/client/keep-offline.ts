/**
 * Tells the service worker (if one controls the page) that a search's results are on screen,
 * so it keeps the result fragments it let the browser fetch: the same search then works
 * offline. Sent after painting, off the path to the results (src/offline/client/service-worker.ts).
 */
import type { ToWorker } from '../../offline/client/messages';

export function keepSearchedOffline(): void {
  navigator.serviceWorker?.controller?.postMessage({ type: 'keep-searched' } satisfies ToWorker);
}
