/** The data must pass its collection's schema; each Zod issue becomes a problem in an author's words. */
import type { z } from 'astro/zod';
import { COLLECTION_INFO } from '../../model/collections.ts';
import { PARTIAL_DATE_FORMS } from '../../model/dates.ts';
import { collectionFields, describeKind, fieldAt } from '../../model/fields.ts';
import type { ModelFile } from '../../model/loader.ts';
import { fieldName, show, type Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { didYouMean, nearest } from '../suggest.ts';

/** Zod's type names in an author's words. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list: [a, b] on one line, or one "- item" per line',
  object: 'a group of indented "field: value" lines',
  number: 'a number',
  boolean: 'true or false',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Object.entries(value).find(([k]) => k === String(step))?.[1];
  }
  return value;
}

/** The fields that belong where a key stands: the collection's at the top, a group's own inside it (`crew[0]`: person, role, flew). */
function fieldsAt(file: ModelFile, path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return collectionFields(file.collection).map((f) => f.name);
  const group = fieldAt(file.collection, path)?.kind;
  const inner = group?.type === 'list' ? group.of : group;
  return inner?.type === 'group' ? inner.fields.map((f) => f.name) : [];
}

const MISSING = 'the field is missing';

export function issueToProblems(file: ModelFile, issue: z.core.$ZodIssue): Problem[] {
  const line = (path: readonly PropertyKey[]) => file.yaml?.lineOf(path);
  if (issue.code === 'unrecognized_keys') {
    const top = issue.path.length === 0;
    const names = fieldsAt(file, issue.path);
    const whose = top ? `the ${COLLECTION_INFO[file.collection].singular} fields` : `the fields of ${fieldName(issue.path)}`;
    return issue.keys.map((key) => ({
      file: file.file,
      line: line([...issue.path, key]),
      field: fieldName([...issue.path, key]),
      found: `unknown key "${key}"`,
      expected: names.length > 0 ? `one of ${whose}${didYouMean(key, names)}: ${names.join(', ')}` : `only the fields this item has (${issue.message})`,
    }));
  }
  const value = valueAt(file.raw, issue.path);
  const field = fieldAt(file.collection, issue.path);
  const help = field?.description || undefined;
  // A missing field is missing, whatever Zod calls it (a missing choice is an invalid value to it).
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && value === undefined) {
    const shape = field?.kind.type === 'date' ? `a date: ${PARTIAL_DATE_FORMS}` : field && ['reference', 'url', 'enum'].includes(field.kind.type) ? describeKind(field.kind) : undefined;
    return [{
      file: file.file,
      // Where it belongs: in the group or list item that lacks it, or else the frontmatter, which opens the file.
      line: line(issue.path.slice(0, -1)) ?? 1,
      field: fieldName(issue.path),
      found: MISSING,
      expected: `a required field: ${shape ?? (issue.code === 'invalid_type' ? TYPE_WORDS[issue.expected] ?? issue.expected : 'text')}${help ? ` — ${help}` : ''}`,
    }];
  }
  let expected = issue.message.replace(/^Invalid input: /, '');
  // What belongs at the path: a list's item, or the field itself.
  const kind = field?.kind.type === 'list' && typeof issue.path.at(-1) === 'number' ? field.kind.of : field?.kind;
  // An id, a URL or a choice is text to Zod; the author is told which ("organization id"), and that it is one.
  if (issue.code === 'invalid_type') {
    const words = issue.expected === 'string' && kind && kind.type !== 'text' ? describeKind(kind) : TYPE_WORDS[issue.expected] ?? expected;
    expected = Array.isArray(value) && issue.expected !== 'array' ? `one ${words.replace(/^one of /, 'of ')}, not a list` : words;
  }
  // A group's fields, so a bare value where a group belongs shows what to write instead.
  if (issue.code === 'invalid_type' && issue.expected === 'object' && kind?.type === 'group') expected += ` (${kind.fields.map((f) => `${f.name}: …`).join(', ')})`;
  if (issue.code === 'invalid_value') expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return [{
    file: file.file,
    line: line(issue.path),
    field: fieldName(issue.path),
    // `summary:` with nothing after it is YAML's null, a word the author never wrote.
    found: value === null ? 'no value: the field is empty' : show(value),
    expected: help && issue.code === 'invalid_type' ? `${expected} — ${help}` : expected,
  }];
}

export const schema: Rule = {
  name: 'schema',
  severity: 'error',
  local: true,
  check: (file) => {
    // "summery:" for "summary:" is one slip: its unknown key says "did you mean", so the field it meant is not reported missing as well.
    const meant = new Set(
      file.issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.flatMap((key) => {
        const near = nearest(key, fieldsAt(file, issue.path));
        return near ? [fieldName([...issue.path, near])] : [];
      }) : [])),
    );
    return file.issues.flatMap((issue) => issueToProblems(file, issue)).filter((p) => !(p.found === MISSING && meant.has(p.field)));
  },
};
