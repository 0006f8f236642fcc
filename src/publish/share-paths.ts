/** Where share images are published; shared by the pages that link them and the endpoint that draws them. */
import type { CollectionName } from '../model/schema.ts';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export function shareImagePath(collection: CollectionName, id: string): string {
  return `/share/${collection}/${id}.png`;
}

/** The card of pages that are not entries (home, indexes, search, timeline, data, 404). */
export const SITE_SHARE_IMAGE = { path: '/share/site.png', ...SHARE_IMAGE_SIZE } as const;

export const SHARE_IMAGES_VARIABLE = 'ORBITAL_SHARE_IMAGES';

/**
 * `ORBITAL_SHARE_IMAGES=off` builds the site without share images and without the meta tags
 * that would name them (`npm run bench` builds both ways to measure what the images cost).
 * Unset or `on`, every page gets its card.
 */
export const SHARE_IMAGES = process.env[SHARE_IMAGES_VARIABLE] !== 'off';

/** What is wrong with the setting, if anything: the share-images integration stops the build on it. */
export function shareImagesSettingProblem(value: string | undefined): string | undefined {
  if (value === undefined || ['', 'on', 'off'].includes(value)) return undefined;
  return `${SHARE_IMAGES_VARIABLE} is "${value}"; expected "on" (the default) or "off"`;
}
