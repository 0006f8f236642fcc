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
import { fileNames } from './rules/file-names.ts';
import { frontmatter } from './rules/frontmatter.ts';
import { placeholders } from './rules/placeholders.ts';
import { references } from './rules/references.ts';
import { schema } from './rules/schema.ts';
import { urls } from './rules/urls.ts';

export const RULES: readonly Rule[] = [fileNames, frontmatter, schema, urls, references, duplicates, dates, body, bodyLinks, citations, placeholders];

export interface CheckResult {
  /** Problems that stop the build. */
  problems: Problem[];
  /** Problems listed but allowed (scaffold placeholders). */
  warnings: Problem[];
  /** What the citation rule reports without failing the build. */
  citations: CitationFindings;
}

/** Results of rules that read only their file, kept per file object: a reloaded file is a new object. */
const localResults = new WeakMap<ModelFile, Map<Rule, Problem[]>>();

/** Results of the other rules, per model and file path, for the model made from it by the next save. */
const modelResults = new WeakMap<ContentModel, Map<string, Map<Rule, Problem[]>>>();

/**
 * Whether a file's results from the model before one save still hold: they do when the save
 * kept every id (no file added, removed or renamed) and the file does not mention the saved
 * entry's id, since the other rules read other entries only through the ids a file names.
 */
function unaffectedBySave(model: ContentModel): (file: ModelFile) => boolean {
  const change = model.changedFrom;
  const before = change && change.model.files.find((f) => f.file === change.file.file);
  const id = change?.file.id;
  if (!change || !before || id === undefined || before.id !== id || change.model.files.length !== model.files.length) return () => false;
  return (file) => file.file !== change.file.file && !file.text.includes(id);
}

function run(rule: Rule, file: ModelFile, model: ContentModel, kept: Map<Rule, Problem[]> | undefined): Problem[] {
  const local = rule.local ? localResults.get(file) : kept;
  const result = local?.get(rule) ?? rule.check(file, model);
  if (rule.local) localResults.set(file, (local ?? new Map()).set(rule, result));
  return result;
}

export function checkContent(model: ContentModel, rules: readonly Rule[] = RULES): CheckResult {
  const result: CheckResult = { problems: [], warnings: [], citations: citationFindings(model) };
  const previous = model.changedFrom && modelResults.get(model.changedFrom.model);
  const unaffected = unaffectedBySave(model);
  const results = new Map<string, Map<Rule, Problem[]>>();
  for (const file of model.files) {
    const kept = previous && unaffected(file) ? previous.get(file.file) : undefined;
    const mine = new Map<Rule, Problem[]>();
    for (const rule of rules) {
      const problems = run(rule, file, model, kept);
      if (!rule.local) mine.set(rule, problems);
      result[rule.severity === 'error' ? 'problems' : 'warnings'].push(...problems);
    }
    results.set(file.file, mine);
  }
  modelResults.set(model, results);
  result.problems.sort(byPosition);
  result.warnings.sort(byPosition);
  return result;
}

/** The check of files held in memory (a draft, a test's corpus). */
export function checkFiles(files: readonly ContentFile[]): CheckResult {
  return checkContent(modelOfFiles(files));
}
