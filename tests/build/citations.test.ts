/**
 * Inline citations on the built pages: every marker links to an item of the page's source
 * list whose number it shows, and that item links back to it ("^ a b"); nothing links to a
 * marker or an item that is not there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allContentPaths, CONTENT, readPage } from '../support/dist.ts';

const entryPages = allContentPaths().filter((p) => !p.startsWith('/sources/'));

/** Source ids cited in an entry's MDX, read from the file with a plain pattern. */
function citedInFile(sitePath: string): string[] {
  const [, collection, id] = sitePath.split('/');
  const text = fs.readFileSync(path.join(CONTENT, collection!, `${id}.mdx`), 'utf8');
  return [...text.matchAll(/<Cite src="([^"]*)"/g)].flatMap((m) => m[1]!.split(',').map((s) => s.trim()));
}

describe('citation markers', () => {
  const withCitations = entryPages.filter((p) => citedInFile(p).length > 0);

  it('are on the pages whose files cite inline (at least Frank Rubio\'s)', () => {
    expect(withCitations).toContain('/people/frank-rubio/');
    for (const p of withCitations) {
      expect(readPage(p).querySelectorAll('.prose sup.cite a').length, p).toBe(citedInFile(p).length);
    }
  });

  it.each(withCitations)('%s: every marker links to its numbered source, and the source links back', (p) => {
    const doc = readPage(p);
    const items = [...doc.querySelectorAll('#sources ~ ol > li')];
    for (const marker of doc.querySelectorAll('.prose sup.cite a')) {
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
    const inBodyOrder = [...doc.querySelectorAll('.prose sup.cite a')].map((a) => a.id);
    for (const item of doc.querySelectorAll('#sources ~ ol > li')) {
      const back = [...item.querySelectorAll('.cite-back a, a.cite-back')].map((a) => a.getAttribute('href')!.slice(1));
      expect(back, p).toEqual(inBodyOrder.filter((id) => back.includes(id)));
    }
  });
});
