/**
 * The schema.org description of an entry page (JSON-LD). The top-level object is the entry
 * itself, typed by its kind (Person, Organization, Place, Event, Vehicle for spacecraft,
 * NewsArticle or CreativeWork for sources), with its typed facts and the entries they name as
 * nodes with their addresses: readers that take the top-level type (search engines, most
 * validators) find a person or an event, not a web page. The page about it is its
 * `mainEntityOfPage`, a WebPage carrying what schema.org allows on creative works only (the
 * sources cited, the entries mentioned) and what is the page's rather than the entry's (the
 * site it is part of, its last change). The entry's `@id` is the page's address with
 * `#entity`: with the page's own `@id` the two nodes would merge into one thing that is both a
 * person and a web page. Types from schema-dts.
 */
import type { CreativeWorkLeaf, EventLeaf, NewsArticleLeaf, OrganizationLeaf, PersonLeaf, PlaceLeaf, VehicleLeaf, WebPageLeaf, WithContext } from 'schema-dts';
import type { PartialDate } from '../model/dates.ts';
import type { CollectionName, Entry, EntryData, EntryRef } from '../model/schema.ts';
import { keyOf, type EntryKey, type LinkGraph } from '../site/graph.ts';
import { entryPath } from '../site/routes.ts';
import { SITE_NAME, siteAddress } from './page-meta.ts';

/** What an entry page describes. */
type EntryThing = PersonLeaf | OrganizationLeaf | PlaceLeaf | EventLeaf | VehicleLeaf | NewsArticleLeaf | CreativeWorkLeaf;

/** The schema.org type of every collection but sources, whose type follows their kind. */
const TYPES = {
  people: 'Person', organizations: 'Organization', places: 'Place', events: 'Event', spacecraft: 'Vehicle',
} as const satisfies Record<Exclude<CollectionName, 'sources'>, EntryThing['@type']>;

function sourceType(source: EntryData<'sources'>) {
  return source.kind === 'news' ? 'NewsArticle' : 'CreativeWork';
}

/** A schema-dts type whose properties may be undefined, so facts are written as the entry has them. */
type Facts<T> = { [K in keyof T]: T[K] | undefined };

