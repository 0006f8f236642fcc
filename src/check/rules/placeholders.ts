/**
 * Placeholders the scaffold leaves for an author: valid values (so a new entry builds and
 * previews at once) marked with a `TODO:` comment that says what belongs there. The build
 * and `npm run check` list every one still left, so a draft is never silently published,
 * even when the comment is deleted and the value kept ("TODO", https://example.org/TODO).
 */
import { hasBody } from '../../model/collections.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** Written after a placeholder value in YAML (`# TODO: …`) or in an MDX body (`{/* TODO: … *\/}`). */
export const TODO = 'TODO:';

const MARK = /(?:#|\{\/\*)\s*TODO:\s*(.*?)\s*(?:\*\/\})?$/;
const KEY = /^\s*(?:-\s+)?([A-Za-z][\w]*):/;
/** The scaffold's placeholder values themselves, left without their comment. */
const VALUE = /^\s*(?:-\s+)?(?:[A-Za-z]\w*:\s*)?(?:(["']?)TODO\1|["']?https:\/\/example\.org\/TODO["']?)\s*$/;

export const placeholders: Rule = {
  name: 'placeholders',
  severity: 'warning',
  local: true,
  check(file) {
    // Most files have no placeholder: only a file holding "TODO" is read line by line.
    if (!file.split || !file.text.includes('TODO')) return [];
    const { yamlOffset, bodyOffset } = file.split;
    const lines = file.text.split('\n');
    // Lines before the body are frontmatter (all of them in a data file, which has no body).
    const frontmatterEnd = hasBody(file.collection) ? bodyOffset : lines.length;
    const found: Problem[] = [];
    lines.forEach((line, i) => {
      const mark = MARK.exec(line);
      const inFrontmatter = i < frontmatterEnd;
      if (!mark && inFrontmatter && i >= yamlOffset && VALUE.test(line)) {
        const key = KEY.exec(line)?.[1];
        found.push({ file: file.file, line: i + 1, field: key ?? '(frontmatter)', found: `the scaffold's placeholder ${line.replace(KEY, '').trim()}`, expected: 'the real value: the scaffold left this to fill' });
      }
      if (!mark || i < yamlOffset) return;
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
