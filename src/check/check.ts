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

function run(rule: Rule, file: ModelFile, model: ContentModel): Problem[] {
  if (!rule.local) return rule.check(file, model);
  const kept = localResults.get(file) ?? new Map<Rule, Problem[]>();
  localResults.set(file, kept);
  const result = kept.get(rule) ?? rule.check(file, model);
  kept.set(rule, result);
  return result;
}

export function checkContent(model: ContentModel, rules: readonly Rule[] = RULES): CheckResult {
  const result: CheckResult = { problems: [], warnings: [], citations: citationFindings(model) };
  for (const file of model.files) {
    for (const rule of rules) result[rule.severity === 'error' ? 'problems' : 'warnings'].push(...run(rule, file, model));
  }
  result.problems.sort(byPosition);
  result.warnings.sort(byPosition);
  return result;
}

/** The check of files held in memory (a draft, a test's corpus). */
export function checkFiles(files: readonly ContentFile[]): CheckResult {
  return checkContent(modelOfFiles(files));
}
