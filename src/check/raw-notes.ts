/**
 * The notes on disputed facts as a file's raw frontmatter holds them, before (or despite) its
 * schema: the rules that read them must judge a file whose data does not pass.
 */
export interface RawNote {
  index: number;
  /** The note's text, when it is text. */
  note: string | undefined;
  /** The source ids it names, as written. */
  sources: string[];
}

export function rawNotes(raw: Record<string, unknown> | undefined): RawNote[] {
  const list = raw?.disputed;
  if (!Array.isArray(list)) return [];
  return list.map((item: unknown, index) => {
    const group = item && typeof item === 'object' ? item : {};
    return {
      index,
      note: 'note' in group && typeof group.note === 'string' ? group.note : undefined,
      sources: 'sources' in group && Array.isArray(group.sources) ? group.sources.map(String) : [],
    };
  });
}
