/**
 * Entries named in plain text an author wrote outside the body (a summary, a note on where
 * sources disagree), found by their titles and aliases ("ISS", "Baikonur") so that every
 * mention on a page is a link, as in a body. Only people, craft, organizations and places are
 * looked for: their names are proper names; an event's or a source's title is a sentence or a
 * headline. Pure: the link graph
 * finds them once per build (a mention is a link like a body's, answered by "Mentioned in"),
 * so a new entry whose title or alias a summary or note names is linked at once.
 */
import type { CollectionName } from '../model/collections.ts';
import { keyOf, type EntryKey } from '../model/ids.ts';

export type TextPart = string | { key: EntryKey; text: string };

/** Collections whose titles and aliases are proper names. */
const NAMED: readonly CollectionName[] = ['people', 'spacecraft', 'organizations', 'places'];

export interface MentionIndex {
  /** Entity titles and aliases by their words joined by one space; null for a name two entries share (neither is meant more than the other). */
  names: ReadonlyMap<string, EntryKey | null>;
  /** The most words a name has. */
  longest: number;
  /** Every name's first word: a mention starts only at one of these (most words of a text are none). */
  firstWords: ReadonlySet<string>;
}

/** A name's words: letters and digits, joined by a hyphen or a point inside a name ("MS-22", "2.1a"); an apostrophe ends one ("NASA's" names NASA). */
const WORD = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu;

/** What the index reads of an entry. */
interface Named {
  collection: CollectionName;
  id: string;
  data: { title: string; aliases?: readonly string[] };
}

export function mentionIndex(entries: Iterable<Named>): MentionIndex {
  const names = new Map<string, EntryKey | null>();
  const firstWords = new Set<string>();
  let longest = 0;
  for (const entry of entries) {
    if (!NAMED.includes(entry.collection)) continue;
    const key = keyOf(entry);
    for (const written of [entry.data.title, ...(entry.data.aliases ?? [])]) {
      const words = written.match(WORD) ?? [];
      if (words.length === 0) continue;
      const name = words.join(' ');
      const known = names.get(name);
      names.set(name, known === undefined || known === key ? key : null);
      firstWords.add(words[0]!);
      longest = Math.max(longest, words.length);
    }
  }
  return { names, longest, firstWords };
}

/**
 * The text in parts: each entry's first mention, at its longest match, becomes a link part
 * (`self`, the page's own entry, never does); the rest stays text, exactly as written.
 */
export function linkMentions(text: string, index: MentionIndex, self: EntryKey): TextPart[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ text: m[0], at: m.index }));
  const parts: TextPart[] = [];
  const linked = new Set<EntryKey>([self]);
  let written = 0;
  for (let i = 0; i < words.length; i++) {
    if (!index.firstWords.has(words[i]!.text)) continue;
    for (let n = Math.min(index.longest, words.length - i); n > 0; n--) {
      const key = index.names.get(words.slice(i, i + n).map((w) => w.text).join(' '));
      if (!key || linked.has(key)) continue;
      const from = words[i]!.at;
      const to = words[i + n - 1]!.at + words[i + n - 1]!.text.length;
      // Words joined by anything but a space ("Soyuz\nMS-22" aside) are not the title as written.
      if (text.slice(from, to).replace(/\s+/g, ' ') !== words.slice(i, i + n).map((w) => w.text).join(' ')) continue;
      if (from > written) parts.push(text.slice(written, from));
      parts.push({ key, text: text.slice(from, to) });
      linked.add(key);
      written = to;
      i += n - 1;
      break;
    }
  }
  if (written < text.length) parts.push(text.slice(written));
  return parts;
}

/** The entries a text links to: the link graph's edges from it. */
export const mentionedKeys = (parts: readonly TextPart[]): EntryKey[] => parts.flatMap((p) => (typeof p === 'string' ? [] : [p.key]));
