import { describe, expect, it } from 'vitest';
import { intellisenseManifest } from '../../src/authoring/intellisense-manifest.ts';

describe("the editor's collection manifest", () => {
  it('lists each entry file by the URL the Astro extension looks up: decoded and lowercased, in a checkout path with a space or an accent too', () => {
    const manifest = intellisenseManifest([
      { collection: 'people', file: '/home/me/My Sites/Ré/src/content/people/anna.mdx', id: 'anna' },
      { collection: 'sources', file: '/home/me/My Sites/Ré/src/content/sources/report.yaml', id: 'report' },
    ]);
    expect(manifest.entries).toEqual({ 'file:///home/me/my sites/ré/src/content/people/anna.mdx': 'people' });
  });
});
