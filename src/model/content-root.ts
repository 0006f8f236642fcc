/**
 * Where the entries live. The benchmark points this at a generated corpus through
 * ORBITAL_CONTENT_DIR; everything else uses the project's own `src/content`.
 */
import path from 'node:path';

export function contentRoot(cwd: string = process.cwd()): string {
  return path.resolve(cwd, process.env.ORBITAL_CONTENT_DIR ?? 'src/content');
}
