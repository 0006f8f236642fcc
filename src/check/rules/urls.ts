/**
 * A body links only to web pages, mail addresses or pages of this site: a `javascript:` or
 * `data:` link would run in the reader's browser. (URL fields in frontmatter are held to
 * http: and https: by the schema itself.)
 */
import type { Rule } from '../rule.ts';

const SAFE = /^(?:https?:|mailto:|\/|#)/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export const urls: Rule = {
  name: 'urls',
  severity: 'error',
  local: true,
  check: (file) =>
    (file.outline?.links ?? [])
      .filter((link) => SCHEME.test(link.url.trim()) && !SAFE.test(link.url.trim()))
      .map((link) => ({
        file: file.file,
        line: link.line,
        field: '(body link)',
        found: `a link to "${link.url}"`,
        expected: 'a link starting with https://, http:// or mailto:, or to a page of this site such as /people/frank-rubio/',
      })),
};
