/**
 * What a search box's text says about the words a reader has finished: those followed by a
 * space. Their index chunks can be fetched while the rest is typed; the word still being
 * typed is left alone, since each prefix of it may need another chunk.
 */
export function finishedWords(text: string): string {
  const end = text.search(/\s\S*$/);
  return end === -1 ? '' : text.slice(0, end).trim().replace(/\s+/g, ' ');
}

/**
 * Whether to search what is typed so far without waiting for Enter: not while the word being
 * typed is a single letter or digit. Pagefind matches every word as the start of longer
 * ones, and "Soyuz MS 1" matches every number beginning with 1 (thousands of words, most of
 * the pages): the slowest search there is, and the one typed after it waits for it to finish.
 */
export function searchWhileTyping(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const typing = words.at(-1) ?? '';
  return typing === '' || [...typing].length >= 2;
}
