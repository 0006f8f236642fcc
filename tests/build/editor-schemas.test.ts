/** After a build, the editor's JSON Schemas offer the ids on disk, where .vscode/settings.json and the Astro extension look. */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COLLECTION_INFO, COLLECTIONS } from '../../src/model/collections.ts';
import { contentIds } from '../support/dist.ts';

const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

describe('editor schemas', () => {
  it('are wired in the committed VS Code settings', () => {
    const settings = read('.vscode/settings.json');
    expect(Object.keys(settings['yaml.schemas'])).toEqual(['.astro/json-schema/sources.schema.json']);
    expect(settings['astro.content-intellisense']).toBe(true);
  });

  it.each(['.astro/json-schema', '.astro/collections'])('in %s list the ids of the content files as reference values', (folder) => {
    const events = read(`${folder}/events.schema.json`);
    expect(events.properties.people.items.enum).toEqual(contentIds('people').sort());
    expect(events.properties.spacecraft.items.enum).toEqual(contentIds('spacecraft').sort());
    expect(read(`${folder}/people.schema.json`).properties.sources.items.enum).toEqual(contentIds('sources').sort());
  });

  it("tell the Astro extension which collection's schema each entry file's frontmatter follows", () => {
    // How the extension finds a file's collection: its decoded file URL, lowercased, in `entries`.
    const manifest = read('.astro/collections/collections.json');
    const withFrontmatter = COLLECTIONS.filter((c) => COLLECTION_INFO[c].extension === '.mdx');
    expect(manifest.collections).toEqual(withFrontmatter.map((name) => ({ hasSchema: true, name })));
    for (const collection of withFrontmatter) {
      for (const id of contentIds(collection)) {
        const url = decodeURIComponent(pathToFileURL(path.resolve('src/content', collection, `${id}.mdx`)).toString()).toLowerCase();
        expect(manifest.entries[url], url).toBe(collection);
      }
    }
    expect(Object.keys(manifest.entries)).toHaveLength(withFrontmatter.reduce((n, c) => n + contentIds(c).length, 0));
  });
});
