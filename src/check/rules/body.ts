/**
 * An MDX body must compile, and hold only what a page may show: Markdown text and links, the
 * components the entry page passes to it, and HTML that marks up text. MDX turns any element, attribute or
 * `{…}` into real markup or code, so `<script>`, `<iframe>`, `onclick`, `set:html` or an
 * expression would put into the page what the author wrote, unescaped: refused.
 */
import { CITE, type BodyElement } from '../../model/body-outline.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** HTML elements a body may write: phrasing that marks up text, nothing that loads, embeds or runs. */
export const BODY_HTML_ELEMENTS: readonly string[] = [
  'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
];

/** Their attributes: none that styles, links or handles events. */
export const BODY_HTML_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir', 'datetime', 'value'];

const WHAT_A_BODY_HOLDS = `Markdown, <${CITE} src="source-id" /> and inline HTML (${BODY_HTML_ELEMENTS.map((e) => `<${e}>`).join(' ')}) only; link entities with [text](/people/frank-rubio/)`;

const isHtml = (name: string) => /^[a-z]/.test(name);

function elementProblems(file: string, element: BodyElement): Problem[] {
  const at = { file, line: element.line, field: '(body)' };
  // The one component the entry page passes (entities are linked with Markdown links); its
  // own shape is the citations rule's concern.
  if (element.name === CITE) return [];
  if (!isHtml(element.name)) return [{ ...at, found: `the component <${element.name}>`, expected: WHAT_A_BODY_HOLDS }];
  if (!BODY_HTML_ELEMENTS.includes(element.name)) return [{ ...at, found: `the HTML element <${element.name}>`, expected: WHAT_A_BODY_HOLDS }];
  return element.attributes
    .filter((attribute) => attribute.inBraces || !BODY_HTML_ATTRIBUTES.includes(attribute.name))
    .map((attribute) => ({
      ...at,
      found: attribute.inBraces ? `the attribute ${attribute.name} on <${element.name}>, written in braces` : `the attribute ${attribute.name} on <${element.name}>`,
      expected: `only ${BODY_HTML_ATTRIBUTES.join(', ')}, each as text in quotes`,
    }));
}

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
    const code = (file.outline?.code ?? []).map((c): Problem => ({
      file: file.file,
      line: c.line,
      field: '(body)',
      found: c.kind === 'expression' ? 'an expression in braces, which MDX runs when the site is built' : 'an import or export statement',
      expected: c.kind === 'expression' ? 'text: write a literal "{" as "\\{"' : `none: <${CITE}> needs no import, and a body holds text only`,
    }));
    const images = (file.outline?.images ?? []).map((image): Problem => ({
      file: file.file,
      line: image.line,
      field: '(body)',
      found: `the image "${image.url}"`,
      expected: 'text: a body shows no images (one from another site would be fetched from it by every reader)',
    }));
    return [...(file.outline?.elements ?? []).flatMap((element) => elementProblems(file.file, element)), ...code, ...images].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  },
};
