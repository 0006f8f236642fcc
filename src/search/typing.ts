/** The text's words, one space between each. */
const singleSpaced = (text: string) => text.trim().replace(/\s+/g, ' ');

/** The text's last word (after trailing spaces, the word just finished). */
const lastWord = (text: string) => text.trim().split(/\s+/).at(-1) ?? '';

/** The words a reader has finished in a search box: those followed by a space. */
export function finishedWords(text: string): string {
  const end = text.search(/\s\S*$/);
  return end === -1 ? '' : singleSpaced(text.slice(0, end));
}

/**
 * Whether to search what is typed so far without waiting for Enter: not while the word being
 * typed is a single letter or digit. Pagefind matches every word as the start of longer
 * ones, and "Soyuz MS 1" matches every number beginning with 1 (thousands of words, most of
 * the pages): the slowest search there is, and the one typed after it waits for it to finish.
 */
export function searchWhileTyping(text: string): boolean {
  const typing = lastWord(text);
  return typing === '' || [...typing].length >= 2;
}

/**
 * The words whose index chunks to fetch as each key is pressed, so that the search after the
 * typing pause finds them loaded: the text so far once the word being typed has three
 * characters, else the finished words. A prefix needs the chunks of every word it begins,
 * and two letters begin too many ("re": report, reported, reviewed …, a chunk each).
 */
export function wordsToPreload(text: string): string {
  return /\s$/.test(text) || [...lastWord(text)].length < 3 ? finishedWords(text) : singleSpaced(text);
}
