/**
 * Packages resolved from the project, wherever Astro bundled the module that asks (the share
 * images' fonts and renderer): `import.meta.url` of a bundled chunk would resolve from there.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

export const projectRequire = createRequire(path.resolve('package.json'));
