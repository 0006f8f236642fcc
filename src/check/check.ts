/**
 * The content check that runs before every build: everything an author can get wrong,
 * reported together, each problem with the file, the line, the field, what was found
 * and what was expected. Astro alone would log a dangling reference and build anyway.
 */
import { closest, distance } from 'fastest-levenshtein';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { formatPartialDate, type PartialDate } from '../model/dates.ts';
import { idOfFile } from '../model/ids.ts';
import { CITE, MdxSyntaxError, outlineBody, type BodyOutline } from '../model/body-outline.ts';
import { parseEntryLink, SECTION_IDS, STATIC_PATHS } from '../site/routes.ts';
import type { Problem } from './problem.ts';
import {
  citationProblems,
  duplicateSources,
  entryCitationFindings,
  type CitationFindings,
  type CitingEntry,
} from './rules/citations.ts';
import {
  COLLECTIONS,
  entryPattern,
  makeSchemas,
  plainSchemas,
  SINGULAR,
  type CollectionName,
  type EntryRef,
} from '../model/schema.ts';

export interface SourceFile {
  collection: CollectionName;
  /** Path shown in messages, relative to the project. */
  file: string;
  text: string;
}

export type { Problem };

/** Components an MDX body may use (entities are linked with Markdown links). */
export const MDX_COMPONENTS: readonly string[] = [CITE];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

interface ParsedFile {
  source: SourceFile;
  id: string;
  data: Record<string, unknown>;
  frontmatter: string;
  /** Lines before the body begins, so body positions are file positions. */
  bodyOffset: number;
  body: string;
  outline?: BodyOutline;
}

type Data = Record<string, any>;

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString();
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** The line of the frontmatter where a field's key (or its n-th list item) stands. */
function lineOf(file: ParsedFile, path: readonly PropertyKey[]): number | undefined {
  const lines = file.frontmatter.split('\n');
  const top = path[0];
  if (typeof top !== 'string') return undefined;
  const at = lines.findIndex((l) => l.startsWith(`${top}:`));
  if (at < 0) return undefined;
  let line = at;
  if (typeof path[1] === 'number') {
    let item = -1;
    for (let i = at + 1; i < lines.length && /^(\s|-)/.test(lines[i]!); i++) {
      if (/^\s*-\s/.test(lines[i]!) && lines[i]!.search(/\S/) === lines[at + 1]!.search(/\S/)) item++;
      if (item === path[1]) {
        line = i;
        break;
      }
    }
  }
  return line + 2;
}

