// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import editorSchemas from './src/integrations/editor-schemas.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import shareImages from './src/integrations/share-images.ts';
import siteAddress from './src/integrations/site-address.ts';
import { isListedInSitemap } from './src/publish/sitemap.ts';

export default defineConfig({
  // `site` comes from ORBITAL_SITE_URL through the siteAddress integration (README, "Publishing").
  trailingSlash: 'always',
  // Caches inside the project, so separate checkouts sharing one node_modules do not collide.
  cacheDir: './.astro/cache',
  // One cached stylesheet for every page rather than a copy inlined in each: pages stay
  // small for readers moving between them, and for Pagefind reading ten thousand of them.
  build: { inlineStylesheets: 'never' },
  // The site's address first: the sitemap reads it. Editor schemas next, so an author fixing a
  // failed build still gets them; Pagefind last: it indexes the HTML every other integration
  // has finished writing.
  integrations: [siteAddress(), editorSchemas(), contentCheck(), mdx(), sitemap({ filter: isListedInSitemap }), shareImages(), pagefindIndex()],
  // Lets the Astro VS Code extension validate MDX frontmatter (see CONTRIBUTING.md).
  experimental: { contentIntellisense: true },
  vite: {
    cacheDir: './.astro/vite',
    // The link-preview card is built as a standalone module (src/previews/client/loader.ts).
    worker: { format: 'es' },
    build: {
      rolldownOptions: {
        // Astro's MDX output carries a directive the bundler warns about once per entry.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
