/**
 * Logs what the share images cost this build (drawn, taken from the cache, seconds), the
 * line `npm run bench` reads for its share-image figure.
 */
import type { AstroIntegration } from 'astro';
import { shareImageTally, tallyLine } from '../publish/share-image-cache.ts';

export default function shareImages(): AstroIntegration {
  return {
    name: 'orbital-record:share-images',
    hooks: {
      'astro:build:done': ({ logger }) => {
        logger.info(tallyLine(shareImageTally()));
      },
    },
  };
}
