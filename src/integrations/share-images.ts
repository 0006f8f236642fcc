/**
 * Share images in a build: stops a build whose ORBITAL_SHARE_IMAGES setting is mistyped;
 * starts drawing every card as soon as the configuration is done, in low-priority child
 * processes, so the drawing takes the CPU time Astro's content sync, bundling and rendering
 * leave idle (no process starts when every image is in the cache); copies each image into
 * the output as soon as Astro has emptied it and the image is ready (a cached one at once, so
 * a rebuild's ten thousand copies happen while Astro bundles); waits for the last once every
 * page is rendered; and logs what they cost (drawn, taken from the
 * cache, seconds waited), the line `npm run bench` reads for its figure. Written here rather
 * than rendered by an endpoint per image: a thousand endpoints cost Astro seconds of its
 * single-threaded rendering even with every image ready (`astro dev` still serves them from
 * the share routes).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { undrawable } from '../publish/card-font.ts';
import { siteShareImages } from '../publish/share-card.ts';
import { copyShareImage, drawAhead, drawWithEveryCore, shareImageTally, stopDrawing, tallyLine, waitingFor } from '../publish/share-image-cache.ts';
import { SHARE_IMAGES, SHARE_IMAGES_VARIABLE, shareImagesSettingProblem } from '../publish/share-paths.ts';
import { getSite } from '../site/site.ts';

export default function shareImages(): AstroIntegration {
  let building = false;
  let outDir = '';
  let images: ReturnType<typeof siteShareImages> = [];
  let copied: Promise<unknown> = Promise.resolve();
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
      'astro:config:done': ({ config, logger }) => {
        if (!building || !SHARE_IMAGES || !config.site) return;
        outDir = fileURLToPath(config.outDir);
        const { graph } = getSite();
        images = siteShareImages(graph, config.site);
        drawAhead(images.map(({ card }) => card));
        const boxes = images.flatMap(({ path: publicPath, card }) => {
          const missing = undrawable(`${card.kind}${card.title}${card.detail ?? ''}`);
          return missing.length > 0 ? [`${publicPath} "${card.title}": ${missing.join(' ')}`] : [];
        });
        // Not a mistake in the entry (a name may be written in any script), but its card shows boxes.
        if (boxes.length > 0) logger.warn(`${boxes.length} share image(s) with characters their font (Inter) cannot draw, shown as empty boxes:\n${boxes.join('\n')}`);
      },
      // Astro has emptied the output folder (it does so just before this hook) and is about to bundle.
      'astro:build:setup': () => {
        copied = Promise.all(
          images.map(({ path: publicPath, card }) => {
            const file = path.join(outDir, publicPath);
            fs.mkdirSync(path.dirname(file), { recursive: true });
            return copyShareImage(card, file);
          }),
        );
        // A card that fails to draw fails the build when it is awaited below, naming the card.
        copied.catch(() => {});
      },
      // Before Pagefind and the service worker, which list what the build wrote.
      'astro:build:done': async ({ logger }) => {
        drawWithEveryCore();
        await waitingFor(copied);
        await stopDrawing();
        logger.info(tallyLine(shareImageTally()));
      },
    },
  };
}
