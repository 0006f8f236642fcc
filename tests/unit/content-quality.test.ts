/**
 * Editorial rules over the real content in src/content, which the schema cannot express:
 * an event's aliases are other names of that event only; one source record per publication;
 * reader-facing text speaks about the subject, never about how this record was compiled;
 * every entry a body names is linked from that body; every paragraph and list item of a body
 * ends on its citation.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/loader.ts';
import { contentRoot } from '../../src/model/content-root.ts';
import { normaliseAddress } from '../../src/check/rules/citations.ts';
import type { CollectionName } from '../../src/model/collections.ts';
import { entryPath } from '../../src/site/routes.ts';

interface Entry {
  collection: CollectionName;
  file: string;
  /** The page's path, /<collection>/<id>/. */
  path: string;
  data: Record<string, unknown>;
  body: string;
  /** Where the body links, inline or by reference (the model's outline of it). */
  links: string[];
}

/** The content as the model reads it: raw frontmatter (whether or not it passes its schema) and body. */
function readEntries(): Entry[] {
  return loadContent(contentRoot()).files.map(({ collection, file, id, raw, split, outline }) => {
    if (!raw || !split || !id) throw new Error(`${file}: no frontmatter or no id`);
    return { collection, file, path: entryPath(collection, id), data: raw, body: split.body, links: (outline?.links ?? []).map((l) => l.url) };
  });
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
/** The text of each note on a disputed fact. */
const notes = (value: unknown): string[] => (Array.isArray(value) ? value.map((v) => String(v?.note ?? '')) : []);
const key = (name: string) => name.trim().toLowerCase();

/** What a reader sees of a body: citations and link targets removed, link texts kept. */
function readerText(body: string): string {
  return body.replace(/<Cite\b[^>]*\/>/g, '').replace(/\]\([^)]*\)/g, ']');
}

const entries = readEntries();

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name standing as a whole word: "NASA" in "NASA’s", not "MS-22" inside "MS-223". */
const wholeName = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escaped(name)}(?![\\p{L}\\p{N}]|-\\p{N})`, 'u');

/** What a reader reads as plain text in a body: the prose outside links, headings and citations. */
function unlinkedText(body: string): string {
  return body.replace(/<Cite\b[^>]*\/>/g, '').replace(/\[[^\]]*\]\([^)]*\)/g, ' ').replace(/^#.*$/gm, '');
}

describe('the real content', () => {
  it('has event aliases that are neither the title nor a name of another entry', () => {
    const problems: string[] = [];
    for (const event of entries.filter((e) => e.collection === 'events')) {
      const own = key(String(event.data.title));
      for (const alias of strings(event.data.aliases)) {
        if (key(alias) === own) problems.push(`${event.file}: alias "${alias}" is its title`);
        for (const other of entries) {
          if (other === event || other.collection === 'sources') continue;
          const names = [String(other.data.title), ...strings(other.data.aliases)].map(key);
          if (names.includes(key(alias))) problems.push(`${event.file}: alias "${alias}" names ${other.file}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has one source record per address (host and trailing punctuation normalised)', () => {
    const byAddress = new Map<string, string[]>();
    for (const source of entries.filter((e) => e.collection === 'sources')) {
      const address = normaliseAddress(String(source.data.url));
      byAddress.set(address, [...(byAddress.get(address) ?? []), source.file]);
    }
    expect([...byAddress.values()].filter((files) => files.length > 1)).toEqual([]);
  });

  it('never talks about its own compiling ("seed", "this site", "fact sheet") in reader-facing text', () => {
    const problems: string[] = [];
    for (const entry of entries.filter((e) => e.collection !== 'sources')) {
      const texts = [readerText(entry.body), String(entry.data.summary ?? ''), ...notes(entry.data.disputed)];
      for (const text of texts) {
        for (const phrase of text.match(/\bseed\b|\bthis site\b|\bfact sheet\b/gi) ?? []) problems.push(`${entry.file}: "${phrase}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('links every other entry its body names (by title or other name) at least once', () => {
    const withBodies = entries.filter((e) => e.collection !== 'sources');
    expect(withBodies.length).toBeGreaterThan(10);
    const named = withBodies.map((e) => ({
      url: e.path,
      names: [String(e.data.title), ...strings(e.data.aliases), ...strings([e.data.nativeName])].filter((n) => n.length >= 3),
    }));
    const problems: string[] = [];
    for (const entry of withBodies) {
      const text = unlinkedText(entry.body);
      for (const other of named) {
        if (other.url === entry.path || entry.links.some((link) => link.split('#')[0] === other.url)) continue;
        const name = other.names.find((n) => wholeName(n).test(text));
        if (name) problems.push(`${entry.file}: names "${name}" without a link to ${other.url}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('ends every paragraph and list item of a body with its citation, so no last sentence stands unsourced', () => {
    const withBodies = entries.filter((e) => e.collection !== 'sources');
    const blocks = withBodies.flatMap((e) =>
      e.body
        .split(/\n\s*\n/)
        .map((block) => block.trim())
        // Headings, comments and imports are no statements.
        .filter((block) => block && !/^(#|\{\/\*|import\s)/.test(block))
        // A list's items each end on their own citation.
        .flatMap((block) => block.split(/\n(?=(?:[-*]|\d+\.)\s)/))
        .map((block) => ({ file: e.file, block: block.trim() })),
    );
    expect(blocks.length).toBeGreaterThan(100);
    const unsourced = blocks.filter(({ block }) => !/<Cite\b[^>]*\/>$/.test(block)).map(({ file, block }) => `${file}: …${block.slice(-90)}`);
    expect(unsourced).toEqual([]);
  });
});
