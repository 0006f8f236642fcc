/**
 * What machines read: every entry page's JSON-LD parsed and compared with the entry as
 * written, the data export holding every entry, the events feed holding every event, and
 * every entry page's citation of itself. Expected values come from the content files on
 * disk, not from the code under test.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { COLLECTION_INFO, COLLECTIONS, type CollectionName } from '../../src/model/collections.ts';
import { siteUrlFromEnv } from '../../src/publish/site-url.ts';
import { allContentPaths, CONTENT, contentIds, DIST, frontmatter, readPage } from '../support/dist.ts';

const SITE = siteUrlFromEnv(process.env);
const entryPaths = allContentPaths();
const address = (sitePath: string) => new URL(sitePath, SITE).href;
const entryUrl = (collection: string, id: string) => address(`/${collection}/${id}/`);
const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const shallow = git(['rev-parse', '--is-shallow-repository']) === 'true';
const text = (v: unknown) => (v === undefined ? undefined : String(v));
const list = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);

const TYPES: Record<Exclude<CollectionName, 'sources'>, string> = {
  people: 'Person', organizations: 'Organization', places: 'Place', events: 'Event', spacecraft: 'Vehicle',
};

function jsonLd(sitePath: string): any[] {
  return [...readPage(sitePath).querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!));
}

/** Every entry URL a JSON-LD value names anywhere, as a set. */
function urlsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => urlsIn(v, found));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) k === 'url' && typeof v === 'string' ? found.add(v) : urlsIn(v, found);
  return found;
}

