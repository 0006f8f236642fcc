/**
 * The offline edition for Kiwix: `npm run zim` writes the archive, kiwix-serve serves it on
 * 127.0.0.1 (without its toolbar, so pages are exactly what the archive holds), every link,
 * image, stylesheet and script of every page resolves inside it, entries read with their
 * title and infobox, and Kiwix's own full-text search finds them.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/model/collections.ts';
import { contentIds, frontmatter } from '../support/dist.ts';
import { kiwixAvailable } from '../support/kiwix.ts';

const ZIM = path.resolve('dist-offline/orbital-record.zim');
const SITE = path.resolve('dist-offline/site');
const BOOK = 'orbital-record';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const htmlFiles = () =>
  fs.globSync('**/*.html', { cwd: SITE }).map((f) => f.split(path.sep).join('/')).sort();

/** An entry's title as Kiwix lists it: its page's <title>. */
const title = (collection: 'events' | 'people' | 'spacecraft', id: string) => `${frontmatter(collection, id).title} · Orbital Record`;

function kiwixSearch(pattern: string): string[] {
  return execFileSync('kiwix-search', [ZIM, pattern], { encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean);
}

describe.runIf(kiwixAvailable)('the Kiwix edition', () => {
  let server: ChildProcess | undefined;
  let host = '';
  const book = () => `${host}/${BOOK}/`;

  beforeAll(async () => {
    execFileSync('npm', ['run', '--silent', 'zim'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const port = await freePort();
    host = `http://127.0.0.1:${port}`;
    server = spawn('kiwix-serve', ['--address=127.0.0.1', `--port=${port}`, '--nosearchbar', ZIM], { stdio: 'ignore' });
    for (let tries = 0; ; tries++) {
      const ok = await fetch(`${book()}index.html`).then((r) => r.ok, () => false);
      if (ok) break;
      if (tries > 100) throw new Error(`kiwix-serve did not serve ${ZIM} on ${host}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 180_000);
  afterAll(() => {
    server?.kill();
  });

  it('has its title, description, language, illustration and welcome page', async () => {
    const catalog = await (await fetch(`${host}/catalog/v2/entries`)).text();
    expect(catalog).toContain('<title>Orbital Record</title>');
    expect(catalog).toMatch(/<summary>A sourced, cross-linked record of human spaceflight/);
    expect(catalog).toContain('<language>eng</language>');
    const illustration = /<link rel="http:\/\/opds-spec.org\/image\/thumbnail"\s+href="([^"]+)"\s+type="image\/png;width=48;height=48;scale=1"/.exec(catalog);
    expect(illustration, catalog).not.toBeNull();
    const png = Buffer.from(await (await fetch(`${host}${illustration![1]}`)).arrayBuffer());
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([48, 48]);
    const welcome = await fetch(`${host}/${BOOK}`);
    expect(welcome.url).toBe(`${book()}index.html`);
  });

  it('every link, image, stylesheet and script of every page resolves inside the archive', async () => {
    const pages = htmlFiles();
    expect(pages.length).toBeGreaterThan(100);
    const ids = new Map<string, Set<string>>();
    const links: Array<{ from: string; url: URL }> = [];
    for (const file of pages) {
      const response = await fetch(`${book()}${file}`);
      expect(response.status, file).toBe(200);
      const { document } = parseHTML(await response.text());
      ids.set(`${book()}${file}`, new Set([...document.querySelectorAll('[id]')].map((e) => e.id)));
      const urls = [
        ...[...document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')!),
        ...[...document.querySelectorAll('script[src], img[src], source[src], iframe[src]')].map((e) => e.getAttribute('src')!),
        ...[...document.querySelectorAll('form[action]')].map((e) => e.getAttribute('action')!),
        // The timeline chart's data file.
        ...[...document.querySelectorAll('[data-src]')].map((e) => e.getAttribute('data-src')!),
      ];
      for (const raw of urls) {
        const url = new URL(raw, `${book()}${file}`);
        if (url.host === new URL(host).host) links.push({ from: file, url });
      }
    }
    const broken: string[] = [];
    const status = new Map<string, number>();
    for (const { from, url } of links) {
      const target = `${url.origin}${url.pathname}`;
      if (!target.startsWith(book())) {
        broken.push(`${from}: ${url.href} leaves the archive`);
        continue;
      }
      if (!status.has(target)) status.set(target, (await fetch(target, { redirect: 'manual' })).status);
      if (status.get(target) !== 200) broken.push(`${from}: ${url.href} is ${status.get(target)}`);
      else if (url.hash && ids.has(target) && !ids.get(target)!.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from}: ${url.href} has no such anchor`);
    }
    expect(links.length).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  }, 120_000);

  it('reads one entry of each collection with its title and infobox, and the timeline, without JavaScript', async () => {
    for (const collection of COLLECTIONS) {
      const id = contentIds(collection).sort()[0]!;
      const { document } = parseHTML(await (await fetch(`${book()}${collection}/${id}/index.html`)).text());
      expect(document.querySelector('main h1')?.textContent?.trim(), `${collection}/${id}`).toBe(frontmatter(collection, id).title);
      expect(document.querySelector('main .infobox'), `${collection}/${id} has an infobox`).not.toBeNull();
    }
    // The no-JS timeline is the index of years and the pages it leads to, each linked in order.
    const events = new Set<string>();
    const seen = new Set<string>();
    const queue = [new URL('timeline/index.html', book()).href];
    while (queue.length) {
      const page = queue.shift()!;
      if (seen.has(page)) continue;
      seen.add(page);
      const { document } = parseHTML(await (await fetch(page)).text());
      for (const a of document.querySelectorAll('main a[href]')) {
        const target = new URL(a.getAttribute('href')!, page);
        if (target.pathname.includes('/events/')) events.add(target.pathname.replace(/^.*\/events\//, ''));
        else if (target.pathname.includes('/timeline/') && target.pathname.endsWith('index.html')) queue.push(target.href.replace(/[?#].*$/, ''));
      }
    }
    for (const id of contentIds('events')) expect(events).toContain(`${id}/index.html`);
    // The chart's own data links to the same files, relative to the timeline page.
    const data = await (await fetch(new URL('timeline/data.json', book()))).text();
    const hrefs = [...data.matchAll(/"href":"([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of new Set(hrefs)) expect((await fetch(new URL(href, `${book()}timeline/index.html`))).status, href).toBe(200);
  });

  it("keeps no Pagefind metadata, whose hidden text Kiwix's search would index and quote", () => {
    const withMetadata = htmlFiles().filter((file) => fs.readFileSync(path.join(SITE, file), 'utf8').includes('data-pagefind-meta'));
    expect(withMetadata).toEqual([]);
    expect(fs.readFileSync(path.join(SITE, 'people/frank-rubio/index.html'), 'utf8')).toContain('<h1');
  });

  it('Kiwix search finds entries by their words, and no list before them', () => {
    expect(kiwixSearch('coolant')).toContain(title('events', 'soyuz-ms-22-coolant-leak-2022-12'));
    expect(kiwixSearch('Rubio')).toContain(title('people', 'frank-rubio'));
    const found = kiwixSearch('Soyuz MS-22');
    expect(found).toContain(title('spacecraft', 'soyuz-ms-22'));
    // Lists ("Sources, page 2 of 2", "What links to …") are pages the site's search leaves out too.
    expect(found.filter((t) => /^(Sources|People|Events|Spacecraft|What links to|Timeline)\b/.test(t))).toEqual([]);
  });

  it("Kiwix search lists the entry first, not the sources about it, which its suggestions still offer by title", () => {
    expect(kiwixSearch('coolant')[0]).toBe(title('events', 'soyuz-ms-22-coolant-leak-2022-12'));
    expect(kiwixSearch('Rubio')[0]).toBe(title('people', 'frank-rubio'));
    expect(kiwixSearch('Prokopyev')[0]).toBe(title('people', 'sergey-prokopyev'));
    expect(kiwixSearch('Soyuz MS-22')[0]).toBe(title('spacecraft', 'soyuz-ms-22'));
    const source = frontmatter('sources', 'universemagazine-progress-ms-21-lost-the-entire-coolant').title;
    const suggested = execFileSync('kiwix-search', ['--suggestion', ZIM, source], { encoding: 'utf8' });
    expect(suggested).toContain(`${source} · Orbital Record`);
  });

  it('leaves out the link previews, which it cannot show, and their data', () => {
    expect(fs.existsSync(path.join(SITE, 'previews'))).toBe(false);
    // The loader's inline script names the card's module.
    expect(htmlFiles().filter((file) => /_astro\/card-/.test(fs.readFileSync(path.join(SITE, file), 'utf8')))).toEqual([]);
    expect(fs.readdirSync(path.join(SITE, '_astro')).filter((f) => f.startsWith('card-'))).toEqual([]);
  });
});
