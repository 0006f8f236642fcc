/**
 * The one frontmatter splitter and YAML reader. YAML goes through the `yaml` package with its
 * core schema, so `2022-02-30` stays the text the author wrote (and is reported as a date that
 * does not exist, not rolled over into March), and with a line counter, so every value has a
 * real position in the file.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

// A fence may carry trailing spaces, which no author sees (Astro reads such a fence too).
const FENCES = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

export interface SplitFile {
  /** The YAML text (all of a data file). */
  yaml: string;
  /** Lines of the file before the YAML starts. */
  yamlOffset: number;
  body: string;
  /** Lines of the file before the body starts. */
  bodyOffset: number;
}

/** Splits an MDX file at its `---` fences; undefined when it has none. A data file is all YAML. */
export function splitFrontmatter(text: string, hasBody: boolean): SplitFile | undefined {
  if (!hasBody) return { yaml: text, yamlOffset: 0, body: '', bodyOffset: 0 };
  const m = FENCES.exec(text);
  if (!m) return undefined;
  return { yaml: m[1] ?? '', yamlOffset: 1, body: text.slice(m[0].length), bodyOffset: m[0].split('\n').length - 1 };
}

export interface YamlError {
  line: number;
  column: number;
  message: string;
  /** The `yaml` package's error code, e.g. "TAB_AS_INDENT". */
  code: string;
}

/**
 * An unquoted value that a `#` cut short: `title: Spacewalk #257` is the title "Spacewalk" and
 * a comment. Only a `#` with no space after it counts ("#257", "#4 on channel 4A"): a comment
 * is written "# like this".
 */
export interface CutValue {
  path: Array<string | number>;
  line: number;
  /** The value as YAML reads it. */
  value: string;
  /** The line as written, from the value on. */
  written: string;
}

export interface ParsedYaml {
  /** The data as plain values; undefined when the YAML does not parse. */
  value: unknown;
  error: YamlError | undefined;
  cut: CutValue[];
  /** The file line where the value at a path (or the nearest part of it that exists) stands. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function parseYaml(text: string, lineOffset: number): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter: lines, prettyErrors: false });
  const line = (offset: number) => lines.linePos(offset).line + lineOffset;
  const [first] = doc.errors;
  if (first) {
    const at = lines.linePos(first.pos[0]);
    return {
      value: undefined,
      error: { line: at.line + lineOffset, column: at.col, message: first.message.replace(/ at line \d+, column \d+[\s\S]*$/, ''), code: first.code },
      cut: [],
      lineOf: () => undefined,
    };
  }
  const cut: CutValue[] = [];
  const findCuts = (node: unknown, path: Array<string | number>): void => {
    if (isMap(node)) for (const pair of node.items) findCuts(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
    else if (isSeq(node)) node.items.forEach((item, i) => findCuts(item, [...path, i]));
    else if (isScalar(node) && node.type === 'PLAIN' && node.comment && !/^\s/.test(node.comment) && node.range) {
      const from = node.range[0];
      const end = text.indexOf('\n', from);
      cut.push({ path, line: line(from), value: String(node.value), written: text.slice(from, end === -1 ? undefined : end).trimEnd() });
    }
  };
  findCuts(doc.contents, []);
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let found: number | undefined;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
        const key = pair?.key as Node | undefined;
        if (!pair || !key?.range) return found;
        found = line(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number') {
        const item = node.items[step] as Node | undefined;
        if (!item?.range) return found;
        found = line(item.range[0]);
        node = item;
      } else {
        return found;
      }
    }
    return found;
  };
  return { value: doc.toJS() ?? {}, error: undefined, cut, lineOf };
}
