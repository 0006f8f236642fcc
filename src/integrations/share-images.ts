/**
 * Stops a build whose ORBITAL_SHARE_IMAGES setting is mistyped; starts drawing every share
 * card the build will ask for as soon as the build starts, on worker threads, so the drawing
 * overlaps Astro bundling and rendering; and logs what the share images cost this build
 * (drawn, taken from the cache, seconds), the line `npm run bench` reads for its figure.
 */
import type { AstroIntegration } from 'astro';
import { entryShareCard, siteShareCard } from '../publish/share-card.ts';
import { drawAhead, shareImageTally, stopDrawing, tallyLine } from '../publish/share-image-cache.ts';
import { SHARE_IMAGES, SHARE_IMAGES_VARIABLE, shareImagesSettingProblem } from '../publish/share-paths.ts';
import { getSite } from '../site/site.ts';

export default function shareImages(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'orbital-record:share-images',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problem = shareImagesSettingProblem(process.env[SHARE_IMAGES_VARIABLE]);
        if (!problem) return;
        // A setting mistyped is not a crash: say what is wrong, without Astro's stack trace.
        logger.error(`${problem}. Nothing was built.`);
        process.exit(1);
      },
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      // The same cards the share routes make from the same model (the content check has read
      // it); a card made differently would only be drawn again when its page asks for it.
      'astro:build:start': async () => {
        if (!SHARE_IMAGES || !site) return;
        const { graph } = await getSite();
        drawAhead([siteShareCard(site), ...[...graph.entries.keys()].map((key) => entryShareCard(graph, key, site!))]);
      },
      'astro:build:done': async ({ logger }) => {
        await stopDrawing();
        logger.info(tallyLine(shareImageTally()));
      },
    },
  };
}
