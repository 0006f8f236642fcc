/**
 * On the offline page shown for a page that is not on this device: lists the pages that
 * are (from this site's caches), by title, so the reader can go on reading.
 */
const PREFIX = 'orbital-record-';

async function cachedPages(): Promise<Array<{ url: string; title: string }>> {
  const found = new Map<string, string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX)) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (url.origin !== location.origin || !url.pathname.endsWith('/') || url.pathname.startsWith('/offline/') || found.has(url.pathname)) continue;
      const html = await (await cache.match(request))?.text();
      const title = html ? new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent?.trim() : undefined;
      if (title) found.set(url.pathname, title);
    }
  }
  return [...found].map(([url, title]) => ({ url, title })).sort((a, b) => a.title.localeCompare(b.title));
}

const list = document.querySelector<HTMLElement>('[data-cached-pages]');
if (list && 'caches' in self) {
  void cachedPages().then((pages) => {
    list.replaceChildren(
      ...pages.map(({ url, title }) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = url;
        link.textContent = title;
        item.append(link);
        return item;
      }),
    );
    const count = document.querySelector('[data-cached-count]');
    if (count) count.textContent = pages.length === 1 ? '1 page is' : `${pages.length} pages are`;
  });
}