function suggest(word: string, candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  const best = closest(word, candidates as string[]);
  return distance(word, best) <= Math.max(2, Math.floor(best.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

function describeSchema(schema: z.ZodType | undefined): string | undefined {
  return schema?.description;
}

function shapeOf(collection: CollectionName): Record<string, z.ZodType> {
  return (plainSchemas[collection] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
}

/** Zod's type names in an author's words. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list: [a, b] on one line, or one "- item" per line',
  object: 'a group of indented "field: value" lines',
  number: 'a number',
  boolean: 'true or false',
};

function schemaIssueToProblem(file: ParsedFile, issue: z.core.$ZodIssue): Problem[] {
  const base = { file: file.source.file };
  const shape = shapeOf(file.source.collection);
  if (issue.code === 'unrecognized_keys') {
    const parentPath = issue.path;
    const keys = parentPath.length === 0 ? Object.keys(shape) : [];
    return issue.keys.map((key) => ({
      ...base,
      line: lineOf(file, [...parentPath, key]),
      field: fieldName([...parentPath, key]),
      found: `unknown key "${key}"`,
      expected:
        parentPath.length === 0
          ? `one of the ${SINGULAR[file.source.collection]} fields${suggest(key, keys)}: ${keys.join(', ')}`
          : `only the fields this item has (${issue.message})`,
    }));
  }
  if (issue.code === 'custom' && issue.params?.found) {
    return [{ ...base, line: lineOf(file, issue.path), field: fieldName(issue.path), found: issue.params.found, expected: issue.params.expected }];
  }
  const value = issue.path.reduce<any>((v, k) => (v == null ? undefined : v[k as any]), file.data);
  const top = typeof issue.path[0] === 'string' ? shape[issue.path[0]] : undefined;
  const help = issue.path.length === 1 ? describeSchema(top) : undefined;
  if (issue.code === 'invalid_type' && value === undefined) {
    return [{
      ...base,
      line: lineOf(file, issue.path.slice(0, 1)),
      field: fieldName(issue.path),
      found: 'the field is missing',
      expected: `a required field: ${TYPE_WORDS[issue.expected] ?? issue.expected}${help ? ` — ${help}` : ''}`,
    }];
  }
  let expected = issue.message.replace(/^Invalid input: /, '');
  if (issue.code === 'invalid_type') expected = TYPE_WORDS[issue.expected] ?? expected;
  if (issue.code === 'invalid_value') expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return [{
    ...base,
    line: lineOf(file, issue.path),
    field: fieldName(issue.path),
    found: show(value),
    expected: help && issue.code === 'invalid_type' ? `${expected} — ${help}` : expected,
  }];
}

/**
 * Reads one file. A file whose name is not an id is skipped; one whose frontmatter does not
 * parse still holds its id (so references to it are not reported too) but has no data.
 */
function parseFile(source: SourceFile, problems: Problem[]): (Omit<ParsedFile, 'data'> & { data?: Record<string, unknown> }) | 'skip' {
  const name = source.file.split('/').pop()!;
  const id = idOfFile(source.collection, source.file);
  if (id === undefined) {
    const extension = entryPattern(source.collection).slice(1);
    problems.push({
      file: source.file,
      field: '(file name)',
      found: `"${name}"`,
      expected: `a ${extension} file: only those are entries in ${source.collection}`,
    });
    return 'skip';
  }
  if (!SLUG.test(id)) {
    problems.push({
      file: source.file,
      field: '(file name)',
      found: `"${name}"`,
      expected: 'a lowercase slug such as "frank-rubio.mdx": the file name is the id and the URL',
    });
    return 'skip';
  }
  const isData = source.collection === 'sources';
  let frontmatter = source.text;
  let body = '';
  let bodyOffset = 0;
  if (!isData) {
    const m = FRONTMATTER.exec(source.text);
    if (!m) {
      problems.push({
        file: source.file,
        line: 1,
        field: '(frontmatter)',
        found: 'no frontmatter block',
        expected: 'the file to start with a "---" line, the fields in YAML, and a closing "---" line',
      });
      return { source, id, frontmatter: '', bodyOffset: 0, body: '' };
    }
    frontmatter = m[1] ?? '';
    bodyOffset = m[0].split('\n').length - 1;
    body = source.text.slice(m[0].length);
  }
  let data: unknown;
  try {
    // CORE_SCHEMA keeps `2022-02-30` as text, so an impossible date is reported, not rolled over.
    data = yaml.load(frontmatter, { schema: yaml.CORE_SCHEMA, filename: source.file });
  } catch (error) {
    const e = error as yaml.YAMLException;
    problems.push({
      file: source.file,
      line: e.mark ? e.mark.line + 1 + (isData ? 0 : 1) : undefined,
      field: '(YAML syntax)',
      // The column sits with what was found, as for MDX errors: together they point at the spot.
      found: `${e.mark ? `at column ${e.mark.column + 1}: ` : ''}${e.reason ?? e.message}`,
      expected: 'valid YAML; quote values that contain ": " or start with a special character',
    });
    return { source, id, frontmatter, bodyOffset, body };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file: source.file, line: 1, field: '(frontmatter)', found: show(data), expected: 'a set of "field: value" lines' });
    return { source, id, frontmatter, bodyOffset, body };
  }
  return { source, id, data: data as Record<string, unknown>, frontmatter, bodyOffset, body };
}

interface Checked {
  file: ParsedFile;
  data: Data;
}

function day(d: PartialDate): string {
  return formatPartialDate(d);
}

/** Checks across entries that no single schema can express. */
function crossChecks(all: Map<string, Checked>, problems: Problem[]) {
  const get = (ref: EntryRef | undefined) => (ref ? all.get(`${ref.collection}/${ref.id}`) : undefined);
  for (const { file, data } of all.values()) {
    const p = (path: PropertyKey[], found: string, expected: string) =>
      problems.push({ file: file.source.file, line: lineOf(file, path), field: fieldName(path), found, expected });
    switch (file.source.collection) {
      case 'events': {
        if (data.end && data.end.end <= data.date.start) {
          p(['end'], day(data.end), `a date after the event's start (${day(data.date)})`);
        }
        data.spacecraft.forEach((ref: EntryRef, i: number) => {
          const craft = get(ref)?.data;
          if (!craft) return;
          if (craft.launch && data.date.end <= craft.launch.date.start) {
            p(['spacecraft', i], `"${ref.id}" with the event on ${day(data.date)}`,
              `an event on or after ${ref.id}'s launch (${day(craft.launch.date)}); fix the date or the spacecraft`);
          }
          if (craft.landing && data.date.start >= craft.landing.date.end) {
            p(['spacecraft', i], `"${ref.id}" with the event on ${day(data.date)}`,
              `an event on or before ${ref.id}'s landing (${day(craft.landing.date)}); fix the date or the spacecraft`);
          }
        });
        break;
      }
      case 'spacecraft': {
        if (data.launch && data.landing && data.landing.date.end <= data.launch.date.start) {
          p(['landing', 'date'], day(data.landing.date), `a landing after the launch (${day(data.launch.date)})`);
        }
        data.crew.forEach((member: { person: EntryRef }, i: number) => {
          const person = get(member.person)?.data;
          if (person?.born && data.launch && person.born.start >= data.launch.date.start) {
            p(['crew', i], `${member.person.id}, born ${day(person.born)}`,
              `a crew member born before the launch (${day(data.launch.date)})`);
          }
        });
        break;
      }
      case 'organizations': {
        data.leaders.forEach((leader: { from: PartialDate; to?: PartialDate }, i: number) => {
          if (leader.to && leader.to.end <= leader.from.start) {
            p(['leaders', i], `a term from ${day(leader.from)} to ${day(leader.to)}`, 'a term that ends after it begins');
          }
        });
        break;
      }
      default:
        break;
    }
  }
}

/** The ids on disk: every file that names an entry, whether or not its data is valid. */
interface IdIndex {
  byCollection: Map<CollectionName, string[]>;
  /** "people/frank-rubio" for every file, duplicates included. */
  keys: Set<string>;
  /** The collection of the first file that has the id. */
  collectionOf: Map<string, CollectionName>;
}

function checkBody(
  file: ParsedFile,
  index: IdIndex,
  outlines: Map<string, BodyOutline | undefined>,
  problems: Problem[],
) {
  const outline = file.outline!;
  for (const c of outline.components) {
    if (/^[a-z]/.test(c.name) || MDX_COMPONENTS.includes(c.name)) continue;
    problems.push({
      file: file.source.file,
      line: c.line,
      field: '(body)',
      found: `the component <${c.name}>`,
      expected: `Markdown, HTML and <${CITE} src="source-id" /> only; link entities with [text](/people/frank-rubio/)`,
    });
  }
  const sourceIds = index.byCollection.get('sources')!;
  problems.push(...citationProblems(citingEntry(file), new Set(sourceIds), (id) => nearestOrList(id, sourceIds)));
  for (const link of outline.links) {
    if (!link.url.startsWith('/')) continue;
    const problem = (found: string, expected: string) =>
      problems.push({ file: file.source.file, line: link.line, field: '(body link)', found, expected });
    const bare = link.url.replace(/#.*$/, '');
    if (STATIC_PATHS.includes(bare)) continue;
    const target = parseEntryLink(link.url);
    if (!target) {
      problem(`a link to "${link.url}"`, 'a link to an entry, written /<collection>/<id>/ (e.g. /people/frank-rubio/), or to /timeline/ or /search/');
      continue;
    }
    if (!index.keys.has(`${target.collection}/${target.id}`)) {
      const ids = index.byCollection.get(target.collection)!;
      problem(`a link to "${link.url}"`, `a link to an existing ${SINGULAR[target.collection]}${suggest(target.id, ids)}`);
      continue;
    }
    if (target.anchor) {
      const anchors = [...Object.values(SECTION_IDS), ...(outlines.get(`${target.collection}/${target.id}`)?.anchors ?? [])];
      if (!anchors.includes(target.anchor)) {
        problem(`the anchor "#${target.anchor}" in "${link.url}"`, `an anchor on that page${suggest(target.anchor, anchors)}: ${anchors.join(', ')}`);
      }
    }
  }
}

/** An entry as the citation rule reads it. */
function citingEntry(file: ParsedFile): CitingEntry {
  const listed = Array.isArray(file.data.sources) ? file.data.sources : [];
  return {
    file: file.source.file,
    listed: listed.map((id, i) => ({ id: String(id), line: lineOf(file, ['sources', i]) })),
    citations: file.outline?.citations ?? [],
    paragraphs: file.outline?.paragraphs ?? [],
  };
}

/** The nearest id, or (when none is near) the ids there are, so the author can pick one. */
function nearestOrList(id: string, ids: readonly string[]): string {
  const near = suggest(id, ids);
  if (near || ids.length === 0) return near;
  const shown = ids.slice(0, 8).join(', ');
  return ` (existing: ${shown}${ids.length > 8 ? `, and ${ids.length - 8} more` : ''})`;
}

/** "a person", "an organization". */
function a(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/**
 * Schemas whose references check themselves against the ids on disk, so a dangling or
 * wrong-kind reference is reported with every other problem of the same entry.
 */
function checkingSchemas(index: IdIndex) {
  return makeSchemas((collection) =>
    z.string().min(1).transform((id, ctx): EntryRef => {
      if (!index.keys.has(`${collection}/${id}`)) {
        const elsewhere = index.collectionOf.get(id);
        ctx.addIssue({
          code: 'custom',
          message: 'reference',
          params: {
            found: elsewhere ? `"${id}", which is ${a(SINGULAR[elsewhere])}` : `"${id}", which is not an id in ${collection}`,
            expected: `the id of ${a(SINGULAR[collection])}${nearestOrList(id, index.byCollection.get(collection)!)}${
              elsewhere ? '' : `, or add it with: npm run new -- ${SINGULAR[collection]} "<Title>"`
            }`,
          },
        });
      }
      return { collection, id };
    }),
  );
}

/** An entry that passed its schema: data with references as `{ collection, id }`, and its body links. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown> & { title: string };
  bodyLinks: string[];
  /** Source ids cited inline, in the order they stand in the body. */
  bodyCitations: string[];
}

export interface ContentCheck {
  problems: Problem[];
  entries: CheckedEntry[];
  /** What the citation rule reports without failing the build. */
  citations: CitationFindings;
}

export function validateContent(sources: readonly SourceFile[]): Problem[] {
  return checkContent(sources).problems;
}

/** The check, keeping what it parsed so reports need not parse the files again. */
export function checkContent(sources: readonly SourceFile[]): ContentCheck {
  const problems: Problem[] = [];
  // Ids are unique across collections, so a reference to the wrong kind can be named.
  const fileOfId = new Map<string, string>();
  const index: IdIndex = { byCollection: new Map(COLLECTIONS.map((c) => [c, []])), keys: new Set(), collectionOf: new Map() };
  const parsed: ParsedFile[] = [];
  for (const source of sources) {
    const file = parseFile(source, problems);
    if (file === 'skip') continue;
    const other = fileOfId.get(file.id);
    if (other) {
      problems.push({
        file: source.file,
        field: '(id)',
        found: `the id "${file.id}", already used by ${other}`,
        expected: 'an id used by no other entry, in any collection (a bare id in a reference or a search result must name one entry): rename one of the files',
      });
    } else {
      fileOfId.set(file.id, source.file);
      index.collectionOf.set(file.id, source.collection);
    }
    index.byCollection.get(source.collection)!.push(file.id);
    index.keys.add(`${source.collection}/${file.id}`);
    if (file.data) parsed.push(file as ParsedFile);
  }

  const schemas = checkingSchemas(index);
  const checked = new Map<string, Checked>();
  for (const file of parsed) {
    const result = schemas[file.source.collection].safeParse(file.data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(...schemaIssueToProblem(file, issue));
    } else {
      checked.set(`${file.source.collection}/${file.id}`, { file, data: result.data as Data });
    }
    if (file.source.collection !== 'sources') {
      try {
        file.outline = outlineBody(file.body, file.bodyOffset);
      } catch (error) {
        if (!(error instanceof MdxSyntaxError)) throw error;
        problems.push({
          file: file.source.file,
          line: error.line,
          field: '(body)',
          found: `invalid MDX${error.column ? ` at column ${error.column}` : ''}: ${error.message.replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/, '')}`,
          expected: 'valid MDX: close every tag, and write a literal "{" or "<" as "\\{" or "&lt;"',
        });
      }
    }
  }

  crossChecks(checked, problems);
  const outlines = new Map(parsed.map((f) => [`${f.source.collection}/${f.id}`, f.outline]));
  for (const file of parsed) if (file.outline) checkBody(file, index, outlines, problems);
  const entries = [...checked.values()].map(({ file, data }): CheckedEntry => ({
    collection: file.source.collection,
    id: file.id,
    file: file.source.file,
    data: data as CheckedEntry['data'],
    bodyLinks: (file.outline?.links ?? []).map((l) => l.url),
    bodyCitations: (file.outline?.citations ?? []).flatMap((c) => c.ids),
  }));
  const perEntry = parsed.filter((f) => f.outline).map((f) => entryCitationFindings(citingEntry(f)));
  const citations: CitationFindings = {
    uncitedParagraphs: perEntry.flatMap((f) => f.uncitedParagraphs),
    unusedSources: perEntry.flatMap((f) => f.unusedSources),
    duplicateSources: duplicateSources(
      entries
        .filter((e) => e.collection === 'sources')
        .map((e) => ({ id: e.id, file: e.file, url: String(e.data.url) })),
    ),
  };
  return { problems: problems.sort((x, y) => x.file.localeCompare(y.file) || (x.line ?? 0) - (y.line ?? 0)), entries, citations };
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}\n  field:    ${p.field}\n  found:    ${p.found}\n  expected: ${p.expected}`;
}

/** `consequence` tells the author what the problems stopped, e.g. "the site was not built". */
export function formatProblems(problems: readonly Problem[], consequence: string): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Content check found ${count}; ${consequence}.\n\n${problems.map(formatProblem).join('\n\n')}\n`;
}
