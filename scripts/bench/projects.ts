/**
 * The two projects the benchmark builds, both under bench/work/ with their own caches so a
 * bench run never touches the checkout's .astro/ (tests may be building it at the same time):
 * a snapshot of the real site, and a bare Astro project over the same MDX.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Files that make the real site; everything else in the checkout is tests, scripts or output. */
const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

function linkModules(root: string, project: string) {
  fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules')), path.join(project, 'node_modules'));
}

export function snapshotSite(root: string, dir: string) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const name of SITE_FILES) fs.cpSync(path.join(root, name), path.join(dir, name), { recursive: true });
  linkModules(root, dir);
}

/**
 * The framework floor: one page per MDX entry through a glob-loader collection and render(),
 * with no schema, no cross-links, no validation and no search. Pagefind runs after it.
 */
export function writeBareProject(root: string, dir: string, corpus: string) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  linkModules(root, dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }, null, 2));
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  cacheDir: './.astro/cache',
  integrations: [mdx()],
  vite: {
    cacheDir: './.astro/vite',
    // The same warning filter as the site, so neither build pays for printing 10,000 warnings.
    build: { rolldownOptions: { onwarn(warning, warn) { if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning); } } },
  },
});
`,
  );
  fs.writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(corpus)} }) }),
};
`,
  );
  fs.writeFileSync(
    path.join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('entries');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`,
  );
}
