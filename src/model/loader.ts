/**
 * The content model, read once: every file in every collection folder is read, split, its
 * YAML parsed with positions, its data parsed by its collection's schema and its MDX body
 * outlined, in one pass. The content check, the pages (through `src/site/site.ts` and the
 * Astro content loader), the report, the scaffold, the editor schemas and the benchmark all
 * use this model; `reloadFile` re-reads one changed file and keeps every other.
 */
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, hasBody, type CollectionName } from './collections.ts';
import { MdxSyntaxError, outlineBody, type BodyOutline } from './body-outline.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml, type SplitFile } from './frontmatter.ts';
import { ParseCache, type CachedParse } from './parse-cache.ts';
import { buildIdIndex, idOfFile, keyOf, type EntryKey, type FileId, type IdIndex } from './ids.ts';
import { PARSE_ENTRY, type Entry } from './schema.ts';

/** A file as it is on disk. */
export interface ContentFile {
  collection: CollectionName;
  /** Path shown in messages, relative to the project. */
  file: string;
  text: string;
  /** Its bytes are not UTF-8 (saved as Windows-1252, say): the text has U+FFFD where they were. */
  notUtf8?: boolean;
}

/**
 * Something in the content folder that is no entry and is never read: a folder not named for a
 * collection ("person"), a folder inside a collection, a file beside the collection folders.
 */
export interface StrayPath {
  /** Path shown in messages, relative to the project. */
  path: string;
  isFolder: boolean;
  /** The collection folder it is in; undefined at the top of the content folder. */
  collection: CollectionName | undefined;
}

/** A file as the model holds it: every stage of reading it, and where each stopped. */
export interface ModelFile extends ContentFile {
  fileId: FileId;
  /** The entry's id; undefined when the file name is not one. */
  id: string | undefined;
  /** The file split into YAML and body; undefined for an MDX file without `---` fences. */
  split: SplitFile | undefined;
  yaml: ParsedYaml | undefined;
  /** The YAML as plain data, when it parses to a set of fields. */
  raw: Record<string, unknown> | undefined;
  /** The entry, when its data passes its schema. */
  entry: Entry | undefined;
  issues: readonly z.core.$ZodIssue[];
  outline: BodyOutline | undefined;
  mdxError: MdxSyntaxError | undefined;
}

export interface ContentModel {
  /** Every file, in collection and name order. */
  files: readonly ModelFile[];
  ids: IdIndex;
  /** The entries whose data passed their schema. */
  entries: readonly Entry[];
  /** The file of each entry key (the first, when an id is used twice). */
  fileByKey: ReadonlyMap<EntryKey, ModelFile>;
  /** The model this one was made from by re-reading one file (in `astro dev`), and that file. */
  changedFrom?: { model: ContentModel; file: ModelFile } | undefined;
  /** What the content folder holds besides entries, to report: nothing in it is built. */
  strays: readonly StrayPath[];
}

/** Parses a split file: its YAML with positions, and its body's outline. */
function parse(split: SplitFile, withBody: boolean): { yaml: ParsedYaml; cached: CachedParse } {
  const yaml = parseYaml(split.yaml, split.yamlOffset);
  const cached: CachedParse = { value: yaml.value, yamlError: yaml.error, yamlCut: yaml.cut };
  if (withBody) {
    try {
      cached.outline = outlineBody(split.body, split.bodyOffset);
    } catch (error) {
      if (!(error instanceof MdxSyntaxError)) throw error;
      cached.mdxError = { message: error.message, line: error.line, column: error.column };
    }
  }
  return { yaml, cached };
}

/** A kept parse as the model holds it; positions come from parsing again, only when asked for. */
function fromCache(cached: CachedParse, split: SplitFile): ParsedYaml {
  let lines: ParsedYaml | undefined;
  return { value: cached.value, error: cached.yamlError, cut: cached.yamlCut ?? [], lineOf: (at) => (lines ??= parseYaml(split.yaml, split.yamlOffset)).lineOf(at) };
}

