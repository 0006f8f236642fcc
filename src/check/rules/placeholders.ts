/**
 * Placeholders the scaffold leaves for an author: valid values (so a new entry builds and
 * previews at once) marked with a `TODO:` comment that says what belongs there. The build
 * and `npm run check` list every one still left, so a draft is never silently published.
 */
import { hasBody } from '../../model/collections.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** Written after a placeholder value in YAML (`# TODO: …`) or in an MDX body (`{/* TODO: … *\/}`). */
export const TODO = 'TODO:';

const MARK = /(?:#|\{\/\*)\s*TODO:\s*(.*?)\s*(?:\*\/\})?$/;
const KEY = /^\s*(?:-\s+)?([A-Za-z][\w]*):/;

export const placeholders: Rule = {
  name: 'placeholders',
  severity: 'warning',
  local: true,
  check(file) {
    // Most files have no placeholder: only a file with the mark is read line by line.
    if (!file.split || !file.text.includes(TODO)) return [];
    const { yamlOffset, bodyOffset } = file.split;
    const lines = file.text.split('\n');
    // Lines before the body are frontmatter (all of them in a data file, which has no body).
    const frontmatterEnd = hasBody(file.collection) ? bodyOffset : lines.length;
    const found: Problem[] = [];
    lines.forEach((line, i) => {
      const mark = MARK.exec(line);
      if (!mark || i < yamlOffset) return;
      const inFrontmatter = i < frontmatterEnd;
      const key = inFrontmatter ? KEY.exec(line)?.[1] : undefined;
      const value = line.slice(0, mark.index).replace(KEY, '').trim();
      found.push({
        file: file.file,
        line: i + 1,
        field: key ?? (inFrontmatter ? '(frontmatter)' : '(body)'),
        found: value ? `the scaffold's placeholder ${value}` : "the scaffold's placeholder",
        expected: mark[1]!,
      });
    });
    return found;
  },
};
