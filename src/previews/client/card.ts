/**
 * The link-preview card, loaded on first use by loader.ts. One card for the page, a tooltip
 * the link points to with aria-describedby while it shows, in the landmark of that link;
 * placed below the link, or above when there is no room, never over it. A hover opens it
 * after a pause, focus at once; Esc, leaving the link (and the card, which the pointer may
 * cross onto) or blurring it closes it.
 * Data comes from the build's preview files (src/previews/shard.ts), each fetched once.
 */
import type { Preview } from '../data';
import { shardOf, shardUrl } from '../shard';
import { PREVIEW_EVENT } from './event';

const HOVER_DELAY_MS = 450;
const LEAVE_GRACE_MS = 250;
const GAP_PX = 8;
const CARD_ID = 'link-preview';
const TITLE_ID = 'link-preview-title';

type How = 'hover' | 'focus';

const shards = new Map<string, Promise<Record<string, Preview>>>();
let card: HTMLElement | undefined;
let shownFor: Element | undefined;
let shownBy: How | undefined;
let pendingFor: Element | undefined;
let opening: ReturnType<typeof setTimeout> | undefined;
let closing: ReturnType<typeof setTimeout> | undefined;

function load(key: string): Promise<Preview | undefined> {
  const shard = shardOf(key);
  if (!shards.has(shard)) {
    shards.set(shard, fetch(shardUrl(shard)).then((r) => (r.ok ? r.json() : {})).catch(() => ({})));
  }
  return shards.get(shard)!.then((previews) => previews[key]);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function theCard(): HTMLElement {
  if (card) return card;
  card = element('div', 'link-preview');
  card.id = CARD_ID;
  card.setAttribute('role', 'tooltip');
  card.setAttribute('aria-labelledby', TITLE_ID);
  card.hidden = true;
  card.addEventListener('pointerenter', () => clearTimeout(closing));
  card.addEventListener('pointerleave', () => closeSoon());
  return card;
}

/** What counts as a landmark (ARIA's, which axe's `region` rule asks all content to be in). */
const LANDMARK = 'main, header, footer, nav, aside, form[aria-label], form[aria-labelledby], section[aria-label], section[aria-labelledby], [role="main"], [role="banner"], [role="contentinfo"], [role="navigation"], [role="complementary"], [role="search"], [role="region"]';

/**
 * The outermost landmark holding the link, where the card goes: in a landmark, like all content,
 * and the one a screen reader user is in; the outermost, so no inner box (a scrolling table
 * region) clips it. The page itself when the link is in none.
 */
function landmarkOf(link: Element): Element {
  let outer: Element = document.body;
  for (let at = link.closest(LANDMARK); at; at = at.parentElement?.closest(LANDMARK) ?? null) outer = at;
  return outer;
}

function fill(box: HTMLElement, p: Preview) {
  const title = element('p', 'link-preview__title', p.title);
  title.id = TITLE_ID;
  const parts: HTMLElement[] = [element('p', 'link-preview__kind', p.when ? `${p.kind} · ${p.when}` : p.kind), title, element('p', 'link-preview__summary', p.summary)];
  if (p.facts.length > 0) {
    const facts = element('dl', 'link-preview__facts');
    for (const [label, value] of p.facts) facts.append(element('dt', '', label), element('dd', '', value));
    parts.push(facts);
  }
  box.replaceChildren(...parts);
}

/** Below the link if it fits in the viewport, else above if that fits better; never over it. */
function place(box: HTMLElement, link: Element) {
  const rect = link.getBoundingClientRect();
  box.style.left = '0px';
  box.style.top = '0px';
  // Where 0, 0 puts the card on screen, whichever box it is positioned in: the offset to undo.
  const { left: originLeft, top: originTop, width, height } = box.getBoundingClientRect();
  const below = window.innerHeight - rect.bottom - GAP_PX;
  const above = rect.top - GAP_PX;
  const top = height <= below || below >= above ? rect.bottom + GAP_PX : rect.top - GAP_PX - height;
  const left = Math.min(Math.max(GAP_PX, rect.left), Math.max(GAP_PX, document.documentElement.clientWidth - width - GAP_PX));
  box.style.left = `${left - originLeft}px`;
  box.style.top = `${top - originTop}px`;
}

function describe(link: Element, on: boolean) {
  const ids = (link.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== CARD_ID);
  if (on) ids.push(CARD_ID);
  if (ids.length > 0) link.setAttribute('aria-describedby', ids.join(' '));
  else link.removeAttribute('aria-describedby');
}

async function open(link: Element, how: How) {
  const key = new URL(link.getAttribute('href')!, location.href).pathname.slice(1, -1);
  const preview = await load(key);
  if (pendingFor !== link || !preview) return;
  close();
  const box = theCard();
  landmarkOf(link).append(box);
  fill(box, preview);
  box.hidden = false;
  place(box, link);
  describe(link, true);
  shownFor = link;
  shownBy = how;
}

function close() {
  clearTimeout(closing);
  if (!card || card.hidden) return;
  card.hidden = true;
  if (shownFor) describe(shownFor, false);
  shownFor = undefined;
}

function closeSoon() {
  clearTimeout(closing);
  closing = setTimeout(close, LEAVE_GRACE_MS);
}

function cancel() {
  clearTimeout(opening);
  pendingFor = undefined;
}

/** Closes the card when the pointer leaves the link (after a grace to reach the card) or focus does. */
function closeOnLeave(link: Element, how: How) {
  link.addEventListener(how === 'focus' ? 'focusout' : 'pointerleave', () => {
    if (pendingFor === link) cancel();
    if (shownFor === link) (how === 'focus' ? close() : closeSoon());
  }, { once: true });
}

/** For each hover or focus of an entry link, sent by the loader. */
function preview(link: Element, how: How) {
  clearTimeout(closing);
  if (link === shownFor) {
    // Back on the link from its card: the pointer's first leave used up the link's listener,
    // and without a new one the card stayed open after the pointer left for good.
    if (how === 'hover' && shownBy === 'hover') closeOnLeave(link, how);
    return;
  }
  clearTimeout(opening);
  pendingFor = link;
  if (how === 'focus') void open(link, how);
  else opening = setTimeout(() => void open(link, how), HOVER_DELAY_MS);
  closeOnLeave(link, how);
}

document.addEventListener(PREVIEW_EVENT, (event) => {
  if (event instanceof CustomEvent && event.target instanceof Element) preview(event.target, event.detail === 'focus' ? 'focus' : 'hover');
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  cancel();
  close();
});