/** The facts that have a value: exactOptionalPropertyTypes wants no undefined, and an empty list says nothing. */
function defined<T extends object>(facts: Facts<T>): T {
  // Only what `Facts` adds to T is dropped, so the rest is a T.
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

export function jsonLdBuilder(graph: LinkGraph, site: string) {
  const url = (ref: EntryRef) => siteAddress(site, entryPath(ref.collection, ref.id));
  /** How other nodes name an entry: its `@id`, title and address on this site. */
  const named = (ref: EntryRef) => ({ '@id': `${url(ref)}#entity`, name: graph.entries.get(keyOf(ref))?.data.title ?? ref.id, url: url(ref) });
  /** A reference as a node of its collection's type, so it fits the property that holds it. */
  const node = <C extends keyof typeof TYPES>(ref: EntryRef<C>) => ({ '@type': TYPES[ref.collection], ...named(ref) });
  const nodes = <C extends keyof typeof TYPES>(list: ReadonlyArray<EntryRef<C> | undefined>) => list.filter((r) => r !== undefined).map(node);
  const one = <C extends keyof typeof TYPES>(ref: EntryRef<C> | undefined) => (ref ? node(ref) : undefined);
  /** Any entry as a node, as `mentions` takes them. */
  const mention = (target: Entry): EntryThing =>
    target.collection === 'sources' ? { '@type': sourceType(target.data), ...named(target) } : node(target);

  /** The publication a source entry describes, a news report or another work by its kind, at its own address, with what a caller adds. */
  function publication(d: EntryData<'sources'>, more: Facts<Omit<CreativeWorkLeaf, '@type'>>): NewsArticleLeaf | CreativeWorkLeaf {
    const publisher: OrganizationLeaf = { '@type': 'Organization', name: d.publisher };
    const work = { ...more, url: d.url, publisher, datePublished: d.published?.text, inLanguage: d.language };
    return d.kind === 'news' ? defined<NewsArticleLeaf>({ '@type': 'NewsArticle', ...work }) : defined<CreativeWorkLeaf>({ '@type': 'CreativeWork', ...work });
  }

  /** A cited source as the publication it is, and its entry on this site. */
  function citation(ref: EntryRef<'sources'>): NewsArticleLeaf | CreativeWorkLeaf {
    const source = graph.entries.get(keyOf(ref));
    const sameAs = url(ref);
    if (source?.collection !== 'sources') return { '@type': 'CreativeWork', name: ref.id, sameAs };
    return publication(source.data, { name: source.data.title, sameAs });
  }

  /** A craft's launch or landing, as the event it was, under one name for every craft ("Landing of", a splashdown too), so programs find it. */
  function milestone(what: string, craft: string, m: { date: PartialDate; site?: EntryRef<'places'> | undefined } | undefined): EventLeaf | undefined {
    if (!m) return undefined;
    return defined<EventLeaf>({ '@type': 'Event', name: `${what} of ${craft}`, startDate: m.date.text, location: one(m.site) });
  }

  /** The entry with its typed facts. */
  function entity(entry: Entry): EntryThing {
    const self = named(entry);
    if (entry.collection === 'sources') {
      // The publication is at its own address; this site's page about it is `mainEntityOfPage`.
      return publication(entry.data, { '@id': self['@id'], name: self.name, genre: entry.data.kind });
    }
    const described = { ...self, description: entry.data.summary, alternateName: entry.data.aliases };
    switch (entry.collection) {
      case 'people': {
        const d = entry.data;
        // Free text, not entries: schema.org takes a birth place and a nationality as nodes, named.
        const birthPlace: PlaceLeaf | undefined = d.birthPlace === undefined ? undefined : { '@type': 'Place', name: d.birthPlace };
        const nationality = d.nationality === undefined ? undefined : { '@type': 'Country', name: d.nationality } as const;
        return defined<PersonLeaf>({ '@type': 'Person', ...described, birthDate: d.born?.text, birthPlace, nationality, jobTitle: d.occupation, affiliation: one(d.agency) });
      }
      case 'organizations': {
        const d = entry.data;
        return defined<OrganizationLeaf>({ '@type': 'Organization', ...described, foundingDate: d.founded?.text, location: d.headquarters, parentOrganization: one(d.parent), areaServed: d.country, employee: nodes(d.leaders.map((l) => l.person)) });
      }
      case 'places':
        return defined<PlaceLeaf>({ '@type': 'Place', ...described, address: { '@type': 'PostalAddress', addressCountry: entry.data.country } });
      case 'events': {
        const d = entry.data;
        // schema.org has no "completed" status: EventScheduled is an event that took place as planned.
        return defined<EventLeaf>({ '@type': 'Event', ...described, startDate: d.date.text, endDate: d.end?.text, location: one(d.place), attendee: nodes(d.people), organizer: nodes(d.organizations), about: nodes([...d.spacecraft, ...d.about]), eventStatus: 'https://schema.org/EventScheduled' });
      }
      case 'spacecraft': {
        const d = entry.data;
        const milestones = [milestone('Launch', d.title, d.launch), milestone('Landing', d.title, d.landing)].filter((m) => m !== undefined);
        return defined<VehicleLeaf>({ '@type': 'Vehicle', ...described, category: d.kind, identifier: d.designation, manufacturer: one(d.manufacturer), isRelatedTo: nodes([d.vehicle, d.launchVehicle]), subjectOf: milestones });
      }
    }
  }

  /** The entry `key` and its page; `modified` is the date of the entry file's last change, if known. */
  return function entryJsonLd(key: EntryKey, modified: string | undefined): WithContext<EntryThing> {
    const entry = graph.entries.get(key);
    if (!entry) throw new Error(`No entry ${key} in the link graph`);
    const d = entry.data;
    const pageUrl = url(entry);
    const mentioned = [...new Set((graph.outgoing.get(key) ?? []).filter((e) => e.field !== 'sources').map((e) => e.to))].sort();
    const page = defined<WebPageLeaf>({
      '@type': 'WebPage',
      '@id': pageUrl,
      url: pageUrl,
      name: d.title,
      description: 'summary' in d ? d.summary : undefined,
      inLanguage: 'en',
      isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: siteAddress(site, '/') },
      dateModified: modified,
      mentions: mentioned.flatMap((k) => graph.entries.get(k) ?? []).map(mention),
      citation: ('sources' in d ? d.sources : []).map(citation),
    });
    return { '@context': 'https://schema.org', ...entity(entry), mainEntityOfPage: page };
  };
}

/** JSON for a <script> element: "<" escaped so no text in the data can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
