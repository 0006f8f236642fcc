/** Reads every content file from disk for the validator (the only part of it that touches files). */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTIONS } from './schema.ts';
import type { SourceFile } from '../check/check.ts';

/** Every file an author put in a collection folder: one the loader would skip is a problem to report. */
export function readContentFiles(root: string, cwd: string = process.cwd()): SourceFile[] {
  const files: SourceFile[] = [];
  for (const collection of COLLECTIONS) {
    const dir = path.join(root, collection);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = path.join(dir, name);
      files.push({ collection, file: path.relative(cwd, full), text: fs.readFileSync(full, 'utf8') });
    }
  }
  return files;
}