describe('JSON-LD', () => {
  it.each(entryPaths)('%s: parses, and is the entry, with its page as mainEntityOfPage', (sitePath) => {
    const [, collection, id] = sitePath.split('/') as [string, CollectionName, string];
    const data = frontmatter(collection, id);
    const blocks = jsonLd(sitePath);
    expect(blocks).toHaveLength(1);
    const entity = blocks[0];
    expect(entity['@context']).toBe('https://schema.org');
    expect(entity['@id']).toBe(`${address(sitePath)}#entity`);
    expect(entity.name).toBe(data.title);
    // The page: its address, and what schema.org allows on a page but not on a person or an event.
    const page = entity.mainEntityOfPage;
    expect(page['@type']).toBe('WebPage');
    expect(page['@id']).toBe(address(sitePath));
    expect(page.url).toBe(address(sitePath));
    expect(page.name).toBe(data.title);
    expect(page.isPartOf).toEqual({ '@type': 'WebSite', name: 'Orbital Record', url: address('/') });
    // Its entry file's last commit; a shallow clone knows the date of few files (src/publish/last-updated.ts).
    if (shallow) expect(page.dateModified ?? '').toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
    else expect(page.dateModified).toBe(git(['log', '-1', '--format=%cs', '--', path.join(CONTENT, collection, `${id}${COLLECTION_INFO[collection].extension}`)]) || undefined);
    for (const onlyOnPages of ['citation', 'mentions', 'mainEntity']) expect(entity, onlyOnPages).not.toHaveProperty(onlyOnPages);
    if (collection === 'sources') {
      expect(entity['@type']).toBe(data.kind === 'news' ? 'NewsArticle' : 'CreativeWork');
      // The publication's own address; this site's page about it is mainEntityOfPage.
      expect(entity.url).toBe(data.url);
      expect(entity.publisher).toEqual({ '@type': 'Organization', name: data.publisher });
      expect(text(entity.datePublished)).toBe(text(data.published));
      expect(entity.inLanguage).toBe(data.language ?? 'en');
      expect(entity.genre).toBe(data.kind);
      return;
    }
    expect(entity['@type']).toBe(TYPES[collection]);
    expect(entity.url).toBe(address(sitePath));
    expect(entity.description).toBe(data.summary);
    expect(page.description).toBe(data.summary);
    expect(entity.alternateName ?? []).toEqual(data.aliases ?? []);
    const url = (node: any) => node?.url;
    const urls = (nodes: any) => (nodes ?? []).map(url);
    // Typed facts, as written.
    if (collection === 'people') {
      expect(text(entity.birthDate)).toBe(text(data.born));
      expect(entity.birthPlace?.name).toBe(data.birthPlace);
      expect(entity.nationality?.name).toBe(data.nationality);
      expect(entity.jobTitle).toBe(data.occupation);
      expect(url(entity.affiliation)).toBe(data.agency ? entryUrl('organizations', data.agency) : undefined);
    }
    if (collection === 'events') {
      expect(entity.startDate).toBe(text(data.date));
      expect(text(entity.endDate)).toBe(text(data.end));
      expect(urls(entity.attendee)).toEqual(list(data.people).map((p) => entryUrl('people', p)));
      expect(urls(entity.organizer)).toEqual(list(data.organizations).map((o) => entryUrl('organizations', o)));
      expect(urls(entity.about)).toEqual([...list(data.spacecraft), ...list(data.about)].map((c) => entryUrl('spacecraft', c)));
      expect(url(entity.location)).toBe(data.place ? entryUrl('places', data.place) : undefined);
      expect(entity.eventStatus).toBe('https://schema.org/EventScheduled');
    }
    if (collection === 'organizations') {
      expect(text(entity.foundingDate)).toBe(text(data.founded));
      expect(entity.location).toBe(data.headquarters);
      expect(entity.areaServed).toBe(data.country);
      expect(url(entity.parentOrganization)).toBe(data.parent ? entryUrl('organizations', data.parent) : undefined);
      expect(urls(entity.employee)).toEqual((data.leaders ?? []).map((l: any) => entryUrl('people', l.person)));
    }
    if (collection === 'places') expect(entity.address).toEqual({ '@type': 'PostalAddress', addressCountry: data.country });
    if (collection === 'spacecraft') {
      expect(entity.category).toBe(data.kind);
      expect(entity.identifier).toBe(data.designation);
      expect(url(entity.manufacturer)).toBe(data.manufacturer ? entryUrl('organizations', data.manufacturer) : undefined);
      expect(urls(entity.isRelatedTo)).toEqual([data.vehicle, data.launchVehicle].filter(Boolean).map((c) => entryUrl('spacecraft', c)));
      for (const [what, milestone] of [['Launch', data.launch], ['Landing', data.landing]] as const) {
        const event = (entity.subjectOf ?? []).find((e: any) => e.name === `${what} of ${data.title}`);
        expect(event?.['@type']).toBe(milestone ? 'Event' : undefined);
        expect(text(event?.startDate)).toBe(milestone ? text(milestone.date) : undefined);
        expect(url(event?.location)).toBe(milestone?.site ? entryUrl('places', milestone.site) : undefined);
      }
    }
    // Every entry its data names is linked by its address, from the entry or the page.
    const named = new Set<string>();
    const add = (c: CollectionName, ids: unknown) => list(ids).forEach((i) => named.add(entryUrl(c, i)));
    if (collection === 'events') (['people', 'spacecraft', 'organizations'] as const).forEach((c) => add(c, data[c]));
    if (data.agency) add('organizations', data.agency);
    if (data.operator) add('organizations', data.operator);
    for (const m of data.crew ?? []) add('people', m.person);
    const linked = urlsIn([entity, page.mentions]);
    for (const entryAddress of named) expect(linked, entryAddress).toContain(entryAddress);
    // Citations, on the page: every source the entry lists, as the publication it is, with the source's page.
    const cited = page.citation ?? [];
    expect(cited.map((c: any) => c.url)).toEqual(list(data.sources).map((s) => frontmatter('sources', s).url));
    expect(cited.map((c: any) => c.sameAs)).toEqual(list(data.sources).map((s) => entryUrl('sources', s)));
  });

  it('escapes "<" so no text can end the script element', () => {
    for (const p of entryPaths) {
      const raw = [...readPage(p).querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent!).join('');
      expect(raw).not.toContain('<');
    }
  });
});

