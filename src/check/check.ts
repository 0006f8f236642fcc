/**
 * The content check that runs before every build: the rules below, each over every file of
 * the content model, reported together, each problem with the file, the line, the field, what
 * was found and what was expected. Astro alone would log a dangling reference and build anyway.
 */
import { modelOfFiles, type ContentFile, type ContentModel, type ModelFile } from '../model/loader.ts';
import { byPosition, type Problem } from './problem.ts';
import type { Rule } from './rule.ts';
import { body } from './rules/body.ts';
import { bodyLinks } from './rules/body-links.ts';
import { citationFindings, citations, type CitationFindings } from './rules/citations.ts';
import { dates } from './rules/dates.ts';
import { duplicates } from './rules/duplicates.ts';
import { encoding } from './rules/encoding.ts';
import { FILE_NAME_FIELD, fileNames, strayProblems } from './rules/file-names.ts';
import { frontmatter } from './rules/frontmatter.ts';
import { names, namesOf } from './rules/names.ts';
import { placeholders } from './rules/placeholders.ts';
import { plainText } from './rules/plain-text.ts';
import { references } from './rules/references.ts';
import { schema } from './rules/schema.ts';
import { urls } from './rules/urls.ts';

export const RULES: readonly Rule[] = [fileNames, encoding, frontmatter, schema, plainText, urls, references, duplicates, names, dates, body, bodyLinks, citations, placeholders];

export interface CheckResult {
  /** Problems that stop the build. */
  problems: Problem[];
  /** Problems listed but allowed (scaffold placeholders). */
  warnings: Problem[];
  /** What the citation rule reports without failing the build. */
  citations: CitationFindings;
}

/**
 * Each checked model's results, per file object and rule (at its place in the list), so the
 * model made from it by the next save keeps what still holds: every result of a file the save
 * leaves unaffected, and for the others (a file still the same object) the rules that read
 * only their file.
 */
const checked = new WeakMap<ContentModel, { rules: readonly Rule[]; byFile: Map<ModelFile, Problem[][]> }>();

const sameRules = (a: readonly Rule[], b: readonly Rule[]) => a.length === b.length && a.every((rule, i) => rule === b[i]);

/**
 * Whether a file's results from the model before one save still hold: they do when the save
 * kept every id (no file added, removed or renamed) and every name (title and aliases), and
 * the file does not mention the saved entry's id, since the other rules read other entries
 * only through the ids a file names.
 */
function unaffectedBySave(model: ContentModel): (file: ModelFile) => boolean {
  const change = model.changedFrom;
  const before = change && change.model.files.find((f) => f.file === change.file.file);
  const id = change?.file.id;
  if (!change || !before || id === undefined || before.id !== id || change.model.files.length !== model.files.length) return () => false;
  // The names rule compares every entry's names: a changed one may clash with any file's.
  const named = (file: ModelFile) => JSON.stringify(file.entry && namesOf(file.entry));
  if (named(before) !== named(change.file)) return () => false;
  return (file) => file.file !== change.file.file && !file.text.includes(id);
}

export function checkContent(model: ContentModel, rules: readonly Rule[] = RULES): CheckResult {
  const result: CheckResult = { problems: [], warnings: [], citations: citationFindings(model) };
  const previous = model.changedFrom && checked.get(model.changedFrom.model);
  const before = previous && sameRules(previous.rules, rules) ? previous.byFile : undefined;
  const unaffected = unaffectedBySave(model);
  const byFile = new Map<ModelFile, Problem[][]>();
  for (const file of model.files) {
    const kept = before?.get(file);
    const keepAll = kept !== undefined && unaffected(file);
    const results = rules.map((rule, i) => (kept && (rule.local || keepAll) ? kept[i]! : rule.check(file, model)));
    byFile.set(file, results);
    results.forEach((problems, i) => {
      if (problems.length > 0) result[rules[i]!.severity === 'error' ? 'problems' : 'warnings'].push(...problems);
    });
  }
  checked.set(model, { rules, byFile });
  // First: a file not taken as an entry (its name or extension), or in a folder that is not
  // read, makes others' references to it dangle below.
  const cause = (p: Problem) => (p.field === FILE_NAME_FIELD ? 0 : 1);
  result.problems.sort((a, b) => cause(a) - cause(b) || byPosition(a, b));
  result.problems.unshift(...strayProblems(model.strays));
  result.warnings.sort(byPosition);
  return result;
}

/** The check of files held in memory (a draft, a test's corpus). */
export function checkFiles(files: readonly ContentFile[]): CheckResult {
  return checkContent(modelOfFiles(files));
}
