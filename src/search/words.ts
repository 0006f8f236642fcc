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
