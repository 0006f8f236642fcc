import { describe, expect, it } from 'vitest';
import { INDEX, INDEX_PRECACHE_LIMIT, precachePatterns, SHELL, siteUrl, TIMELINE, TIMELINE_PRECACHE_LIMIT } from '../../src/offline/cache-rules.ts';
import { fileOfUrl, isRootRelative, relativeUrl } from '../../src/offline/kiwix/relative-url.ts';

describe('what the service worker precaches', () => {
  it('takes the whole index while it is at most the limit, and only the shell above it', () => {
    const small = { indexBytes: INDEX_PRECACHE_LIMIT, timelineBytes: TIMELINE_PRECACHE_LIMIT };
    expect(precachePatterns(small)).toEqual({ patterns: [...SHELL, ...INDEX, ...TIMELINE], indexPrecached: true, timelinePrecached: true });
    expect(precachePatterns({ ...small, indexBytes: INDEX_PRECACHE_LIMIT + 1 })).toEqual({ patterns: [...SHELL, ...TIMELINE], indexPrecached: false, timelinePrecached: true });
    expect(precachePatterns({ ...small, timelineBytes: TIMELINE_PRECACHE_LIMIT + 1 })).toEqual({ patterns: [...SHELL, ...INDEX], indexPrecached: true, timelinePrecached: false });
  });

  it('names pages by the URL readers use', () => {
    expect(siteUrl('index.html')).toBe('/');
    expect(siteUrl('people/frank-rubio/index.html')).toBe('/people/frank-rubio/');
    expect(siteUrl('pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
  });
});

describe('links inside the ZIM archive', () => {
  it('go from the linking file to the linked file, with index.html spelled out', () => {
    expect(relativeUrl('people/frank-rubio/index.html', '/events/')).toBe('../../events/index.html');
    expect(relativeUrl('people/frank-rubio/index.html', '/')).toBe('../../index.html');
    expect(relativeUrl('index.html', '/')).toBe('index.html');
    expect(relativeUrl('index.html', '/people/frank-rubio/')).toBe('people/frank-rubio/index.html');
    expect(relativeUrl('timeline/index.html', '/_astro/a.js')).toBe('../_astro/a.js');
    expect(relativeUrl('_astro/a.css', '/favicon.svg')).toBe('../favicon.svg');
  });

  it('keep the query and the fragment', () => {
    expect(relativeUrl('people/frank-rubio/index.html', '/timeline/?focus=frank-rubio#chart')).toBe('../../timeline/index.html?focus=frank-rubio#chart');
    expect(relativeUrl('people/frank-rubio/index.html', '/people/frank-rubio/#sources')).toBe('index.html#sources');
  });

  it('leave other hosts alone', () => {
    expect(isRootRelative('/people/')).toBe(true);
    expect(isRootRelative('//cdn.example/x.js')).toBe(false);
    expect(isRootRelative('https://example.org/')).toBe(false);
    expect(fileOfUrl('/people/x/?a=1#b')).toBe('people/x/index.html');
  });
});
