/**
 * An MDX body must compile, and hold only what a page may show: Markdown text and links, the
 * component the entry page passes to it, and HTML that marks up text. MDX turns any element,
 * attribute or `{…}` into real markup or code, so a `<script>`, an `<iframe>`, an `onclick`,
 * `set:html` or an expression would put into the page what the author wrote: refused. A
 * `datetime` must be a date, and a heading a section's (the page has one title) with an
 * anchor of its own, not one of the page's parts (`#sources`).
 */
import { CITE, type BodyElement } from '../../model/body-outline.ts';
import { PARTIAL_DATE_FORMS, parsePartialDate } from '../../model/dates.ts';
import { PAGE_IDS } from '../../site/routes.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';

/** HTML elements a body may write: phrasing that marks up text, nothing that loads, embeds or runs. */
const BODY_HTML_ELEMENTS: readonly string[] = [
  'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
];

/** Their attributes: none that styles, links or handles events. */
const BODY_HTML_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir', 'datetime', 'value'];

const WHAT_A_BODY_HOLDS = `Markdown, <${CITE} src="source-id" /> and inline HTML (${BODY_HTML_ELEMENTS.map((e) => `<${e}>`).join(' ')}) only; link entities with [text](/people/frank-rubio/)`;

/** The field of every problem of this rule: what the body holds, not a frontmatter field. */
export const BODY_FIELD = '(body)';

const isHtml = (name: string) => /^[a-z]/.test(name);

/** `<Cite src=id />`: MDX's error for it speaks of JSX, not of the missing quotes. */
const CITE_WITHOUT_QUOTES = new RegExp(`<${CITE}\\s+src=[^"'{]`);

type At = Pick<Problem, 'file' | 'line' | 'field'>;

/** What a `datetime` holds: a date as entries write theirs, so the page's machine-readable dates are real ones. */
function datetimeProblem(at: At, element: BodyElement): Problem[] {
  const value = element.attributes.find((a) => a.name === 'datetime')?.value;
  if (value === undefined) return [];
  try {
    parsePartialDate(value);
    return [];
  } catch {
    return [{ ...at, found: `datetime="${value}" on <${element.name}>`, expected: `a date that exists, written ${PARTIAL_DATE_FORMS}` }];
  }
}

function elementProblems(at: At, element: BodyElement): Problem[] {
  // The one component the entry page passes (entities are linked with Markdown links); its
  // own shape is the citations rule's concern.
  if (element.name === CITE) return [];
  if (!isHtml(element.name)) return [{ ...at, found: `the component <${element.name}>`, expected: WHAT_A_BODY_HOLDS }];
  if (!BODY_HTML_ELEMENTS.includes(element.name)) return [{ ...at, found: `the HTML element <${element.name}>`, expected: WHAT_A_BODY_HOLDS }];
  // HTML's <cite> (a work's title) given a source: the citation component was meant.
  if (element.name === CITE.toLowerCase() && element.attributes.some((a) => a.name === 'src')) {
    return [{ ...at, found: `<${element.name} src=…>, HTML's element for the title of a work`, expected: `a citation, written with a capital C: <${CITE} src="source-id" />` }];
  }
  const refused = element.attributes
    .filter((attribute) => attribute.inBraces || !BODY_HTML_ATTRIBUTES.includes(attribute.name))
    .map((attribute) => ({
      ...at,
      found: attribute.inBraces ? `the attribute ${attribute.name} on <${element.name}>, written in braces` : `the attribute ${attribute.name} on <${element.name}>`,
      expected: `only ${BODY_HTML_ATTRIBUTES.join(', ')}, each as text in quotes`,
    }));
  return [...refused, ...datetimeProblem(at, element)];
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
        field: BODY_FIELD,
        found: `invalid MDX${error.column ? ` at column ${error.column}` : ''}: ${error.message.replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/, '')}`,
        expected: error.line !== undefined && CITE_WITHOUT_QUOTES.test(file.text.split('\n')[error.line - 1] ?? '')
          ? `the ids in double quotes: <${CITE} src="source-id" />`
          : 'valid MDX: close every tag, and write a literal "{" or "<" as "\\{" or "&lt;"',
      }];
    }
    const at = (line: number): At => ({ file: file.file, line, field: BODY_FIELD });
    const { elements = [], code = [], images = [], titleHeadings = [], headings = [], unresolved = [], footnotes = [] } = file.outline ?? {};
    return [
      ...unresolved.map((u): Problem => ({
        ...at(u.line),
        found: `"${u.text}", shown as written: ${u.text.startsWith('[^') ? 'a footnote' : `a reference link whose label has no "[label]: /address/" line`}`,
        expected: u.text.startsWith('[^')
          ? `a citation where the statement stands: <${CITE} src="source-id" />`
          : 'a link written [text](/people/id/), or a definition line for its label',
      })),
      ...footnotes.map((f): Problem => ({
        ...at(f.line),
        found: `"${f.text}", a footnote: the page would number it apart from its citations, and its note would cite nothing`,
        expected: `a citation where the statement stands, <${CITE} src="source-id" />, and any note in the text itself`,
      })),
      ...headings.filter((h) => PAGE_IDS.has(h.anchor)).map((h): Problem => ({
        ...at(h.line),
        found: `a heading whose anchor, "#${h.anchor}", is the page's own (its ${h.anchor.replace(/-/g, ' ')} part)`,
        expected: 'a heading of other words: a link to that anchor would land on one of two places',
      })),
      ...titleHeadings.map((line): Problem => ({
        ...at(line),
        found: 'a level-1 heading (# …), a second title on the page',
        expected: 'a section heading, "## …": the entry\'s title is the page\'s one title',
      })),
      ...elements.flatMap((element) => elementProblems(at(element.line), element)),
      ...code.map((c): Problem => ({
        ...at(c.line),
        found: c.kind === 'expression' ? 'an expression in braces, which MDX runs when the site is built' : 'an import or export statement',
        expected: c.kind === 'expression' ? 'text: write a literal "{" as "\\{"' : `none: <${CITE}> needs no import, and a body holds text only`,
      })),
      ...images.map((image): Problem => ({
        ...at(image.line),
        found: `the image "${image.url}"`,
        expected: 'text: a body shows no images (one from another site would be fetched from it by every reader)',
      })),
    ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  },
};
