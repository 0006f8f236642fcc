/** Where share images are published; shared by the pages that link them and the endpoint that draws them. */
import type { CollectionName } from '../model/schema.ts';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export function shareImagePath(collection: CollectionName, id: string): string {
  return `/share/${collection}/${id}.png`;
}

/** The card of pages that are not entries (home, indexes, search, timeline, data, 404). */
export const SITE_SHARE_IMAGE = { path: '/share/site.png', ...SHARE_IMAGE_SIZE } as const;
