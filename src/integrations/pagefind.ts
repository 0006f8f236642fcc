/**
 * Indexes the built site with Pagefind's Node API when `astro build` finishes, so the build
 * alone yields a searchable dist/ (dist/pagefind/). Only elements marked data-pagefind-body
 * (the entry article) are indexed, less the sections that list other entries. A Pagefind error
 * fails the build with Pagefind's message alone (no stack trace), and Pagefind's process is
 * closed whatever happens. A build whose pages are those of the index kept from the last one
 * (a rebuild with no change that shows) takes that index instead (src/search/index-cache.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { indexKey, keepIndex, restoreIndex } from '../search/index-cache.ts';
import { SECTION_IDS } from '../site/routes.ts';

/**
 * Sections listing other entries (their events, what links here, the sources cited) are
 * navigation, not what this entry says: indexed, every page citing the seed article would
 * match "coolant", and every page naming Rubio in a backlink would compete with his own.
 */
const NOT_INDEXED = [
  ...[SECTION_IDS.timeline, SECTION_IDS.backlinks, SECTION_IDS.sources].map((id) => `section[aria-labelledby="${id}"]`),
  // The infobox is labels and values ("Publisher … Address https://…"): as text it wins the
  // excerpt of short pages over their prose. Names are searched through metadata instead.
  `#${SECTION_IDS.facts}`,
];

/** Pages in the written index, per Pagefind's own entry file (addDirectory counts every HTML file read). */
function indexedPageCount(outputPath: string): number {
  const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * When Pagefind's binary crashes, the Node API's promise never settles and Node would exit
 * with status 0 and no index. Treat an empty event loop during a step as the failure it is.
 */
function guardAgainstSilentExit(logger: AstroIntegrationLogger) {
  let step: string | undefined;
  const onEmptyLoop = () => {
    if (step === undefined) return;
    logger.error(`Pagefind stopped while trying to ${step}; its own message is above. The site has no search index.`);
    process.exitCode = 1;
  };
  process.on('beforeExit', onEmptyLoop);
  return {
    async run<T>(what: string, work: () => Promise<T>): Promise<T> {
      step = what;
      const result = await work();
      step = undefined;
      return result;
    },
    release: () => process.off('beforeExit', onEmptyLoop),
  };
}

/** A failure Pagefind reported, told to the author as it is. */
class PagefindError extends Error {}

function fail(step: string, errors: readonly string[]): never {
  throw new PagefindError(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

const OPTIONS = { excludeSelectors: NOT_INDEXED };

export default function pagefindIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'orbital-record:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'search-index');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = path.join(site, 'pagefind');
        const key = indexKey(site, OPTIONS);
        if (restoreIndex(cacheDir, key, outputPath)) {
          logger.info(`search index taken from ${path.relative(process.cwd(), cacheDir)}/ (${indexedPageCount(outputPath)} pages): every HTML file is as when it was made`);
          return;
        }
        const guard = guardAgainstSilentExit(logger);
        let failure: string | undefined;
        try {
          logger.info(`indexing ${site}`);
          const { index, errors } = await guard.run('start', () => pagefind.createIndex(OPTIONS));
          if (!index) fail('start', errors);
          const added = await guard.run('index the site', () => index.addDirectory({ path: site }));
          if (added.errors.length > 0) fail('index the site', added.errors);
          logger.info(`${added.page_count} HTML files read`);
          const written = await guard.run('write the index', () => index.writeFiles({ outputPath }));
          if (written.errors.length > 0) fail('write the index', written.errors);
          const indexed = indexedPageCount(written.outputPath);
          if (indexed === 0) fail('index the site', ['no page has data-pagefind-body content']);
          logger.info(`${indexed} pages indexed (pages without data-pagefind-body are left out), written to ${written.outputPath}`);
          keepIndex(cacheDir, key, written.outputPath);
        } catch (error) {
          if (!(error instanceof PagefindError)) throw error;
          failure = error.message;
        } finally {
          guard.release();
          await pagefind.close();
        }
        if (failure) {
          logger.error(`${failure}\nThe site has no search index; the build failed.`);
          process.exit(1);
        }
      },
    },
  };
}