/** YAML that parsed to a set of fields (not a list, a scalar or nothing). */
function isFieldSet(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function loadFile(source: ContentFile, cache?: ParseCache): ModelFile {
  const fileId = idOfFile(source.collection, source.file);
  const file: ModelFile = {
    ...source,
    fileId,
    id: 'id' in fileId ? fileId.id : undefined,
    split: undefined,
    yaml: undefined,
    raw: undefined,
    entry: undefined,
    issues: [],
    outline: undefined,
    mdxError: undefined,
  };
  if (file.id === undefined) return file;
  const withBody = hasBody(source.collection);
  const split = splitFrontmatter(source.text, withBody);
  if (!split) return file;
  file.split = split;
  const key = cache && ParseCache.key(source.text, withBody);
  const kept = key === undefined ? undefined : cache?.get(key);
  let parsed: CachedParse;
  if (kept) {
    parsed = kept;
    file.yaml = fromCache(kept, split);
  } else {
    const fresh = parse(split, withBody);
    parsed = fresh.cached;
    file.yaml = fresh.yaml;
    if (key !== undefined) cache?.set(key, parsed);
  }
  const value = file.yaml.value;
  if (isFieldSet(value)) file.raw = value;
  file.outline = parsed.outline;
  file.mdxError = parsed.mdxError && new MdxSyntaxError(parsed.mdxError.message, parsed.mdxError.line, parsed.mdxError.column);
  if (file.raw) {
    const body = {
      bodyLinks: (file.outline?.links ?? []).map((l) => l.url),
      bodyCitations: (file.outline?.citations ?? []).flatMap((c) => c.ids),
    };
    const { entry, issues } = PARSE_ENTRY[source.collection](file.id, file.raw, body);
    file.entry = entry;
    file.issues = issues;
  }
  return file;
}

function modelOf(files: ModelFile[], strays: readonly StrayPath[], changedFrom?: ContentModel['changedFrom']): ContentModel {
  const entries = files.flatMap((f) => (f.entry ? [f.entry] : []));
  const fileByKey = new Map<EntryKey, ModelFile>();
  for (const f of files) {
    if (f.id === undefined) continue;
    const key = keyOf({ collection: f.collection, id: f.id });
    if (!fileByKey.has(key)) fileByKey.set(key, f);
  }
  return { files, ids: buildIdIndex(files), entries, fileByKey, changedFrom, strays };
}

let readBuffer = Buffer.allocUnsafe(1 << 16);

/**
 * A file's text, read into one buffer kept from file to file: `fs.readFileSync` stats the file
 * and allocates a buffer for each, a third of the time it takes to read 10,000 small files.
 */
function readText(file: string): Pick<ContentFile, 'text' | 'notUtf8'> {
  const fd = fs.openSync(file, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === readBuffer.length) readBuffer = Buffer.concat([readBuffer], readBuffer.length * 2);
      const read = fs.readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (read === 0) {
        const text = readBuffer.toString('utf8', 0, length);
        // Decoding replaced bytes that are not UTF-8 with U+FFFD; only then is the check worth its time.
        return text.includes('\uFFFD') && !isUtf8(readBuffer.subarray(0, length)) ? { text, notUtf8: true } : { text };
      }
      length += read;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Names no author means as content: hidden files (.DS_Store, Vim's swap files, Emacs's locks)
 * and editors' backups and autosaves (Emacs's "name~" and "#name#"), which appear beside an
 * entry while it is edited and must not stop the build.
 */
const isIgnoredName = (name: string) => name.startsWith('.') || name.endsWith('~') || /^#.*#$/.test(name);
const visible = (entry: fs.Dirent) => !isIgnoredName(entry.name);
const byName = (a: fs.Dirent, b: fs.Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** What an author put in the content folder: every file of a collection folder (one that is not an entry is a problem to report), and what else is there. */
function readContentFolder(root: string, cwd: string): { files: ContentFile[]; strays: StrayPath[] } {
  const files: ContentFile[] = [];
  const strays: StrayPath[] = [];
  const stray = (at: string, isFolder: boolean, collection?: CollectionName) => strays.push({ path: path.relative(cwd, at), isFolder, collection });
  if (!fs.existsSync(root)) return { files, strays };
  const top = fs.readdirSync(root, { withFileTypes: true }).filter(visible).sort(byName);
  const isCollection = (entry: fs.Dirent) => entry.isDirectory() && COLLECTIONS.some((c) => c === entry.name);
  for (const entry of top) if (!isCollection(entry)) stray(path.join(root, entry.name), entry.isDirectory());
  // In collection order, as every list of the model is.
  for (const collection of COLLECTIONS) {
    if (!top.some((entry) => entry.name === collection && isCollection(entry))) continue;
    const dir = path.join(root, collection);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).filter(visible).sort(byName)) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) stray(file, true, collection);
      else files.push({ collection, file: path.relative(cwd, file), ...readText(file) });
    }
  }
  return { files, strays };
}

/** Every file an author put in a collection folder: one that is not an entry is a problem to report. */
export function readContentFiles(root: string, cwd: string = process.cwd()): ContentFile[] {
  return readContentFolder(root, cwd).files;
}

/** A model of files already in memory (a draft not yet written, a test's corpus). */
export function modelOfFiles(files: readonly ContentFile[]): ContentModel {
  return modelOf(files.map((f) => loadFile(f)), []);
}

/**
 * Every file under `root`, read once. Parses are kept in .astro/ between processes unless
 * `cache` is false, so only files whose text changed are parsed again.
 */
export function loadContent(root: string, cwd: string = process.cwd(), { cache = true }: { cache?: boolean } = {}): ContentModel {
  const kept = cache ? ParseCache.forRoot(root, cwd) : undefined;
  const { files, strays } = readContentFolder(root, cwd);
  const model = modelOf(files.map((f) => loadFile(f, kept)), strays);
  kept?.save();
  return model;
}

/** The model with one file added or replaced, every other file kept as it was read. */
export function withFile(model: ContentModel, source: ContentFile): ContentModel {
  const changed = loadFile(source);
  const files = [...model.files];
  const at = files.findIndex((f) => f.file === source.file);
  if (at >= 0) {
    files[at] = changed;
  } else {
    // A new file stands where a fresh read puts it: collection order, then name.
    const order = (f: ContentFile) => `${COLLECTIONS.indexOf(f.collection)}/${f.file}`;
    const next = files.findIndex((f) => order(f) > order(changed));
    files.splice(next < 0 ? files.length : next, 0, changed);
  }
  return modelOf(files, model.strays, { model, file: changed });
}

/**
 * The model after one file under `root` changed, was added or was deleted: only that file is
 * read again. Undefined when the path is not in a collection folder.
 */
export function reloadFile(model: ContentModel, root: string, absolutePath: string, cwd: string = process.cwd()): ContentModel | undefined {
  const [collectionDir, name, ...deeper] = path.relative(root, absolutePath).split(path.sep);
  const collection = COLLECTIONS.find((c) => c === collectionDir);
  if (!collection || !name || deeper.length > 0 || isIgnoredName(name)) return undefined;
  const file = path.relative(cwd, absolutePath);
  if (!fs.existsSync(absolutePath)) return modelOf(model.files.filter((f) => f.file !== file), model.strays);
  return withFile(model, { collection, file, ...readText(absolutePath) });
}
