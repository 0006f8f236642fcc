/**
 * What an MDX body says about the rest of the site: the links it makes, the components it
 * uses and the anchors its headings create. Parsed with satteri, the MDX parser Astro's
 * own MDX integration uses, so a body that passes here also compiles there.
 */
import GithubSlugger from 'github-slugger';
import { mdxToMdast } from 'satteri';

export interface BodyLink {
  url: string;
  line: number;
}

export interface BodyComponent {
  name: string;
  line: number;
}

export interface BodyOutline {
  links: BodyLink[];
  components: BodyComponent[];
  /** Heading anchors, made the way Astro makes heading ids. */
  anchors: string[];
}

export class MdxSyntaxError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, line: number | undefined, column: number | undefined) {
    super(message);
    this.line = line;
    this.column = column;
  }
}

interface Node {
  type: string;
  url?: string;
  name?: string | null;
  value?: string;
  children?: Node[];
  position?: { start: { line: number } };
}

function textOf(node: Node): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** `lineOffset` is the number of lines before the body in its file (the frontmatter). */
export function outlineBody(body: string, lineOffset = 0): BodyOutline {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
    if (!m) throw new MdxSyntaxError(message, undefined, undefined);
    throw new MdxSyntaxError(m[3]!.trim(), Number(m[1]) + lineOffset, Number(m[2]));
  }
  const outline: BodyOutline = { links: [], components: [], anchors: [] };
  const slugger = new GithubSlugger();
  const visit = (node: Node) => {
    const line = (node.position?.start.line ?? 1) + lineOffset;
    if (node.type === 'link' && node.url) outline.links.push({ url: node.url, line });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      outline.components.push({ name: node.name, line });
    }
    if (node.type === 'heading') outline.anchors.push(slugger.slug(textOf(node)));
    node.children?.forEach(visit);
  };
  visit(tree);
  return outline;
}
