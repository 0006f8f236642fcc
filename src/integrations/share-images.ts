/**
 * Stops a build whose ORBITAL_SHARE_IMAGES setting is mistyped, and logs what the share
 * images cost this build (drawn, taken from the cache, seconds), the line `npm run bench`
 * reads for its share-image figure.
 */
import type { AstroIntegration } from 'astro';
import { shareImageTally, tallyLine } from '../publish/share-image-cache.ts';
import { SHARE_IMAGES_VARIABLE, shareImagesSettingProblem } from '../publish/share-paths.ts';

export default function shareImages(): AstroIntegration {
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
      'astro:build:done': ({ logger }) => {
        logger.info(tallyLine(shareImageTally()));
      },
    },
  };
}
