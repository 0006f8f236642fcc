/**
 * Share images in a build: stops a build whose ORBITAL_SHARE_IMAGES setting is mistyped;
 * starts drawing every card as soon as the configuration is done, in low-priority child
 * processes, so the drawing takes the CPU time Astro's content sync, bundling and rendering
 * leave idle (no process starts when every image is in the cache); copies the images into
 * the output once every page is rendered; and logs what they cost (drawn, taken from the
 * cache, seconds waited), the line `npm run bench` reads for its figure. Written here rather
 * than rendered by an endpoint per image: a thousand endpoints cost Astro seconds of its
 * single-threaded rendering even with every image ready (`astro dev` still serves them from
 * the share routes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteShareImages } from '../publish/share-card.ts';
import { copyShareImage, drawAhead, drawWithEveryCore, shareImageTally, stopDrawing, tallyLine } from '../publish/share-image-cache.ts';
import { SHARE_IMAGES, SHARE_IMAGES_VARIABLE, shareImagesSettingProblem } from '../publish/share-paths.ts';
import { getSite } from '../site/site.ts';

export default function shareImages(): AstroIntegration {
  let building = false;
  let images: ReturnType<typeof siteShareImages> = [];
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
      // As early as the site's address is known and the content check has read the model.
      'astro:config:done': ({ config }) => {
        if (!building || !SHARE_IMAGES || !config.site) return;
        const { graph } = getSite();
        images = siteShareImages(graph, config.site);
        drawAhead(images.map(({ card }) => card));
      },
      // Before Pagefind and the service worker, which list what the build wrote.
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        drawWithEveryCore();
        for (const { path: publicPath, card } of images) {
          const file = path.join(outDir, publicPath);
          fs.mkdirSync(path.dirname(file), { recursive: true });
          await copyShareImage(card, file);
        }
        await stopDrawing();
        logger.info(tallyLine(shareImageTally()));
      },
    },
  };
}
