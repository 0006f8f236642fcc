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
 * How long after a key to search what is typed so far, without waiting for Enter: long enough
 * to skip each letter of a word typed at speed (keys 40–60 ms apart), short enough to feel
 * immediate (the index chunks are fetched while typing).
 */
export const TYPING_PAUSE_MS = 80;

/**
 * The pause while the word being typed is a single letter or digit: long enough that typing
 * on never searches it. Pagefind matches every word as the start of longer ones, and "Soyuz
 * MS 1" matches every number beginning with 1 (thousands of words, most of the pages): the
 * slowest search there is, and the one typed after it waits for it to finish. A reader who
 * stops there ("Falcon 9") still gets what they typed searched.
 */
export const SHORT_WORD_PAUSE_MS = 600;

/** The pause before searching this text as typed: the box emptied clears at once (after the usual pause). */
export function typingPause(text: string): number {
  const typing = lastWord(text);
  return typing === '' || [...typing].length >= 2 ? TYPING_PAUSE_MS : SHORT_WORD_PAUSE_MS;
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
