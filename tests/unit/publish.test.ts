import { describe, expect, it } from 'vitest';
import { pageCitation } from '../../src/publish/citation.ts';
import { exportJsonSchema } from '../../src/publish/data-export.ts';
import { jsonForScript } from '../../src/publish/json-ld.ts';
import { pageMeta, pageTitle } from '../../src/publish/page-meta.ts';
import { robotsTxt } from '../../src/publish/robots.ts';
import { isListedInSitemap } from '../../src/publish/sitemap.ts';

const SITE = 'https://orbital-record.org/';

describe('page metadata', () => {
  it('titles pages "… · Orbital Record" and gives the canonical address under the site', () => {
    expect(pageTitle('Frank Rubio')).toBe('Frank Rubio · Orbital Record');
    expect(pageTitle('Orbital Record')).toBe('Orbital Record');
    const meta = pageMeta({ site: SITE, path: '/people/frank-rubio/', title: 'Frank Rubio', description: 'NASA astronaut.' });
    expect(meta.canonical).toBe('https://orbital-record.org/people/frank-rubio/');
    expect(meta.properties).toContainEqual({ property: 'og:image', content: 'https://orbital-record.org/share/people/frank-rubio.png' });
    expect(meta.names).toContainEqual({ name: 'twitter:card', content: 'summary_large_image' });
  });

  it('names no share image when the build draws none (ORBITAL_SHARE_IMAGES=off)', () => {
    const meta = pageMeta({ site: SITE, path: '/people/frank-rubio/', title: 'Frank Rubio', description: 'x', shareImages: false });
    expect(meta.properties.filter((m) => m.property.startsWith('og:image'))).toEqual([]);
    expect(meta.names.filter((m) => m.name.startsWith('twitter:image'))).toEqual([]);
    expect(meta.names).toContainEqual({ name: 'twitter:card', content: 'summary' });
  });

  it('gives other pages the site card, and the not-found page the address it is served at', () => {
    const meta = pageMeta({ site: SITE, path: '/404/', title: 'Page not found', description: 'x' });
    expect(meta.canonical).toBe('https://orbital-record.org/404.html');
    expect(meta.properties).toContainEqual({ property: 'og:image', content: 'https://orbital-record.org/share/site.png' });
  });
});

describe('robots and sitemap', () => {
  it('robots.txt names the sitemap under the site', () => {
    expect(robotsTxt(SITE)).toContain('Sitemap: https://orbital-record.org/sitemap-index.xml');
  });
  it('leaves only the not-found page out of the sitemap', () => {
    expect(isListedInSitemap('https://orbital-record.org/404/')).toBe(false);
    expect(isListedInSitemap('https://orbital-record.org/people/frank-rubio/')).toBe(true);
  });
});

describe('cite this page', () => {
  it('cites in APA style, dated by the last change, "n.d." without one', () => {
    expect(pageCitation('Frank Rubio', `${SITE}people/frank-rubio/`, '2023-09-27').text).toBe(
      'Frank Rubio. (2023, September 27). In Orbital Record. https://orbital-record.org/people/frank-rubio/',
    );
    expect(pageCitation('Is it?', 'u', undefined).text).toBe('Is it? (n.d.). In Orbital Record. u');
  });
});

describe('JSON in a script element', () => {
  it('cannot close the element or break the line', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script>\u2028' });
    expect(json).not.toContain('<');
    expect(json).not.toContain('\u2028');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script>\u2028');
  });
});

describe('the data export JSON Schema', () => {
  it('types every object and list it describes, as a strict validator (Ajv strictTypes) requires', () => {
    const untyped: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${at}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      const schema = Object.fromEntries(Object.entries(node));
      if ('properties' in schema && schema.type !== 'object') untyped.push(`${at}: properties without type "object"`);
      if ('items' in schema && schema.type !== 'array') untyped.push(`${at}: items without type "array"`);
      for (const [key, child] of Object.entries(schema)) walk(child, `${at}/${key}`);
    };
    walk(exportJsonSchema('https://example.org'), '#');
    expect(untyped).toEqual([]);
  });
});
