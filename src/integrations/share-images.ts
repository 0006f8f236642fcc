/**
 * Logs what the share images cost this build (drawn, taken from the cache, seconds), the
 * line `npm run bench` reads for its share-image figure.
 */
import type { AstroIntegration } from 'astro';
import { shareImageTally } from '../publish/share-image-cache.ts';

export const SHARE_IMAGE_LOG = /share images: (\d+) drawn, (\d+) from cache, ([\d.]+) s/;

export default function shareImages(): AstroIntegration {
  return {
    name: 'orbital-record:share-images',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { drawn, cached, milliseconds } = shareImageTally();
        logger.info(`share images: ${drawn} drawn, ${cached} from cache, ${(milliseconds / 1000).toFixed(2)} s`);
      },
    },
  };
}
