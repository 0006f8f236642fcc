/**
 * Citations on the built pages, inline in the body and on each note where sources disagree:
 * every marker links to an item of the page's source list whose number it shows, and that
 * item links back to it ("^ a b"); nothing links to a marker or an item that is not there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../../src/model/collections.ts';
import { allContentPaths, CONTENT, frontmatter, readPage } from '../support/dist.ts';

const entryPages = allContentPaths().filter((p) => !p.startsWith('/sources/'));

/** Source ids cited in an entry's MDX, read from the file with a plain pattern. */
function citedInFile(sitePath: string): string[] {
  const [, collection, id] = sitePath.split('/');
  const text = fs.readFileSync(path.join(CONTENT, collection!, `${id}.mdx`), 'utf8');
  return [...text.matchAll(/<Cite src="([^"]*)"/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()));
}

/** Each note on a disputed fact with the source ids it cites, from the frontmatter. */
function notesInFile(sitePath: string): Array<{ note: string; sources: string[] }> {
  const [, collection, id] = sitePath.split('/');
  return frontmatter(collection as CollectionName, id!).disputed ?? [];
}

describe('citation markers', () => {
  const withCitations = entryPages.filter((p) => citedInFile(p).length > 0 || notesInFile(p).length > 0);
  const withNotes = entryPages.filter((p) => notesInFile(p).length > 0);

  it('are on the pages whose files cite inline (at least Frank Rubio\'s)', () => {
    expect(withCitations).toContain('/people/frank-rubio/');
    for (const p of withCitations) {
      expect(readPage(p).querySelectorAll('.prose sup.cite a').length, p).toBe(citedInFile(p).length);
    }
  });

  it.each(withCitations)('%s: every marker links to its numbered source, and the source links back', (p) => {
    const doc = readPage(p);
    const items = [...doc.querySelectorAll('#sources ~ ol > li')];
    for (const marker of doc.querySelectorAll('article sup.cite a')) {
      const target = marker.getAttribute('href')!.slice(1);
      const item = items.find((li) => li.id === target);
      expect(item, `${p}: ${marker.outerHTML} points at no source`).toBeDefined();
      expect(marker.textContent).toBe(`[${items.indexOf(item!) + 1}]`);
      const back = [...item!.querySelectorAll('.cite-back a, a.cite-back')].map((a) => a.getAttribute('href'));
      expect(back, `${p}: ${target} does not link back to ${marker.id}`).toContain(`#${marker.id}`);
      expect(marker.closest('[data-pagefind-ignore]'), 'markers stay out of search excerpts').not.toBeNull();
      expect(marker.getAttribute('title'), 'the marker names its source on hover').toContain(item!.querySelector('a[href^="/sources/"]')!.textContent);
    }
  });

  it.each(withCitations)('%s: every back-link returns to a marker of that source', (p) => {
    const doc = readPage(p);
    for (const item of doc.querySelectorAll('#sources ~ ol > li')) {
      const back = [...item.querySelectorAll('.cite-back a, a.cite-back')];
      for (const a of back) {
        const marker = doc.getElementById(a.getAttribute('href')!.slice(1));
        expect(marker?.closest('sup.cite'), `${p}: ${a.getAttribute('href')} is not a marker`).not.toBeNull();
        expect(marker!.getAttribute('href')).toBe(`#${item.id}`);
      }
      if (back.length > 1) expect(item.querySelector('.cite-back')!.textContent!.replace(/\s+/g, ' ').trim()).toMatch(/^\^ a b/);
    }
  });

  it.each(withCitations)('%s: "a" returns to the first place a source is cited, "b" to the second', (p) => {
    const doc = readPage(p);
    const inPageOrder = [...doc.querySelectorAll('article sup.cite a')].map((a) => a.id);
    for (const item of doc.querySelectorAll('#sources ~ ol > li')) {
      const back = [...item.querySelectorAll('.cite-back a, a.cite-back')].map((a) => a.getAttribute('href')!.slice(1));
      expect(back, p).toEqual(inPageOrder.filter((id) => back.includes(id)));
    }
  });

  it('mark every note where sources disagree (at least Soyuz MS-22\'s and Frank Rubio\'s)', () => {
    expect(withNotes).toEqual(expect.arrayContaining(['/spacecraft/soyuz-ms-22/', '/people/frank-rubio/']));
  });

  it.each(withNotes)('%s: each note where sources disagree links to exactly the sources it cites', (p) => {
    const doc = readPage(p);
    const notes = [...doc.querySelectorAll('#disputed ~ ul.disputed > li')];
    expect(notes.map((li) => li.textContent!.replace(/\[\d+\]/g, '').trim())).toEqual(notesInFile(p).map((n) => n.note));
    notes.forEach((li, i) => {
      const cited = [...li.querySelectorAll('sup.cite a')].map((a) => doc.getElementById(a.getAttribute('href')!.slice(1))?.querySelector('a[href^="/sources/"]')?.getAttribute('href'));
      expect(cited, `${p}: note ${i + 1}`).toEqual(notesInFile(p)[i]!.sources.map((id) => `/sources/${id}/`));
    });
  });
});
