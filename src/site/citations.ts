/**
 * How an entry page numbers its sources and links its citation markers to them, as
 * Wikipedia does: sources are numbered in the order the body first cites them (then those
 * the entry lists without citing them inline); each marker links to its source's list item,
 * and each list item links back to every place that cites it ("^ a b").
 */

export interface CitedSource {
  id: string;
  /** 1-based, as shown in the markers and the list. */
  number: number;
  /** The id of the list item, which markers link to. */
  noteId: string;
  /** The ids of the markers that cite it, in the order they stand (empty when not cited inline). */
  markerIds: string[];
}

export const noteId = (sourceId: string) => `cite-note-${sourceId}`;
export const markerId = (sourceId: string, use: number) => `cite-ref-${sourceId}-${use}`;

/** `cited`: every source id cited inline, in page order, repeated once per citing place. */
export function citedSources(cited: readonly string[], listed: readonly string[]): CitedSource[] {
  const uses = new Map<string, number>();
  for (const id of cited) uses.set(id, (uses.get(id) ?? 0) + 1);
  for (const id of listed) if (!uses.has(id)) uses.set(id, 0);
  return [...uses].map(([id, count], i) => ({
    id,
    number: i + 1,
    noteId: noteId(id),
    markerIds: Array.from({ length: count }, (_, n) => markerId(id, n + 1)),
  }));
}

/** "a", "b", … "z", "aa", "ab": the labels of the links back to each citing place. */
export function backLinkLabel(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : `${backLinkLabel(Math.floor(index / 26) - 1)}${letter}`;
}

export interface Marker {
  id: string;
  href: string;
  number: number;
  /** The source in words, shown on hover and read as the marker's description. */
  title: string;
}

/**
 * The markers of one part of a page as its citations render, in order: the n-th citation of a
 * source gets that source's n-th marker id, the one its list item links back to. A part that
 * follows another (the notes on disputed facts, after the body) starts after the citations
 * `before` it, so both can place their markers as they render, in any order.
 */
export class CitationMarkers {
  readonly #byId: Map<string, CitedSource>;
  readonly #placed = new Map<string, number>();

  readonly #titleOf: (sourceId: string) => string;

  constructor(sources: readonly CitedSource[], titleOf: (sourceId: string) => string, before: readonly string[] = []) {
    this.#byId = new Map(sources.map((s) => [s.id, s]));
    this.#titleOf = titleOf;
    for (const id of before) this.#placed.set(id, (this.#placed.get(id) ?? 0) + 1);
  }

  place(ids: readonly string[]): Marker[] {
    return ids.flatMap((id) => {
      const source = this.#byId.get(id);
      // Only in `astro dev`, where the content check reports an unknown id without stopping.
      if (!source) return [];
      const use = (this.#placed.get(id) ?? 0) + 1;
      this.#placed.set(id, use);
      return [{ id: markerId(id, use), href: `#${source.noteId}`, number: source.number, title: this.#titleOf(id) }];
    });
  }
}
