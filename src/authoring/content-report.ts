/**
 * What an editor should look at next, none of which fails the build: entries nothing links
 * to, sources nothing cites, entries without sources, events that name no person or craft,
 * statements marked disputed, placeholders left by the scaffold, and counts per collection.
 */
import type { CheckResult } from '../check/check.ts';
import type { Problem } from '../check/problem.ts';
import type { CitationFindings, Finding } from '../check/rules/citations.ts';
import { COLLECTIONS, ENTITY_COLLECTIONS, hasBody, type CollectionName } from '../model/collections.ts';
import { keyOf, type EntryKey } from '../model/ids.ts';
import type { ContentModel } from '../model/loader.ts';
import { isIn } from '../model/schema.ts';
import { buildLinkGraph } from '../site/graph.ts';

export interface ContentReport {
  counts: Record<CollectionName, number>;
  /** Entities no frontmatter reference or body link points to. */
  orphans: EntryKey[];
  /** Sources no entry cites. */
  uncitedSources: EntryKey[];
  /**
   * Entries whose body cites no source (a scaffolded draft, or prose written without `<Cite>`):
   * the schema asks every entry to list a source, but a listed one alone shows no reader where
   * a statement comes from, and the scaffold lists a placeholder.
   */
  entriesWithoutSources: EntryKey[];
  eventsWithoutPeopleOrCraft: EntryKey[];
  disputed: Array<{ key: EntryKey; file: string; notes: string[] }>;
  placeholders: Problem[];
  /** Paragraphs of a body with no `<Cite>`. */
  uncitedParagraphs: number;
  /** Ids in an entry's `sources` that no `<Cite>` of its body names. */
  unusedSources: number;
  /** Source records whose address (normalised) another record already has. */
  duplicateSources: number;
  /** The places behind the three counts above. */
  citations: CitationFindings;
  /** Problems that fail the build (the report is still made from the entries that parse). */
  problems: Problem[];
}

export function contentReport(model: ContentModel, check: CheckResult): ContentReport {
  const graph = buildLinkGraph(model.entries);
  const entries = [...model.entries].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
  const linked = (k: EntryKey) => (graph.incoming.get(k) ?? []).length > 0;
  const entity = (c: CollectionName) => ENTITY_COLLECTIONS.some((e) => e === c);
  return {
    counts: Object.fromEntries(COLLECTIONS.map((c) => [c, entries.filter((e) => e.collection === c).length])) as Record<CollectionName, number>,
    orphans: entries.filter((e) => entity(e.collection) && !linked(keyOf(e))).map(keyOf),
    uncitedSources: entries.filter((e) => !entity(e.collection) && !linked(keyOf(e))).map(keyOf),
    entriesWithoutSources: entries.filter((e) => hasBody(e.collection) && e.bodyCitations.length === 0).map(keyOf),
    eventsWithoutPeopleOrCraft: entries
      .filter((e) => isIn(e, 'events') && [e.data.people, e.data.spacecraft, e.data.about].every((list) => list.length === 0))
      .map(keyOf),
    disputed: entries.flatMap((e) =>
      isIn(e, 'sources') || e.data.disputed.length === 0
        ? []
        : [{ key: keyOf(e), file: model.fileByKey.get(keyOf(e))!.file, notes: e.data.disputed.map((d) => d.note) }],
    ),
    placeholders: [...check.warnings],
    uncitedParagraphs: check.citations.uncitedParagraphs.length,
    unusedSources: check.citations.unusedSources.length,
    duplicateSources: check.citations.duplicateSources.length,
    citations: check.citations,
    problems: [...check.problems],
  };
}

export function formatFinding(f: Finding): string {
  return `${f.file}${f.line ? `:${f.line}` : ''} ${f.note}`;
}

/**
 * The build's warning about citations: the counts, then the places, at most `shown` of them
 * so that a large unconverted corpus does not bury the rest of the log.
 */
export function formatCitationWarning(citations: CitationFindings, shown = 40): string | undefined {
  const all = [...citations.uncitedParagraphs, ...citations.unusedSources, ...citations.duplicateSources];
  if (all.length === 0) return undefined;
  const counts = `${citations.uncitedParagraphs.length} paragraph(s) without an inline citation, ${citations.unusedSources.length} listed source(s) never cited inline, ${citations.duplicateSources.length} duplicate source record(s)`;
  const more = all.length > shown ? `\n… and ${all.length - shown} more: npm run check lists them all` : '';
  return `${counts}:\n\n${all.slice(0, shown).map(formatFinding).join('\n')}${more}\n`;
}

function section(title: string, items: string[]): string {
  return `${title} (${items.length})${items.length ? `\n${items.map((i) => `  ${i}`).join('\n')}` : ''}`;
}

export function formatReport(report: ContentReport): string {
  const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
  return [
    `Content report: ${total} entries (${COLLECTIONS.map((c) => `${c} ${report.counts[c]}`).join(', ')})`,
    section('Problems that fail the build', report.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.found}; expected ${p.expected}`)),
    section('Orphans: entities nothing links to', report.orphans),
    section('Sources nothing cites', report.uncitedSources),
    section('Entries without sources: bodies that cite none', report.entriesWithoutSources),
    section('Events without people or spacecraft', report.eventsWithoutPeopleOrCraft),
    section('Disputed facts', report.disputed.flatMap((d) => d.notes.map((n) => `${d.key}: ${n}`))),
    section('Scaffold placeholders to fill', report.placeholders.map((p) => `${p.file}:${p.line} ${p.field}`)),
    section('Paragraphs without an inline citation', report.citations.uncitedParagraphs.map(formatFinding)),
    section('Sources listed but never cited inline', report.citations.unusedSources.map(formatFinding)),
    section('Duplicate sources (same address)', report.citations.duplicateSources.map(formatFinding)),
  ].join('\n\n');
}
