// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import buildFinished from './src/integrations/build-finished.ts';
import contentCheck from './src/integrations/content-check.ts';
import editorSchemas from './src/integrations/editor-schemas.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { KIWIX_EDITION } from './src/offline/edition.ts';
import shareImages from './src/integrations/share-images.ts';
import siteAddress from './src/integrations/site-address.ts';
import templateVersion from './src/integrations/template-version.ts';
import { isListedInSitemap } from './src/publish/sitemap.ts';

export default defineConfig({
  // `site` comes from ORBITAL_SITE_URL through the siteAddress integration (README, "Publishing").
  // Every page is a folder's index.html and every link ends in "/"; 'ignore' rather than 'always'
  // only so that `astro preview` (and `astro dev`) answer /people/frank-rubio as a static host
  // does, not with a bare 404. The built files are the same byte for byte.
  trailingSlash: 'ignore',
  // Caches inside the project, so separate checkouts sharing one node_modules do not collide.
  cacheDir: './.astro/cache',
  // One cached stylesheet for every page rather than a copy inlined in each: pages stay
  // small for readers moving between them, and for Pagefind reading ten thousand of them.
  // Four pages in flight at once: while one page's file is written, the next is rendered (at
  // 1,000 entries "render pages" took 15.3 s one at a time, 10.1 s four at a time).
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // The site's address first: the sitemap reads it. Editor schemas next, so an author fixing a
  // failed build still gets them; then Pagefind: it indexes the HTML every other integration
  // has finished writing; the service worker last, since it caches the index. The Kiwix
  // edition has none of the last three (Kiwix searches itself; shared links point to the site).
  // The template version (cache keys of the incremental build) is set before any page is made.
  integrations: [
    siteAddress(),
    templateVersion(),
    editorSchemas(),
    contentCheck(),
    mdx(),
    sitemap({ filter: isListedInSitemap }),
    ...(KIWIX_EDITION ? [] : [shareImages(), pagefindIndex(), serviceWorker()]),
    // Last: a build whose process ends before this hook has run exits with an error.
    buildFinished(),
  ],
  // Lets the Astro VS Code extension validate MDX frontmatter (see CONTRIBUTING.md).
  // Incremental build: a page whose cacheKey (src/site/cache-key.ts) and module graph are
  // unchanged is copied from .astro/cache/ instead of rendered again. Not parallelPrerender
  // (Astro 7.4): with two workers on two cores, beside the share images' drawing, builds took as
  // long (5,000 entries: 52-55 s, against 51-57 s without) and peak memory grew (1,000: 1.9 GB
  // against 1.4; each worker loads the model and the pages' bundle again).
  experimental: { contentIntellisense: true, incrementalBuild: true },
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
