/** Writes one `<collection>.schema.json` per collection into a folder (the only I/O of the editor schemas). */
import fs from 'node:fs';
import path from 'node:path';
import type { IdIndex } from '../model/ids.ts';
import { collectionJsonSchemas } from './editor-schemas.ts';

export function writeEditorSchemas(ids: IdIndex, folder: string): string[] {
  const schemas = collectionJsonSchemas(ids.byCollection);
  fs.mkdirSync(folder, { recursive: true });
  return Object.entries(schemas).map(([collection, schema]) => {
    const file = path.join(folder, `${collection}.schema.json`);
    fs.writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
    return file;
  });
}
