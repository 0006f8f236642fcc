/**
 * Stops a build whose ORBITAL_SHARE_IMAGES setting is mistyped; starts drawing every share
 * card the build will ask for as soon as its configuration is done, on worker threads, so
 * the drawing overlaps Astro's content sync, bundling and rendering; and logs what the share
 * images cost this build (drawn, taken from the cache, seconds), the line `npm run bench`
 * reads for its figure.
 */
import type { AstroIntegration } from 'astro';
import { entryShareCard, siteShareCard } from '../publish/share-card.ts';
import { drawAhead, shareImageTally, stopDrawing, tallyLine } from '../publish/share-image-cache.ts';
import { SHARE_IMAGES, SHARE_IMAGES_VARIABLE, shareImagesSettingProblem } from '../publish/share-paths.ts';
import { getSite } from '../site/site.ts';

export default function shareImages(): AstroIntegration {
  let building = false;
  return {
    name: 'orbital-record:share-images',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        building = command === 'build';
        const problem = shareImagesSettingProblem(process.env[SHARE_IMAGES_VARIABLE]);
        if (!problem) return;
        // A setting mistyped is not a crash: say what is wrong, without Astro's stack trace.
        logger.error(`${problem}. Nothing was built.`);
        process.exit(1);
      },
      // As early as the site's address is known and the content check has read the model,
      // so the drawing overlaps content sync and bundling too. The same cards the share
      // routes make from the same model; a card made differently would only be drawn again
      // when its page asks for it.
      'astro:config:done': async ({ config }) => {
        if (!building || !SHARE_IMAGES || !config.site) return;
        const site = config.site;
        const { graph } = await getSite();
        drawAhead([siteShareCard(site), ...[...graph.entries.keys()].map((key) => entryShareCard(graph, key, site))]);
      },
      'astro:build:done': async ({ logger }) => {
        await stopDrawing();
        logger.info(tallyLine(shareImageTally()));
      },
    },
  };
}
