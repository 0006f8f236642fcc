/**
 * The collections, in one table: what each is called, what its index page says, which files
 * hold its entries and what sums an entry up. Routes, navigation, index pages, search, the
 * scaffold, the guide and the content check all read it here.
 */

export const ENTITY_COLLECTIONS = ['people', 'spacecraft', 'events', 'organizations', 'places'] as const;
export const COLLECTIONS = [...ENTITY_COLLECTIONS, 'sources'] as const;
export type EntityCollection = (typeof ENTITY_COLLECTIONS)[number];
export type CollectionName = (typeof COLLECTIONS)[number];

export interface CollectionInfo {
  /** Navigation and index-page title. */
  label: string;
  /** One entry, in page text, search facets and the scaffold command. */
  singular: string;
  /** The index page's opening sentence. */
  intro: string;
  /** Every entry is one file with this extension; only MDX files have a body. */
  extension: '.mdx' | '.yaml';
}

export const COLLECTION_INFO: Record<CollectionName, CollectionInfo> = {
  people: { label: 'People', singular: 'person', intro: 'Astronauts, cosmonauts and officials in the record.', extension: '.mdx' },
  spacecraft: {
    label: 'Spacecraft',
    singular: 'spacecraft',
    intro: 'Spacecraft, crew missions, the station and the rockets that launched them.',
    extension: '.mdx',
  },
  events: {
    label: 'Events',
    singular: 'event',
    intro: 'Everything that happened, in time order. The timeline shows the same events on a chart.',
    extension: '.mdx',
  },
  organizations: { label: 'Organizations', singular: 'organization', intro: 'Space agencies and companies.', extension: '.mdx' },
  places: { label: 'Places', singular: 'place', intro: 'Launch sites and landing zones.', extension: '.mdx' },
  sources: { label: 'Sources', singular: 'source', intro: 'The publications that entries cite.', extension: '.yaml' },
};

/** The glob of a collection's entry files inside its folder, e.g. `*.mdx`. */
export function filePattern(collection: CollectionName): string {
  return `*${COLLECTION_INFO[collection].extension}`;
}

export function hasBody(collection: CollectionName): boolean {
  return COLLECTION_INFO[collection].extension === '.mdx';
}

/** "a person", "an organization". */
export function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/**
 * One sentence for cards, search results and the meta description: the entry's own summary;
 * a source has none, so it is described by its publisher.
 */
export function summaryOf(data: { title: string; summary: string } | { title: string; publisher: string }): string {
  return 'summary' in data ? data.summary : `${data.title}, published by ${data.publisher}.`;
}
