/**
 * What an MDX body says about the rest of the site: the links it makes, the elements and
 * components it writes (with their attributes), the code it holds, the sources it cites, the
 * paragraphs that cite none and the anchors its headings create. Parsed with satteri, the MDX
 * parser Astro's own MDX integration uses, so a body that passes here also compiles there.
 */
import GithubSlugger from 'github-slugger';
import { SLUG } from './ids.ts';
import { mdxToMdast, type MdastNode as Node, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';

export interface BodyLink {
  url: string;
  line: number;
}

/** An attribute as written: `inBraces` when its value (or the whole attribute, a spread) is code. */
export interface BodyAttribute {
  name: string;
  inBraces: boolean;
  /** The value written in quotes, if any. */
  value?: string | undefined;
}

/** An element or component written in the body: `<abbr title="…">`, `<Cite src="…" />`. */
export interface BodyElement {
  name: string;
  attributes: BodyAttribute[];
  line: number;
}

/** Code in a body, which MDX runs when the site is built: `{…}`, or an import or export. */
export interface BodyCode {
  kind: 'expression' | 'import or export';
  line: number;
}

/** One `<Cite src="a, b" />`: the source ids it names, in the order written. */
export interface BodyCitation {
  ids: string[];
  line: number;
  /** Why the element is not a well-formed citation, and how to write it, when it is not. */
  malformed?: { found: string; expected: string };
}

/** The component that cites sources inline. */
export const CITE = 'Cite';

export interface BodyOutline {
  /** Inline links and reference links (`[text][ref]` with `[ref]: url`), at the line of the text. */
  links: BodyLink[];
  /** Markdown images, inline or by reference: a body shows none. */
  images: BodyLink[];
  elements: BodyElement[];
  code: BodyCode[];
  citations: BodyCitation[];
  /**
   * The line of each paragraph with text and no citation anywhere in it, list items and quotes
   * included: all the check reports of paragraphs, kept as lines since every build loads it.
   */
  uncitedParagraphs: number[];
  /** Each heading's anchor, made the way Astro makes heading ids, and its line. */
  headings: Array<{ anchor: string; line: number }>;
  /** Lines of level-1 headings (`# …`): the page's one title is the entry's. */
  titleHeadings: number[];
  /**
   * Text that was meant as a reference link or a footnote but shows as written, brackets and
   * all: `[Crew-6][c7]` with no `[c7]: …` line, or `text[^1]`.
   */
  unresolved: Array<{ text: string; line: number }>;
  /** Footnotes with their definition (`text[^1]` and a `[^1]: …` line): numbered apart from the citations. */
  footnotes: Array<{ text: string; line: number }>;
}

/** A full or collapsed reference (`[text][label]`, `[text][]`) or a footnote (`[^1]`) left in the text: none was defined. */
const UNRESOLVED = /\[[^\]\n]+\]\[[^\]\n]*\]|\[\^[^\]\s]+\]/g;

export class MdxSyntaxError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, line: number | undefined, column: number | undefined) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

/** `{/* a note to authors *\/}`: MDX's comment, which renders nothing. */
const COMMENT_ONLY = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/;

const childrenOf = (node: Node): readonly Node[] => ('children' in node && node.children ? node.children : []);

/** What holds a node, where a citation cannot stand. */
type Within = 'link' | 'heading' | undefined;

const CITE_SHAPE = '<Cite src="source-id" /> or <Cite src="id-one, id-two" />, right after the text it supports';

/** The ids a `src` attribute names: "a, b" → ["a", "b"]. */
export function citeIds(src: string): string[] {
  return src.split(',').map((id) => id.trim());
}

