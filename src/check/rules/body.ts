/** An MDX body must compile, and use only the components the entry page passes to it. */
import { CITE } from '../../model/body-outline.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** Components an MDX body may use (entities are linked with Markdown links). */
export const MDX_COMPONENTS: readonly string[] = [CITE];

export const body: Rule = {
  name: 'body',
  severity: 'error',
  local: true,
  check(file) {
    const error = file.mdxError;
    if (error) {
      return [{
        file: file.file,
        line: error.line,
        field: '(body)',
        found: `invalid MDX${error.column ? ` at column ${error.column}` : ''}: ${error.message.replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/, '')}`,
        expected: 'valid MDX: close every tag, and write a literal "{" or "<" as "\\{" or "&lt;"',
      }];
    }
    return (file.outline?.components ?? [])
      .filter((c) => !/^[a-z]/.test(c.name) && !MDX_COMPONENTS.includes(c.name))
      .map((c): Problem => ({
        file: file.file,
        line: c.line,
        field: '(body)',
        found: `the component <${c.name}>`,
        expected: `Markdown, HTML and <${CITE} src="source-id" /> only; link entities with [text](/people/frank-rubio/)`,
      }));
  },
};
