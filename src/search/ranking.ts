/**
 * How Pagefind ranks this site's pages, in one place for the search page and the search
 * benchmark. Pagefind searches metadata and boosts a page by the weight of each field the
 * query matches (after its BM25 score of the text). Every entry but a source carries its
 * title and other names in `names`, so an entry outranks a source of the same title by
 * that field's weight; `type` and `date` are card labels, not what a reader searches for.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  ranking: {
    // Entry pages vary from a paragraph to many; without these, short pages that merely
    // mention a word outrank the entry about it.
    pageLength: 0,
    termFrequency: 0.5,
    metaWeights: { title: 5, names: 10, publication: 8, summary: 1, type: 0, date: 0 },
  },
} as const;

/** Joins an entry's names in its `names` metadata. */
export const NAMES_SEPARATOR = ' | ';