/** The ids a `<Cite>` names, or why it cannot be read as a citation. */
function readCitation(node: MdxJsxFlowElement | MdxJsxTextElement, line: number, within: Within): BodyCitation {
  const fail = (why: string): BodyCitation => ({ ids: [], line, malformed: { found: `a <Cite> with ${why}`, expected: CITE_SHAPE } });
  // Its marker is a link: inside a link it would nest one link in another, and a heading would take its number into its anchor.
  if (within) return { ids: [], line, malformed: { found: `a <Cite> inside ${within === 'link' ? "a link's text" : 'a heading'}`, expected: `${CITE_SHAPE}, outside ${within === 'link' ? 'the link' : 'headings'}` } };
  if (node.type === 'mdxJsxFlowElement') return fail('a paragraph of its own, so it cites no sentence');
  const [first, ...others] = node.attributes;
  const other = [first, ...others].find((a) => a !== undefined && (a.type !== 'mdxJsxAttribute' || a.name !== 'src'));
  if (other) return fail(`an attribute other than src (${other.type === 'mdxJsxAttribute' ? `"${other.name}"` : 'a spread'})`);
  const src = first?.type === 'mdxJsxAttribute' ? first.value : undefined;
  if (src === undefined) return fail('no src attribute');
  if (typeof src !== 'string') return fail('src given as an expression in braces, not as text in quotes');
  if (node.children.length > 0) return fail('text inside the citation');
  const ids = citeIds(src);
  const bad = ids.find((id) => !SLUG.test(id));
  if (bad !== undefined) return fail(bad === '' ? `an empty id in src "${src}"` : `"${bad}", which is not written like an id`);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) return fail(`"${twice}" twice in one citation`);
  return { ids, line };
}

function hasText(node: Node): boolean {
  return textOf(node).trim() !== '';
}

function hasCitation(node: Node): boolean {
  return ('name' in node && node.name === CITE) || childrenOf(node).some(hasCitation);
}

function textOf(node: Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return childrenOf(node).map(textOf).join('');
}

/** `lineOffset` is the number of lines before the body in its file (the frontmatter). */
export function outlineBody(body: string, lineOffset = 0): BodyOutline {
  let tree: Node;
  try {
    tree = mdxToMdast(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
    if (!m) throw new MdxSyntaxError(message, undefined, undefined);
    throw new MdxSyntaxError(m[3]!.trim(), Number(m[1]) + lineOffset, Number(m[2]));
  }
  const outline: BodyOutline = { links: [], images: [], elements: [], code: [], citations: [], uncitedParagraphs: [], headings: [], titleHeadings: [], unresolved: [], footnotes: [] };
  const slugger = new GithubSlugger();
  const definitions = new Map<string, string>();
  const references: Array<{ identifier: string; line: number; image: boolean }> = [];
  const visit = (node: Node, within: Within) => {
    const line = (node.position?.start.line ?? 1) + lineOffset;
    if (node.type === 'link' && node.url) outline.links.push({ url: node.url, line });
    if (node.type === 'image') outline.images.push({ url: node.url, line });
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if (node.type === 'linkReference' || node.type === 'imageReference') references.push({ identifier: node.identifier, line, image: node.type === 'imageReference' });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const attributes = node.attributes.map((a): BodyAttribute =>
        a.type === 'mdxJsxAttribute'
          ? { name: a.name, inBraces: a.value !== null && a.value !== undefined && typeof a.value !== 'string', value: typeof a.value === 'string' ? a.value : undefined }
          : { name: '{...}', inBraces: true },
      );
      outline.elements.push({ name: node.name, attributes, line });
      if (node.name === CITE) outline.citations.push(readCitation(node, line, within));
    }
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !COMMENT_ONLY.test(node.value)) outline.code.push({ kind: 'expression', line });
    if (node.type === 'mdxjsEsm') outline.code.push({ kind: 'import or export', line });
    if (node.type === 'paragraph' && hasText(node) && !hasCitation(node)) outline.uncitedParagraphs.push(line);
    if (node.type === 'heading') outline.headings.push({ anchor: slugger.slug(textOf(node)), line });
    if (node.type === 'heading' && node.depth === 1) outline.titleHeadings.push(line);
    if (node.type === 'text') for (const [text] of node.value.matchAll(UNRESOLVED)) outline.unresolved.push({ text, line });
    if (node.type === 'footnoteReference') outline.footnotes.push({ text: `[^${node.label ?? node.identifier}]`, line });
    const holds: Within = node.type === 'link' || node.type === 'linkReference' ? 'link' : node.type === 'heading' ? 'heading' : within;
    for (const child of childrenOf(node)) visit(child, holds);
  };
  visit(tree, undefined);
  // A reference renders as a link (or image) to its definition's URL, wherever that is written.
  for (const { identifier, line, image } of references) {
    const url = definitions.get(identifier);
    if (url !== undefined) (image ? outline.images : outline.links).push({ url, line });
  }
  return outline;
}
