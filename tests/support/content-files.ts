/**
 * Content files for unit tests of the check, written as an author writes them (text, with
 * line numbers that mean something), and a way to run one rule over them.
 */
import { checkContent } from '../../src/check/check.ts';
import type { Problem } from '../../src/check/problem.ts';
import type { Rule } from '../../src/check/rule.ts';
import type { CollectionName } from '../../src/model/collections.ts';
import { modelOfFiles, type ContentFile } from '../../src/model/loader.ts';

/** A source entry (YAML) with valid fields, plus `extra` lines. */
export const source = (id: string, extra = ''): ContentFile => ({
  collection: 'sources',
  file: `c/sources/${id}.yaml`,
  text: `title: ${id}\npublisher: NASA\nurl: https://www.nasa.gov/${id}\nkind: official\n${extra}`,
});

/** An MDX entry: the frontmatter starts on line 2, the body two lines after its closing fence. */
export const mdx = (collection: CollectionName, id: string, frontmatter: string, body = 'Text.'): ContentFile => ({
  collection,
  file: `c/${collection}/${id}.mdx`,
  text: `---\n${frontmatter}\n---\n\n${body}\n`,
});

/** A valid person citing the source `report`, plus `extra` frontmatter lines. */
export const person = (id: string, extra = '', body = 'Text.') => mdx('people', id, `title: ${id}\nsummary: A person.\nsources: [report]${extra}`, body);

/** What one rule reports over these files (its errors, or its warnings for a warning rule). */
export function ruleProblems(rule: Rule, files: readonly ContentFile[]): Problem[] {
  const result = checkContent(modelOfFiles(files), [rule]);
  return rule.severity === 'error' ? result.problems : result.warnings;
}
