/**
 * Which file of link-preview data holds an entry. Previews are split into at most 256 files
 * by a hash of the entry's key, so a site of any size serves small files (about 40 entries
 * each at 10,000) and the page needs no manifest to find one. Shared by the build and the
 * browser, so both agree.
 */
export const PREVIEW_DIR = '/previews/';

/** Two hex digits of the key's FNV-1a hash. */
export function shardOf(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) & 0xff).toString(16).padStart(2, '0');
}

export const shardUrl = (shard: string) => `${PREVIEW_DIR}${shard}.json`;
