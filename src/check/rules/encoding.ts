/**
 * A file must be UTF-8: one saved in another encoding (Windows-1252, Latin-1) reads with
 * replacement characters where its accented letters were, which the schema cannot see and
 * the page would publish (or Astro's own loader would fail on, with no file or line).
 */
import type { Rule } from '../rule.ts';

export const encoding: Rule = {
  name: 'encoding',
  severity: 'error',
  local: true,
  check(file) {
    if (!file.notUtf8) return [];
    const at = file.text.indexOf('\uFFFD');
    const line = file.text.slice(0, at).split('\n').length;
    return [{ file: file.file, line, field: '(encoding)', found: 'bytes that are not UTF-8 (the file was saved in another encoding, such as Windows-1252)', expected: 'a file saved as UTF-8: in most editors, "Save with encoding" → UTF-8' }];
  },
};
