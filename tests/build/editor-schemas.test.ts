/** After a build, the editor's JSON Schemas offer the ids on disk, where .vscode/settings.json and the Astro extension look. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
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
});
