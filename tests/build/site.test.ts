/**
 * The built site as a reader meets it: a page per entry, no broken link or anchor, every
 * link between two entries answered by a link back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/model/collections.ts';
import { allContentPaths, builtPages, CONTENT, contentIds, DIST, frontmatter, readPage } from '../support/dist.ts';

const pages = builtPages();
const entryPaths = allContentPaths();
const isEntryPath = (p: string) => /^\/[a-z]+\/[a-z0-9-]+\/$/.test(p) && COLLECTIONS.some((c) => p.startsWith(`/${c}/`));

/** Internal links of a page's main content, as site paths without the fragment. */
function mainLinks(sitePath: string): string[] {
  const doc = readPage(sitePath);
  return [...doc.querySelectorAll('main a[href]')]
    .map((a) => new URL(a.getAttribute('href')!, `http://site${sitePath}`))
    .filter((u) => u.host === 'site')
    .map((u) => u.pathname);
}

describe('pages', () => {
  it('has exactly one page for every content file', () => {
    expect(entryPaths.length).toBeGreaterThan(40);
    for (const c of COLLECTIONS) expect(contentIds(c).length, `${c} is empty`).toBeGreaterThan(0);
    const builtEntries = pages.filter(isEntryPath);
    expect(builtEntries.sort()).toEqual([...entryPaths].sort());
  });

  it('shows each entry with its title, summary and every source it cites', () => {
    for (const p of entryPaths) {
      const [, collection, id] = p.split('/') as [string, (typeof COLLECTIONS)[number], string];
      const data = frontmatter(collection, id);
      const doc = readPage(p);
      expect(doc.querySelector('h1')?.textContent, p).toBe(data.title);
      if (collection === 'sources') continue;
      expect(doc.querySelector('main .summary')?.textContent, p).toBe(data.summary);
      const cited = [...doc.querySelectorAll('#sources ~ ol a[href^="/sources/"]')].map((a) => a.getAttribute('href'));
      // A source cited inline (<Cite src="…" />) or by a disputed note is listed whether or not `sources` names it.
      const inline = [...fs.readFileSync(path.join(CONTENT, collection, `${id}.mdx`), 'utf8').matchAll(/<Cite src="([^"]*)"/g)]
        .flatMap((m) => m[1]!.split(',').map((s) => s.trim()));
      const noted = (data.disputed ?? []).flatMap((n: { sources: string[] }) => n.sources);
      expect(cited.sort(), p).toEqual([...new Set([...data.sources, ...inline, ...noted])].map((s: string) => `/sources/${s}/`).sort());
    }
  });
});

describe('key facts', () => {
  const fact = (sitePath: string, label: string) =>
    [...readPage(sitePath).querySelectorAll('main .infobox dt')].find((dt) => dt.textContent?.trim() === label)?.nextElementSibling?.textContent?.trim();

  it("states a flight's duration as elapsed time, to the precision its dates allow", () => {
    // NASA: 157 d 10 h 1 min; the calendar days between launch and splashdown are 158.
    expect(fact('/spacecraft/spacex-crew-5/', 'Duration')).toBe('157 days, 10 hours');
    // Landed (or re-entered) on a day without a time: both whole-day counts the dates allow, said
    // to be counted, since no source gives a figure (facts.md: MS-22's duration is unconfirmed).
    expect(fact('/spacecraft/soyuz-ms-22/', 'Duration')).toBe('187–188 days (counted from the launch and landing dates)');
    expect(fact('/spacecraft/progress-ms-21/', 'Duration')).toBe('115–116 days (counted from the launch and re-entry dates)');
    // Launched on a day alone and never landed: no row.
    expect(fact('/spacecraft/international-space-station/', 'Launch')).toBeDefined();
    expect(fact('/spacecraft/international-space-station/', 'Duration')).toBeUndefined();
  });
});

