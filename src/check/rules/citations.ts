/**
 * Inline citations (`<Cite src="id" />` in a body) against the sources that exist and the
 * sources an entry lists. What fails the build: a citation that cannot be read, or that names
 * no source. What the check only reports: paragraphs that cite nothing, sources an entry lists
 * but never cites inline, and two source records for one address.
 *
 * A source cited inline need not also be listed in `sources`: the page's source list is the
 * sources cited inline, in order of first citation, then any listed but not cited inline.
 */
import type { BodyCitation } from '../../model/body-outline.ts';
import type { ContentModel, ModelFile } from '../../model/loader.ts';
import { isIn } from '../../model/schema.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { COLLECTION_INFO, withArticle } from '../../model/collections.ts';
import { nearestOrList } from './references.ts';
import { rawNotes } from '../raw-notes.ts';
import { namedHint } from '../suggest.ts';

export interface CitingEntry {
  file: string;
  /** The ids in the entry's `sources` field, each with the line it stands on. */
  listed: ReadonlyArray<{ id: string; line: number | undefined }>;
  citations: readonly BodyCitation[];
  /** The source ids the notes on disputed facts cite (each note's `sources`). */
  noteCitations: readonly string[];
  /** The lines of the body's paragraphs that cite nothing. */
  uncitedParagraphs: readonly number[];
}

export interface SourceRecord {
  id: string;
  file: string;
  url: string;
}

/**
 * Problems that fail the build. `nearest(id)` says which existing source id is closest
 * (e.g. ` (did you mean "nasa-blog"?)`), as every other reference error does; `kindOf(id)`
 * what an id that is not a source's is instead ("person").
 */
export function citationProblems(entry: CitingEntry, sourceIds: ReadonlySet<string>, nearest: (id: string) => string, kindOf: (id: string) => string | undefined = () => undefined): Problem[] {
  const problems: Problem[] = [];
  for (const citation of entry.citations) {
    const at = { file: entry.file, line: citation.line, field: '(citation)' };
    if (citation.malformed) {
      problems.push({ ...at, ...citation.malformed });
      continue;
    }
    for (const id of citation.ids) {
      if (sourceIds.has(id)) continue;
      const kind = kindOf(id);
      problems.push({
        ...at,
        found: `<Cite src="${citation.ids.join(', ')}">: "${id}", which ${kind ? `is ${withArticle(kind)}` : 'is not an id in sources'}`,
        expected: kind ? `the id of a source${nearest(id)}` : `the id of a source${nearest(id)}, or add it with: npm run new -- source "<Title>"`,
      });
    }
  }
  return problems;
}

export interface Finding {
  file: string;
  line: number | undefined;
  /** What to look at, in a few words. */
  note: string;
}

export interface CitationFindings {
  uncitedParagraphs: Finding[];
  unusedSources: Finding[];
  /** Each finding names one record whose address another record already has. */
  duplicateSources: Finding[];
}

/** Paragraphs with no citation, and listed sources no citation (in the body or a note) names. */
export function entryCitationFindings(entry: CitingEntry): Omit<CitationFindings, 'duplicateSources'> {
  const cited = new Set([...entry.citations.flatMap((c) => c.ids), ...entry.noteCitations]);
  return {
    uncitedParagraphs: entry.uncitedParagraphs.map((line) => ({ file: entry.file, line, note: 'a paragraph with no <Cite>' })),
    unusedSources: entry.listed
      .filter((s) => !cited.has(s.id))
      // The line is read when shown: finding it may mean parsing the file's YAML again (see parse-cache.ts).
      .map((s) => ({ file: entry.file, get line() { return s.line; }, note: `"${s.id}" is listed in sources but no <Cite> names it` })),
  };
}

/** Subdomains that serve the same pages as the bare host: www, mobile, AMP, staging copies. */
const SAME_SITE_LABEL = /^(?:www\d*|m|amp|[a-z]*stag(?:e|ing)[a-z\d]*)$/;

/**
 * The address with what does not change the publication removed: scheme, letter case of the
 * host, a www/mobile/staging subdomain, the fragment, and trailing slashes or punctuation.
 */
export function normaliseAddress(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim().toLowerCase();
  }
  const labels = parsed.hostname.toLowerCase().split('.');
  while (labels.length > 2 && SAME_SITE_LABEL.test(labels[0]!)) labels.shift();
  const path = `${parsed.pathname}${parsed.search}`.replace(/[/.,;:!?)\]'"]+$/, '');
  return `${labels.join('.')}${path}`;
}

/** Records after the first with the same normalised address, each naming the first. */
export function duplicateSources(sources: readonly SourceRecord[]): Finding[] {
  const first = new Map<string, SourceRecord>();
  const found: Finding[] = [];
  for (const source of [...sources].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = normaliseAddress(source.url);
    const earlier = first.get(key);
    if (earlier) found.push({ file: source.file, line: undefined, note: `"${source.id}" has the address of "${earlier.id}" (${key}): merge them` });
    else first.set(key, source);
  }
  return found;
}

/** An entry as the citation rule reads it. */
function citingEntry(file: ModelFile): CitingEntry {
  const raw = file.raw?.sources;
  const listed = Array.isArray(raw) ? raw : [];
  return {
    file: file.file,
    listed: listed.map((id, i) => ({ id: String(id), get line() { return file.yaml?.lineOf(['sources', i]); } })),
    citations: file.outline?.citations ?? [],
    noteCitations: rawNotes(file.raw).flatMap((note) => note.sources),
    uncitedParagraphs: file.outline?.uncitedParagraphs ?? [],
  };
}

export const citations: Rule = {
  name: 'citations',
  severity: 'error',
  local: false,
  check(file, model) {
    if (!file.outline || !file.raw) return [];
    const elsewhere = (id: string) => model.ids.collectionOf.get(id);
    return citationProblems(
      citingEntry(file),
      model.ids.idsIn('sources'),
      (id) => namedHint(model, 'sources', id) || nearestOrList(id, model.ids.byCollection.get('sources')!, !elsewhere(id)),
      (id) => { const c = elsewhere(id); return c && COLLECTION_INFO[c].singular; },
    );
  },
};

/** What the citation rule reports without failing the build. */
/** Each file's own findings, kept until the file is read again (a new object). */
const findingsOf = new WeakMap<ModelFile, Omit<CitationFindings, 'duplicateSources'>>();

function fileFindings(file: ModelFile): Omit<CitationFindings, 'duplicateSources'> {
  let found = findingsOf.get(file);
  if (!found) findingsOf.set(file, (found = entryCitationFindings(citingEntry(file))));
  return found;
}

export function citationFindings(model: ContentModel): CitationFindings {
  const perEntry = model.files.filter((f) => f.outline && f.raw).map(fileFindings);
  return {
    uncitedParagraphs: perEntry.flatMap((f) => f.uncitedParagraphs),
    unusedSources: perEntry.flatMap((f) => f.unusedSources),
    duplicateSources: duplicateSources(
      model.entries.flatMap((e) => (isIn(e, 'sources') ? [{ id: e.id, file: model.fileByKey.get(`sources/${e.id}`)!.file, url: e.data.url }] : [])),
    ),
  };
}
