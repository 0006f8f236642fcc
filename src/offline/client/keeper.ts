/**
 * "Keep the whole record offline": says how big the record is before anything starts,
 * downloads it through the service worker with a progress bar, and removes it again.
 * Without a service worker the control stays what the HTML makes it: a link to /offline/.
 */
import { KEEPERS_EVENT, type FromWorker, type ToWorker } from './messages.ts';

/** Told to every keeper on the page once the record is kept or removed: /offline/ has two. */
const KEPT_EVENT = 'orbital-record:kept';
const announce = (kept: boolean) => document.dispatchEvent(new CustomEvent<boolean>(KEPT_EVENT, { detail: kept }));

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Sends one message and hands every answer to `onAnswer` until it returns true (done). */
function ask(registration: ServiceWorkerRegistration, message: ToWorker, onAnswer: (answer: FromWorker) => boolean | void) {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<FromWorker>) => {
    if (onAnswer(event.data) === true) channel.port1.close();
  };
  registration.active?.postMessage(message, [channel.port2]);
}

function upgradeKeeper(root: HTMLElement, registration: ServiceWorkerRegistration) {
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'offline-keeper__status';
  const button = document.createElement('button');
  button.type = 'button';
  const progress = document.createElement('progress');
  progress.hidden = true;
  progress.setAttribute('aria-label', 'Downloading the record');
  let size = '';
  const show = (kept: boolean) => {
    button.disabled = false;
    progress.hidden = true;
    button.textContent = kept ? 'Remove the offline copy' : `Keep the whole record offline (${size})`;
    button.dataset.action = kept ? 'forget' : 'keep';
    status.textContent = kept ? `The whole record (${size}) is kept on this device: every page and search work offline.` : '';
  };

  // The link stays until the worker has said how big the record is: never an empty button.
  ask(registration, { type: 'record-status' }, (answer) => {
    if (answer.type !== 'status') return false;
    size = `${answer.files} files, ${megabytes(answer.bytes)}`;
    show(answer.kept);
    const about = root.querySelector('a');
    root.replaceChildren(button, progress, status);
    if (about && about.pathname !== location.pathname) {
      about.textContent = 'About offline reading';
      root.append(about);
    }
    return true;
  });
  document.addEventListener(KEPT_EVENT, (event) => {
    if (size) show((event as CustomEvent<boolean>).detail);
  });

  button.addEventListener('click', () => {
    button.disabled = true;
    if (button.dataset.action === 'forget') {
      ask(registration, { type: 'forget-record' }, (answer) => {
        announce(answer.type !== 'forgotten');
        status.textContent = answer.type === 'forgotten' ? 'The offline copy is removed. Pages you open are still kept as you read them.' : status.textContent;
        return true;
      });
      return;
    }
    progress.hidden = false;
    progress.removeAttribute('value');
    status.textContent = `Downloading the whole record (${size})…`;
    ask(registration, { type: 'keep-record' }, (answer) => {
      if (answer.type === 'progress') {
        progress.max = answer.total;
        progress.value = answer.done;
        progress.setAttribute('aria-valuetext', `${answer.done} of ${answer.total} files`);
        return false;
      }
      if (answer.type === 'kept') announce(true);
      if (answer.type === 'failed') {
        show(false);
        // Offline, the fetch's own words ("Failed to fetch") say nothing a reader can act on.
        status.textContent = navigator.onLine ? `Could not keep the record: ${answer.reason}` : 'Could not keep the record: this device is offline. Connect to the network, then try again.';
      }
      return true;
    });
  });
}

document.addEventListener(KEEPERS_EVENT, (event) => {
  const registration = (event as CustomEvent<ServiceWorkerRegistration>).detail;
  document.querySelectorAll<HTMLElement>('[data-offline-keeper]').forEach((root) => upgradeKeeper(root, registration));
});
