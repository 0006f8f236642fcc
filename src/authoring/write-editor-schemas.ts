/** Writes the editor schemas into a folder (the only I/O of the editor schemas). */
import fs from 'node:fs';
import path from 'node:path';
import type { ContentModel } from '../model/loader.ts';
import { collectionJsonSchemas } from './editor-schemas.ts';
import { intellisenseManifest } from './intellisense-manifest.ts';

/** One `<collection>.schema.json` per collection. */
export function writeEditorSchemas(model: ContentModel, folder: string): string[] {
  const schemas = collectionJsonSchemas(model.ids.byCollection);
  fs.mkdirSync(folder, { recursive: true });
  return Object.entries(schemas).map(([collection, schema]) => {
    const file = path.join(folder, `${collection}.schema.json`);
    fs.writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
    return file;
  });
}

/**
 * The schemas where the Astro extension looks, with the manifest that tells it which file each
 * applies to; Astro's sync writes an empty manifest over it, so this runs after every sync.
 */
export function writeAstroIntellisense(model: ContentModel, folder: string): void {
  writeEditorSchemas(model, folder);
  fs.writeFileSync(path.join(folder, 'collections.json'), `${JSON.stringify(intellisenseManifest(model.files), null, 2)}\n`);
}
