/**
 * A summary and a note on a disputed fact are plain text: the page links the entries they name
 * by title or alias and escapes everything else. Markdown or a <Cite> written in them would be
 * published as typed, brackets and all, with its link never checked.
 */
import type { ModelFile } from '../../model/loader.ts';
import { fieldName, show, type Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { rawNotes } from '../raw-notes.ts';

const MARKUP: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: /<Cite\b[^>]*>/, what: 'a <Cite>' },
  { pattern: /!?\[[^\]\n]+\]\([^)\n]*\)/, what: 'a Markdown link' },
  { pattern: /\*\*[^*\n]+\*\*|__[^_\n]+__/, what: 'Markdown emphasis' },
];

/** The plain-text values of one entry's raw frontmatter, each with its path. */
function plainTexts(raw: Record<string, unknown>): Array<{ path: PropertyKey[]; text: string }> {
  const found: Array<{ path: PropertyKey[]; text: string }> = [];
  if (typeof raw.summary === 'string') found.push({ path: ['summary'], text: raw.summary });
  for (const { index, note } of rawNotes(raw)) if (note !== undefined) found.push({ path: ['disputed', index, 'note'], text: note });
  return found;
}

export function plainTextProblems(file: ModelFile): Problem[] {
  if (!file.raw) return [];
  return plainTexts(file.raw).flatMap(({ path, text }) => {
    const markup = MARKUP.find((m) => m.pattern.test(text));
    if (!markup) return [];
    const written = markup.pattern.exec(text)![0];
    const sources = path[0] === 'disputed' ? "the note's `sources:`" : "the entry's `sources:` (and <Cite> in the body)";
    return [{
      file: file.file,
      line: file.yaml?.lineOf(path),
      field: fieldName(path),
      found: `${markup.what}, ${show(written)}, which the page would show as typed`,
      expected: `plain text: an entry named by its title or an alias becomes a link by itself, and the sources go in ${sources}`,
    }];
  });
}

export const plainText: Rule = {
  name: 'plain-text',
  severity: 'error',
  local: true,
  check: plainTextProblems,
};