describe('data export', () => {
  const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(DIST, 'data', file), 'utf8'));
  const record = readJson('orbital-record.json');
  // Each collection's entries, from its own file and from the whole record's.
  const exports = COLLECTIONS.flatMap((c) => [
    [`/data/${c}.json`, c, () => readJson(`${c}.json`)],
    [`/data/orbital-record.json collections.${c}`, c, () => record.collections[c]],
  ] as const);

  it.each(exports)('%s holds every entry, with its fields, resolved references and address', (_, collection, exported) => {
    const file = exported();
    const ids = contentIds(collection).sort();
    expect(file.collection).toBe(collection);
    expect(file.count).toBe(ids.length);
    expect(file.entries.map((e: any) => e.id)).toEqual(ids);
    for (const entry of file.entries) {
      const data = frontmatter(collection, entry.id);
      expect(entry.page).toBe(entryUrl(collection, entry.id));
      expect(entry.title).toBe(data.title);
      if (collection !== 'sources') {
        expect(entry.summary).toBe(data.summary);
        expect(entry.sources.map((s: any) => s.id)).toEqual(list(data.sources));
        for (const s of entry.sources) {
          expect(s.page).toBe(entryUrl('sources', s.id));
          expect(s.title).toBe(frontmatter('sources', s.id).title);
        }
      }
      if (collection === 'events') {
        expect(entry.date.text).toBe(text(data.date));
        expect(entry.people.map((p: any) => p.page)).toEqual(list(data.people).map((p) => entryUrl('people', p)));
      }
    }
  });

  it('/data/orbital-record.json holds every collection, each as its own file holds it, and counts every entry', () => {
    expect(Object.keys(record.collections)).toEqual([...COLLECTIONS]);
    for (const c of COLLECTIONS) expect(record.collections[c], c).toEqual(readJson(`${c}.json`));
    expect(record.count).toBe(COLLECTIONS.reduce((sum, c) => sum + contentIds(c).length, 0));
    expect(record.schema).toBe(address('/data/schema.json'));
  });

  it.each(COLLECTIONS)('/data/%s.csv has a header and one row per entry', (collection) => {
    const csv = fs.readFileSync(path.join(DIST, 'data', `${collection}.csv`), 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('id,page,title,')).toBe(true);
    const ids = lines.slice(1).map((l) => l.split(',')[0]);
    expect(ids).toEqual(contentIds(collection).sort());
  });

  it('schema.json is a JSON Schema of a collection\'s file and the whole record, naming every collection and field', () => {
    const schema = readJson('schema.json');
    expect(schema.$schema).toContain('json-schema.org');
    expect(Object.keys(schema.$defs).sort()).toEqual([...COLLECTIONS, 'collectionFile', 'record'].sort());
    expect(schema.oneOf).toEqual([{ $ref: '#/$defs/collectionFile' }, { $ref: '#/$defs/record' }]);
    const inRecord = schema.$defs.record.properties.collections;
    expect(inRecord.required).toEqual([...COLLECTIONS]);
    for (const c of COLLECTIONS) expect(inRecord.properties[c]).toEqual({ $ref: '#/$defs/collectionFile', type: 'object', properties: { collection: { const: c }, entries: { type: 'array', items: { $ref: `#/$defs/${c}` } } } });
    expect(schema.$defs.events.properties.date.properties.precision.enum).toContain('day');
    expect(schema.$defs.people.properties.agency.properties.page).toBeDefined();
  });

  it('/data/ holds only the files its page describes, so every JSON file there is the export the schema gives', () => {
    const files = fs.readdirSync(path.join(DIST, 'data')).filter((f) => f !== 'index.html').map((f) => `/data/${f}`);
    const described = [...readPage('/data/').querySelectorAll('main a[href^="/data/"]')].map((a) => a.getAttribute('href')!);
    expect(files.sort()).toEqual([...new Set(described)].filter((href) => href !== '/data/').sort());
  });

  it('the /data/ page links every file, the whole record first, and says how to cite', () => {
    const doc = readPage('/data/');
    const links = [...doc.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href'));
    expect(links[0]).toBe('/data/orbital-record.json');
    const total = COLLECTIONS.reduce((sum, c) => sum + contentIds(c).length, 0);
    expect(doc.querySelector('main tbody tr')?.textContent).toContain(`${total}`);
    for (const c of COLLECTIONS) expect(links).toEqual(expect.arrayContaining([`/data/${c}.json`, `/data/${c}.csv`]));
    expect(links).toContain('/data/schema.json');
    expect(doc.querySelector('#cite')).not.toBeNull();
  });

  it('the /data/ page gives the licence, and a citation of the data set dated by its latest change', () => {
    const doc = readPage('/data/');
    expect(doc.querySelector('main a[rel="license"]')?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    const cited = doc.querySelector('#cite ~ blockquote')?.textContent?.trim();
    // A shallow clone knows the date of few files (src/publish/last-updated.ts): then only the form is certain.
    if (shallow) {
      expect(cited).toMatch(/^Data export \[Data set\]\. \((\d{4}, [A-Z][a-z]+ \d{1,2}|n\.d\.)\)\. In Orbital Record\. /);
      return;
    }
    const [year, month, day] = git(['log', '-1', '--format=%cs', '--', 'src/content']).split('-').map(Number);
    const date = `(${year}, ${new Date(Date.UTC(year!, month! - 1, day)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${day})`;
    expect(cited).toBe(`Data export [Data set]. ${date}. In Orbital Record. ${address('/data/')}`);
  });
});

