/**
 * What an editor should look at next, none of which fails the build: entries nothing links
 * to, sources nothing cites, entries without sources, events that name no person or craft,
 * statements marked disputed, placeholders left by the scaffold, paragraphs without an inline
 * citation, listed sources never cited inline, duplicate source records, and counts per collection.
 */
import type { CitationFindings, Finding } from '../check/rules/citations.ts';
import { buildLinkGraph, keyOf, type EntryKey, type GraphEntry } from '../site/graph.ts';
import { COLLECTIONS, ENTITY_COLLECTIONS, type CollectionName } from '../model/schema.ts';
import type { Problem } from '../check/problem.ts';

export interface ReportEntry extends GraphEntry {
  file: string;
}

export interface ContentReport {
  counts: Record<CollectionName, number>;
  /** Entities no frontmatter reference or body link points to. */
  orphans: EntryKey[];
  /** Sources no entry cites. */
  uncitedSources: EntryKey[];
  withoutSources: EntryKey[];
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

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function contentReport(
  entries: readonly ReportEntry[],
  problems: readonly Problem[],
  placeholders: readonly Problem[],
  citations: CitationFindings,
): ContentReport {
  const graph = buildLinkGraph(entries);
  const keys = entries.map(keyOf).sort();
  const entity = (k: EntryKey) => (ENTITY_COLLECTIONS as readonly string[]).includes(k.split('/')[0]!);
  const byKey = new Map(entries.map((e) => [keyOf(e), e]));
  const linked = (k: EntryKey) => (graph.incoming.get(k) ?? []).length > 0;
  return {
    counts: Object.fromEntries(COLLECTIONS.map((c) => [c, entries.filter((e) => e.collection === c).length])) as Record<CollectionName, number>,
    orphans: keys.filter((k) => entity(k) && !linked(k)),
    uncitedSources: keys.filter((k) => !entity(k) && !linked(k)),
    withoutSources: keys.filter((k) => entity(k) && listOf(byKey.get(k)!.data.sources).length === 0),
    eventsWithoutPeopleOrCraft: keys.filter((k) => {
      const { data, collection } = byKey.get(k)!;
      return collection === 'events' && [data.people, data.spacecraft, data.about].every((list) => listOf(list).length === 0);
    }),
    disputed: keys
      .map((k) => ({ key: k, file: byKey.get(k)!.file, notes: listOf(byKey.get(k)!.data.disputed).map(String) }))
      .filter((d) => d.notes.length > 0),
    placeholders: [...placeholders],
    uncitedParagraphs: citations.uncitedParagraphs.length,
    unusedSources: citations.unusedSources.length,
    duplicateSources: citations.duplicateSources.length,
    citations,
    problems: [...problems],
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
    section('Entries without sources', report.withoutSources),
    section('Events without people or spacecraft', report.eventsWithoutPeopleOrCraft),
    section('Disputed facts', report.disputed.flatMap((d) => d.notes.map((n) => `${d.key}: ${n}`))),
    section('Scaffold placeholders to fill', report.placeholders.map((p) => `${p.file}:${p.line} ${p.field}`)),
    section('Paragraphs without an inline citation', report.citations.uncitedParagraphs.map(formatFinding)),
    section('Sources listed but never cited inline', report.citations.unusedSources.map(formatFinding)),
    section('Duplicate sources (same address)', report.citations.duplicateSources.map(formatFinding)),
  ].join('\n\n');
}
