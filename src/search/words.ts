/** Text as search compares it: lower case, accents dropped ("Крикалёв" is "крикалев", "Ōmiya" "omiya"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A text's words as search compares them: folded, split at anything not a letter or digit. */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * A text's words, and each two neighbours joined: a name written without its hyphen or space
 * ("ms22", "soyuzms") is the words search reads in "MS-22" ("ms", "22") put together.
 */
export function wordsAndPairs(text: string): string[] {
  const words = searchWords(text);
  return [...words, ...words.slice(1).map((word, i) => words[i] + word)];
}
