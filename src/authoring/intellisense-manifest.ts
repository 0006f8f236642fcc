/**
 * Astro's content-intellisense manifest (`.astro/collections/collections.json`): which
 * collection each entry file belongs to. The Astro editor extension applies
 * `<collection>.schema.json` to a file's frontmatter only when the manifest lists the file.
 * Astro writes it from collections that declare a schema; ours are parsed by the content
 * model instead, so Astro's manifest lists none and the manifest is written here.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { COLLECTIONS, hasBody, type CollectionName } from '../model/collections.ts';

export interface IntellisenseManifest {
  collections: Array<{ hasSchema: true; name: CollectionName }>;
  /** File URL, decoded and lowercased as the extension looks it up ("file:///home/me/my sites/…"), → collection. */
  entries: Record<string, CollectionName>;
}

/** Only files with frontmatter: sources are plain YAML, wired through `yaml.schemas`. */
export function intellisenseManifest(files: Iterable<{ collection: CollectionName; file: string; id: string | undefined }>): IntellisenseManifest {
  const entries: Record<string, CollectionName> = {};
  for (const { collection, file, id } of files) {
    // Decoded: Astro writes the encoded URL, which a checkout path with a space or an accent never matches.
    if (id !== undefined && hasBody(collection)) entries[decodeURIComponent(pathToFileURL(path.resolve(file)).toString()).toLowerCase()] = collection;
  }
  return { collections: COLLECTIONS.filter(hasBody).map((name) => ({ hasSchema: true, name })), entries };
}
