/**
 * Placeholders the scaffold leaves for an author: valid values (so a new entry builds and
 * previews at once) marked with a `TODO:` comment that says what belongs there. The build
 * and `npm run check` list every one still left, so a draft is never silently published.
 */
import type { Problem, SourceFile } from '../check.ts';

/** Written after a placeholder value in YAML (`# TODO: …`) or in an MDX body (`{/* TODO: … *\/}`). */
export const TODO = 'TODO:';

const MARK = /(?:#|\{\/\*)\s*TODO:\s*(.*?)\s*(?:\*\/\})?$/;
const KEY = /^\s*(?:-\s+)?([A-Za-z][\w]*):/;

export function findPlaceholders(files: readonly SourceFile[]): Problem[] {
  const found: Problem[] = [];
  for (const { file, text, collection } of files) {
    const lines = text.split('\n');
    // Data files are all frontmatter; an MDX file's frontmatter ends at its second "---".
    let inFrontmatter = collection === 'sources';
    let fences = 0;
    lines.forEach((line, i) => {
      if (collection !== 'sources' && line.trim() === '---' && fences < 2) {
        fences++;
        inFrontmatter = fences === 1;
        return;
      }
      const mark = MARK.exec(line);
      if (!mark) return;
      const key = inFrontmatter ? KEY.exec(line)?.[1] : undefined;
      const value = line.slice(0, mark.index).replace(KEY, '').trim();
      found.push({
        file,
        line: i + 1,
        field: key ?? (inFrontmatter ? '(frontmatter)' : '(body)'),
        found: value ? `the scaffold's placeholder ${value}` : "the scaffold's placeholder",
        expected: mark[1]!,
      });
    });
  }
  return found;
}