describe('events feed', () => {
  it('holds one item per event, newest first, each with date, summary and link', () => {
    const xml = fs.readFileSync(path.join(DIST, 'events', 'feed.xml'), 'utf8');
    const doc = new (parseHTML('').DOMParser)().parseFromString(xml, 'text/xml');
    const items = [...doc.querySelectorAll('item')];
    const events = contentIds('events');
    expect(items).toHaveLength(events.length);
    const links = items.map((i) => i.querySelector('link')!.textContent);
    expect([...links].sort()).toEqual(events.map((id) => entryUrl('events', id)).sort());
    const dates = items.map((i) => Date.parse(i.querySelector('pubDate')!.textContent!));
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of items) {
      const id = item.querySelector('link')!.textContent!.split('/').at(-2)!;
      expect(item.querySelector('description')!.textContent).toContain(frontmatter('events', id).summary);
    }
  });

  it('names its own address and the events index as its page, as feed readers ask', () => {
    const xml = fs.readFileSync(path.join(DIST, 'events', 'feed.xml'), 'utf8');
    const doc = new (parseHTML('').DOMParser)().parseFromString(xml, 'text/xml');
    const channel = doc.querySelector('channel')!;
    expect([...channel.children].find((c) => c.tagName === 'link')?.textContent).toBe(address('/events/'));
    const self = [...channel.children].find((c) => c.tagName === 'atom:link');
    expect(self?.getAttribute('href')).toBe(address('/events/feed.xml'));
    expect(self?.getAttribute('rel')).toBe('self');
  });

  it('is linked from every page head and from the events index', () => {
    for (const p of ['/', '/events/', ...entryPaths.slice(0, 20)]) {
      const href = readPage(p).querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href');
      expect(href, p).toBe(address('/events/feed.xml'));
    }
    expect(readPage('/events/').querySelector('main a[href="/events/feed.xml"]')).not.toBeNull();
  });
});

describe('cite this page', () => {
  it.each(entryPaths)('%s: a citation with title, site and address, in the HTML', (sitePath) => {
    const [, collection, id] = sitePath.split('/') as [string, CollectionName, string];
    const citation = readPage(sitePath).querySelector('#cite-this-page ~ [data-citation]');
    expect(citation?.textContent).toMatch(new RegExp(`^${frontmatter(collection, id).title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.? \\((\\d{4}, [A-Z][a-z]+ \\d{1,2}|n\\.d\\.)\\)\\. In Orbital Record\\. ${address(sitePath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });
});
