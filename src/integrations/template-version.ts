/**
 * The version of the templates and schemas, for the incremental build's cache keys: a hash of
 * every source file of the site except the content itself, plus the config and the lockfile.
 * Any change to how a page is made changes every key, so nothing is served from an old template;
 * the edition too (the Kiwix edition's pages have no search box), since both editions share the cache.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { KIWIX_EDITION } from '../offline/edition.ts';
import { SHARE_IMAGES } from '../publish/share-paths.ts';

function hashTree(hash: ReturnType<typeof createHash>, root: string, dir: string, skip: string) {
  for (const item of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, item.name);
    if (full === skip) continue;
    if (item.isDirectory()) hashTree(hash, root, full, skip);
    else hash.update(path.relative(root, full)).update('\0').update(fs.readFileSync(full)).update('\0');
  }
}

export function templateVersion(root: string): string {
  const hash = createHash('sha256').update(KIWIX_EDITION ? 'kiwix' : 'web').update('\0');
  // Pages built without share images (ORBITAL_SHARE_IMAGES=off) name none: not to be reused with them.
  hash.update(SHARE_IMAGES ? 'share images' : 'no share images').update('\0');
  hashTree(hash, root, path.join(root, 'src'), path.join(root, 'src/content'));
  for (const file of ['astro.config.mjs', 'package-lock.json']) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('base64url').slice(0, 16);
}

export default function templateVersionIntegration(): AstroIntegration {
  return {
    name: 'orbital-record:template-version',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const version = templateVersion(new URL('.', config.root).pathname);
        updateConfig({ vite: { define: { 'import.meta.env.ORBITAL_TEMPLATE_VERSION': JSON.stringify(version) } } });
      },
    },
  };
}
