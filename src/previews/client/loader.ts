/**
 * The only script an entry page loads before interaction: on the first hover by a mouse or
 * keyboard focus of a link to an entry, it loads the preview card and hands it the link.
 * Touch and pen are ignored, so a tap follows the link as it always did.
 */
import cardUrl from './card.ts?worker&url';
import { PREVIEW_EVENT } from './event';

/** Entry pages are the site's only two-level paths ("/people/frank-rubio/"); the card skips any it has no data for. */
const ENTRY_PATH = /^\/[\w-]+\/[^/]+\/$/;

let touched = false;
let card: Promise<unknown> | undefined;
// Built as its own module and imported by URL, out of the bundler's sight: its dynamic-import
// helper (module preloading, which one dependency-free module does not need) would more than
// double this loader. The card has no exports: it listens for PREVIEW_EVENT.
const CARD_URL = cardUrl;

function entryLink(target: EventTarget | null): Element | undefined {
  const link = target instanceof Element ? target.closest('a[href]') : null;
  return link && ENTRY_PATH.test(link.getAttribute('href') ?? '') ? link : undefined;
}

function hand(link: Element | undefined, how: 'hover' | 'focus') {
  if (!link) return;
  card ??= import(/* @vite-ignore */ CARD_URL);
  void card.then(() => link.dispatchEvent(new CustomEvent(PREVIEW_EVENT, { bubbles: true, detail: how })));
}

document.addEventListener('pointerdown', (event) => (touched = event.pointerType !== 'mouse'), true);
document.addEventListener('keydown', () => (touched = false), true);
document.addEventListener('pointerover', (event) => event.pointerType === 'mouse' && hand(entryLink(event.target), 'hover'));
document.addEventListener('focusin', (event) => !touched && hand(entryLink(event.target), 'focus'));
