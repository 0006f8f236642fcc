/**
 * The frontmatter must be there, be YAML, and be a set of fields, and say what its author
 * wrote: an unquoted value that a "#" cut short is refused, not published in part.
 */
import { fieldName, show } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** What usually mends a YAML error of each kind (the `yaml` package's codes); quoting, for the rest. */
const YAML_FIXES: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  BAD_INDENT: 'the fields of one group indented alike, with spaces',
  MISSING_CHAR: 'every quote and bracket that opens closed again',
  DUPLICATE_KEY: 'each field once',
  MULTIPLE_DOCS: 'a source file holds its fields alone, with no "---" lines (only an .mdx entry puts its fields between two)',
};
/** The `yaml` package's words where they speak to a programmer ("please use YAML.parseAllDocuments()"). */
const YAML_FOUND: Record<string, string> = {
  MULTIPLE_DOCS: 'a "---" line, which starts a second YAML document',
};
const QUOTE = 'quote values that contain ": " or start with a special character';

/** What the file holds where its frontmatter should start, so the author sees which fence is wrong. */
function topOf(text: string): string {
  if (text.trim() === '') return 'the file is empty';
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
  // An opening fence read as one would have found its closing one: this one has none.
  if (/^---[ \t]*$/.test(first)) return 'an opening "---" line with no closing "---" line after the fields';
  if (first.trim() === '') return 'an empty line 1, above the opening "---"';
  return `line 1 is ${show(first)}, not "---"`;
}

export const frontmatter: Rule = {
  name: 'frontmatter',
  severity: 'error',
  local: true,
  check(file) {
    if (file.id === undefined) return [];
    if (!file.split) {
      return [{
        file: file.file,
        line: 1,
        field: '(frontmatter)',
        found: `no frontmatter block: ${topOf(file.text)}`,
        expected: 'the file to start with a "---" line, the fields in YAML, and a closing "---" line',
      }];
    }
    const error = file.yaml?.error;
    if (error) {
      return [{
        file: file.file,
        line: error.line,
        field: '(YAML syntax)',
        // The column sits with what was found, as for MDX errors: together they point at the spot.
        found: `at column ${error.column}: ${YAML_FOUND[error.code] ?? error.message}`,
        expected: `valid YAML; ${YAML_FIXES[error.code] ?? QUOTE}`,
      }];
    }
    if (!file.raw) return [{ file: file.file, line: 1, field: '(frontmatter)', found: show(file.yaml?.value), expected: 'a set of "field: value" lines' }];
    return (file.yaml?.cut ?? []).map((cut) => ({
      file: file.file,
      line: cut.line,
      field: fieldName(cut.path),
      found: `${show(cut.value)}: YAML reads the rest of ${show(cut.written)} from " #" on as a comment and leaves it out`,
      expected: `the whole text in quotes, ${JSON.stringify(cut.written)} (a comment is written "# like this", with a space)`,
    }));
  },
};
