/**
 * Tells the reader that a newer deployment is ready, in a polite live region that takes no
 * focus; "Reload" lets the waiting worker take over and reloads once it has.
 */
import { OFFER_UPDATE_EVENT, type ToWorker } from './messages.ts';

function offerUpdate(worker: ServiceWorker) {
  if (document.querySelector('[data-update-notice]')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.dataset.updateNotice = '';
  notice.setAttribute('role', 'status');
  document.body.append(notice);

  const text = document.createElement('p');
  text.textContent = 'A newer version of the record is ready.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload to see it';
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = 'Not now';
  later.addEventListener('click', () => notice.remove());
  reload.addEventListener('click', () => {
    reload.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    worker.postMessage({ type: 'skip-waiting' } satisfies ToWorker);
  });
  // Filled after insertion, so screen readers announce it.
  requestAnimationFrame(() => notice.append(text, reload, later));
}

document.addEventListener(OFFER_UPDATE_EVENT, (event) => offerUpdate((event as CustomEvent<ServiceWorker>).detail));
