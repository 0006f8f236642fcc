/** A problem the content check reports, and how it is shown to an author. */

export interface Problem {
  file: string;
  line?: number | undefined;
  field: string;
  found: string;
  expected: string;
}

/** A value as an author would recognise it in their file. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `crew[0].person` for the path ['crew', 0, 'person']. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}\n  field:    ${p.field}\n  found:    ${p.found}\n  expected: ${p.expected}`;
}

/** `consequence` tells the author what the problems stopped, e.g. "the site was not built". */
export function formatProblems(problems: readonly Problem[], consequence: string): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Content check found ${count}; ${consequence}.\n\n${problems.map(formatProblem).join('\n\n')}\n`;
}

/** File order, then line order: how an author reads the list. */
export function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