describe('the home page', () => {
  it('links the craft its introduction names', () => {
    const intro = readPage('/').querySelector('.home__intro .summary')!;
    const links = Object.fromEntries([...intro.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toMatchObject({ 'Soyuz MS-22': '/spacecraft/soyuz-ms-22/', 'International Space Station': '/spacecraft/international-space-station/' });
  });

  it('offers every collection to browse, sources too, each with its number of entries', () => {
    const browse = [...readPage('/').querySelectorAll('[aria-labelledby="browse-heading"] li')].map((li) => [li.querySelector('a')?.getAttribute('href'), li.querySelector('.meta')?.textContent]);
    const collections = ['people', 'spacecraft', 'events', 'organizations', 'places', 'sources'] as const;
    expect(browse).toEqual(expect.arrayContaining(collections.map((c) => [`/${c}/`, String(contentIds(c).length)])));
  });
});

describe('summaries and notes on where sources disagree', () => {
  it('link every person, craft, organization and place they name by title or alias, as a body does', () => {
    const names = (['people', 'spacecraft', 'organizations', 'places'] as const).flatMap((c) =>
      contentIds(c).flatMap((id) => {
        const { title, aliases = [] } = frontmatter(c, id);
        return [title, ...aliases].map((name: string) => ({ path: `/${c}/${id}/`, title: name }));
      }),
    );
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    let notes = 0;
    let summaries = 0;
    // A source's summary is its headline and publisher, quoted as published.
    const entities = entryPaths.filter((p) => !p.startsWith('/sources/'));
    for (const p of entities) {
      for (const note of readPage(p).querySelectorAll('article > header > .summary, #disputed ~ ul.disputed > li')) {
        if (note.matches('.summary')) summaries++;
        else notes++;
        const linked = new Set([...note.querySelectorAll('a')].map((a) => a.getAttribute('href')));
        // The text outside links: "SpaceX" inside a link "SpaceX Crew-5" is part of a longer name, linked.
        const unlinked = [...note.childNodes].filter((n) => n.nodeType === n.TEXT_NODE).map((n) => n.textContent).join('\n');
        for (const { path: target, title } of names) {
          if (target === p || !new RegExp(`(?<![\\p{L}\\p{N}])${escape(title)}(?![\\p{L}\\p{N}-])`, 'u').test(unlinked)) continue;
          expect(linked, `${p}: "${note.textContent}" names ${title}`).toContain(target);
        }
      }
    }
    expect(notes).toBeGreaterThan(5);
    expect(summaries).toBe(entities.length);
    expect(readPage('/spacecraft/soyuz-ms-22/').querySelector('ul.disputed a[href="/spacecraft/progress-ms-21/"]')?.textContent).toBe('Progress MS-21');
    expect(readPage('/events/borisov-crew-call-2022-12-20/').querySelector('header .summary a[href="/people/yuri-borisov/"]')?.textContent).toBe('Yuri Borisov');
    expect(readPage('/people/frank-rubio/').querySelector('header .summary a[href="/spacecraft/international-space-station/"]')?.textContent).toBe('ISS');
  });
});

describe('bodies', () => {
  it('link the first mention of every person, craft, organization and place they name', () => {
    const names = (['people', 'spacecraft', 'organizations', 'places'] as const)
      .flatMap((c) => contentIds(c).map((id) => ({ path: `/${c}/${id}/`, title: String(frontmatter(c, id).title) })))
      // The longest first: "SpaceX Crew-5" is one name, not SpaceX's.
      .sort((a, b) => b.title.length - a.title.length);
    const unlinkedFirst: string[] = [];
    for (const p of entryPaths) {
      const prose = readPage(p).querySelector('.prose');
      if (!prose) continue;
      const linked = new Set<string | null>();
      const walker = prose.ownerDocument.createTreeWalker(prose, 5 /* elements and text */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === node.ELEMENT_NODE) {
          if ((node as Element).matches('a')) linked.add((node as Element).getAttribute('href'));
          continue;
        }
        if (node.parentElement!.closest('a, h2, h3, h4, h5, h6')) continue;
        let text = node.textContent ?? '';
        for (const { path: target, title } of names) {
          if (!text.includes(title)) continue;
          text = text.replaceAll(title, '\u0000');
          if (target !== p && !linked.has(target)) unlinkedFirst.push(`${p}: ${title}`);
          linked.add(target);
        }
      }
    }
    expect(unlinkedFirst).toEqual([]);
  });

  it('link, in each section, every person, craft, organization and place the section names by title or other name', () => {
    // A reader who jumps to a section (from the contents, a search excerpt or a shared #anchor)
    // meets a name there, not the lead's link to it. Names of three letters or more ("ISS"), whole words.
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const names = (['people', 'spacecraft', 'organizations', 'places'] as const)
      .flatMap((c) =>
        contentIds(c).flatMap((id) => {
          const data = frontmatter(c, id);
          return [data.title, ...(data.aliases ?? [])]
            .map(String)
            .filter((n) => n.length >= 3)
            .map((name) => ({ path: `/${c}/${id}/`, name, pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${escape(name)}(?![\\p{L}\\p{N}]|-\\p{N})`, 'gu') }));
        }),
      )
      // The longest first: "SpaceX Crew-5" is one name, not SpaceX's.
      .sort((a, b) => b.name.length - a.name.length);
    // Words that are a name of an entry but mean something else where they stand.
    const notTheEntry = ['Altai region' /* the Siberian region, not Soyuz MS-22's call sign */];
    const unlinked: string[] = [];
    let bodies = 0;
    let sections = 0;
    for (const p of entryPaths) {
      const prose = readPage(p).querySelector('.prose');
      if (!prose) continue;
      bodies++;
      const parts = [{ heading: '(lead)', text: '', links: new Set<string | null>() }];
      const walker = prose.ownerDocument.createTreeWalker(prose, 5 /* elements and text */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType === node.ELEMENT_NODE) {
          const el = node as Element;
          if (el.matches('h2')) parts.push({ heading: el.textContent!, text: '', links: new Set() });
          else if (el.matches('a') && !el.closest('sup.cite')) parts.at(-1)!.links.add(el.getAttribute('href'));
          continue;
        }
        // Link texts, citation markers and headings are not plain mentions; a gap keeps the words apart.
        parts.at(-1)!.text += node.parentElement!.closest('a, sup.cite, h2, h3, h4, h5, h6') ? '\u0000' : node.textContent;
      }
      for (const part of parts) {
        sections++;
        let text = notTheEntry.reduce((t, words) => t.replaceAll(words, '\u0000'), part.text.replace(/\s+/g, ' '));
        for (const { path: target, name, pattern } of names) {
          if (text.search(pattern) < 0) continue;
          text = text.replace(pattern, '\u0000');
          if (target !== p && !part.links.has(target)) unlinked.push(`${p} [${part.heading}]: ${name}`);
        }
      }
    }
    expect(bodies).toBeGreaterThan(40);
    expect(sections).toBeGreaterThan(bodies);
    expect(unlinked).toEqual([]);
  });
});

describe('markup', () => {
  // A browser moves what follows </html> into the body, but it is a parse error that validators report.
  it('ends every page with </html>: no script or other markup after it', () => {
    // Among them the pages whose script once followed it, and every entry's: an empty site fails.
    expect(pages).toEqual(expect.arrayContaining(['/search/', '/timeline/', '/404.html', '/offline/unavailable/', ...entryPaths]));
    const trailing = pages.filter((p) => {
      const html = fs.readFileSync(path.join(DIST, p, p.endsWith('/') ? 'index.html' : ''), 'utf8');
      return html.slice(html.lastIndexOf('</html>') + '</html>'.length).trim() !== '';
    });
    expect(trailing).toEqual([]);
  });
});

describe('links', () => {
  it('has no broken internal link, resource or anchor on any page', () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (p: string) => {
      if (!ids.has(p)) ids.set(p, new Set([...readPage(p).querySelectorAll('[id]')].map((e) => e.id)));
      return ids.get(p)!;
    };
    let checked = 0;
    for (const p of pages) {
      const doc = readPage(p);
      for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
        const url = new URL(raw, `http://site${p}`);
        if (url.host !== 'site') continue;
        checked++;
        const file = path.join(DIST, decodeURIComponent(url.pathname));
        const target = url.pathname.endsWith('/') ? path.join(file, 'index.html') : file;
        if (!fs.existsSync(target)) {
          broken.push(`${p}: ${raw}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && url.pathname.endsWith('/') && !idsOf(url.pathname).has(anchor)) broken.push(`${p}: ${raw} (no #${anchor})`);
      }
    }
    expect(checked).toBeGreaterThan(entryPaths.length * 5);
    expect(broken).toEqual([]);
  });

  it('answers every link between two entries with a link back on the page itself', () => {
    // A hub of a large record shows only the latest per relation (tests/build/bounded-pages.test.ts); every entry of this one shows all.
    const links = new Map(entryPaths.map((p) => [p, new Set(mainLinks(p))]));
    const missing: string[] = [];
    let pairs = 0;
    for (const [from, targets] of links) {
      for (const to of targets) {
        if (to === from || !links.has(to)) continue;
        pairs++;
        if (!links.get(to)!.has(from)) missing.push(`${to} does not link back to ${from}`);
      }
    }
    expect(pairs).toBeGreaterThan(entryPaths.length);
    expect(missing).toEqual([]);
  });

  it('shows a person\'s time in space among the facts, right after the flights, where the content gives it', () => {
    const people = contentIds('people').map((id) => ({ id, given: frontmatter('people', id).timeInSpace as string | undefined }));
    expect(people.filter((p) => p.given).length).toBeGreaterThan(2);
    for (const { id, given } of people) {
      const facts = readPage(`/people/${id}/`).querySelector('#facts')!;
      const row = facts.querySelector('dd[data-field="timeInSpace"]');
      expect(row?.textContent?.trim(), id).toBe(given);
      if (given) expect(row!.previousElementSibling!.textContent!.trim()).toBe('Time in space');
    }
    const fields = [...new Set([...readPage('/people/frank-rubio/').querySelectorAll('#facts dd')].map((dd) => dd.getAttribute('data-field')))];
    expect(fields[fields.indexOf('flights') + 1]).toBe('timeInSpace');
  });

  it("shows Frank Rubio's role on Soyuz MS-22 on his page, and him as crew on the craft's page", () => {
    const crew: Array<{ person: string; role: string }> = frontmatter('spacecraft', 'soyuz-ms-22').crew;
    const role = crew.find((m) => m.person === 'frank-rubio')!.role;
    const rubio = readPage('/people/frank-rubio/');
    const heading = [...rubio.querySelectorAll('.backlinks h3')].find((h) => h.textContent === `${role} of`);
    expect(heading, `a "${role} of" group`).toBeDefined();
    expect(heading!.nextElementSibling!.querySelector('a[href="/spacecraft/soyuz-ms-22/"]')).not.toBeNull();

    const craft = readPage('/spacecraft/soyuz-ms-22/');
    const crewLine = [...craft.querySelectorAll('#facts dd[data-field="crew"]')].find((dd) => dd.querySelector('a[href="/people/frank-rubio/"]'));
    expect(crewLine?.textContent).toContain(role);

    // He went up on Soyuz MS-22 and came home on MS-23: his stay's line names both.
    const stay = [...rubio.querySelectorAll('.entity-spans li')].find((li) => li.querySelector('a[href="/spacecraft/soyuz-ms-22/"]'));
    expect(stay?.textContent).toMatch(new RegExp(`: ${role} on Soyuz MS-22, home on Soyuz MS-23$`));
    expect(stay?.querySelector('a[href="/spacecraft/soyuz-ms-23/"]')).not.toBeNull();
    // That stay is one line: no second line for the seat he came home in.
    expect([...rubio.querySelectorAll('.entity-spans li')].filter((li) => li.querySelector('a[href="/spacecraft/soyuz-ms-23/"]'))).toEqual([stay]);
    // His facts say each seat as the craft's crew list does.
    expect(rubio.querySelector('#facts dd[data-field="flights"]')?.textContent).toContain(`Soyuz MS-22 (${role}, launch only)`);
  });
});

describe('the offline keeper without JavaScript', () => {
  it('links every page to /offline/, and on /offline/ itself says what keeping the record needs instead of linking to itself', () => {
    expect(readPage('/people/frank-rubio/').querySelectorAll('[data-offline-keeper] a[href="/offline/"]')).toHaveLength(1);
    const offline = readPage('/offline/');
    expect(offline.querySelectorAll('[data-offline-keeper]')).toHaveLength(2);
    expect(offline.querySelectorAll('[data-offline-keeper] a[href="/offline/"]')).toHaveLength(0);
    expect(offline.querySelector('[data-offline-keeper] p')?.textContent).toContain('needs scripts and a service worker');
  });
});
