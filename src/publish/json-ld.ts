/**
 * The schema.org description of an entry page (JSON-LD): a WebPage whose main entity is
 * typed by the entry's kind (Person, Organization, Place, Event, Vehicle for spacecraft,
 * NewsArticle or CreativeWork for sources), with its typed facts, the entries it refers to
 * as their addresses, and the sources it cites. Types from schema-dts.
 */
import type { CreativeWork, Event, NewsArticle, Organization, Person, Place, Thing, Vehicle, WebPage, WithContext } from 'schema-dts';
import type { PartialDate } from '../model/dates.ts';
import type { Entry, EntryData, EntryRef } from '../model/schema.ts';
import { keyOf, type EntryKey, type LinkGraph } from '../site/graph.ts';
import { entryPath } from '../site/routes.ts';
import { SITE_NAME, siteAddress } from './page-meta.ts';

type SchemaType = 'Person' | 'Organization' | 'Place' | 'Event' | 'Vehicle' | 'NewsArticle' | 'CreativeWork';

/** The schema.org type of an entry, by collection (and a source's kind). */
export function schemaType(entry: Entry): SchemaType {
  switch (entry.collection) {
    case 'people': return 'Person';
    case 'organizations': return 'Organization';
    case 'places': return 'Place';
    case 'events': return 'Event';
    case 'spacecraft': return 'Vehicle';
    case 'sources': return sourceType(entry.data);
  }
}

function sourceType(source: EntryData<'sources'>): 'NewsArticle' | 'CreativeWork' {
  return source.kind === 'news' ? 'NewsArticle' : 'CreativeWork';
}

export function jsonLdBuilder(graph: LinkGraph, site: string) {
  const url = (ref: EntryRef) => siteAddress(site, entryPath(ref.collection, ref.id));
  /** A reference as a node: type, name and this site's address. */
  const node = (ref: EntryRef) => {
    const target = graph.entries.get(keyOf(ref));
    return { '@type': target ? schemaType(target) : 'Thing', '@id': `${url(ref)}#entity`, name: target?.data.title ?? ref.id, url: url(ref) } as const;
  };
  const nodes = (list: ReadonlyArray<EntryRef | undefined>) => list.filter((r) => r !== undefined).map(node);
  const one = (ref: EntryRef | undefined) => (ref ? node(ref) : undefined);

  /** The publication a source entry describes. */
  function publication(d: EntryData<'sources'>) {
    return {
      url: d.url,
      publisher: { '@type': 'Organization', name: d.publisher },
      ...(d.published ? { datePublished: d.published.text } : {}),
      inLanguage: d.language,
    } as const;
  }

  /** A cited source as the publication it is, at its own address. */
  function citation(ref: EntryRef<'sources'>): CreativeWork | NewsArticle {
    const source = graph.entries.get(keyOf(ref));
    const sameAs = url(ref);
    if (source?.collection !== 'sources') return { '@type': 'CreativeWork', name: ref.id, sameAs };
    return { '@type': sourceType(source.data), name: source.data.title, ...publication(source.data), sameAs };
  }

  /** A craft's launch or landing, as the event it was, under one name for every craft ("Landing of", a splashdown too), so programs find it. */
  function milestone(what: string, craft: string, m: { date: PartialDate; site?: EntryRef | undefined } | undefined): Event | undefined {
    if (!m) return undefined;
    return { '@type': 'Event', name: `${what} of ${craft}`, startDate: m.date.text, ...(m.site ? { location: node(m.site) } : {}) };
  }

  function facts(entry: Entry): Record<string, unknown> {
    switch (entry.collection) {
      case 'people': {
        const d = entry.data;
        return { birthDate: d.born?.text, birthPlace: d.birthPlace, nationality: d.nationality, jobTitle: d.occupation, affiliation: one(d.agency) } satisfies Partial<Record<keyof Person, unknown>>;
      }
      case 'organizations': {
        const d = entry.data;
        return { foundingDate: d.founded?.text, location: d.headquarters, parentOrganization: one(d.parent), areaServed: d.country, employee: nodes(d.leaders.map((l) => l.person)) } satisfies Partial<Record<keyof Organization, unknown>>;
      }
      case 'places':
        return { address: { '@type': 'PostalAddress', addressCountry: entry.data.country } } satisfies Partial<Record<keyof Place, unknown>>;
      case 'events': {
        const d = entry.data;
        return { startDate: d.date.text, endDate: d.end?.text, location: one(d.place), attendee: nodes(d.people), organizer: nodes(d.organizations), about: nodes([...d.spacecraft, ...d.about]), eventStatus: 'https://schema.org/EventCompleted' } satisfies Partial<Record<keyof Event, unknown>>;
      }
      case 'spacecraft': {
        const d = entry.data;
        return { category: d.kind, identifier: d.designation, manufacturer: one(d.manufacturer), isRelatedTo: nodes([d.vehicle, d.launchVehicle]), subjectOf: [milestone('Launch', d.title, d.launch), milestone('Landing', d.title, d.landing)].filter((m) => m !== undefined) } satisfies Partial<Record<keyof Vehicle, unknown>>;
      }
      case 'sources':
        return { ...publication(entry.data), genre: entry.data.kind } satisfies Partial<Record<keyof CreativeWork, unknown>>;
    }
  }

  return function entryJsonLd(key: EntryKey): WithContext<WebPage> {
    const entry = graph.entries.get(key);
    if (!entry) throw new Error(`No entry ${key} in the link graph`);
    const d = entry.data;
    const pageUrl = url(entry);
    const summary = 'summary' in d ? d.summary : undefined;
    const aliases = 'aliases' in d ? d.aliases : [];
    const sources = 'sources' in d ? d.sources : [];
    const typed = Object.fromEntries(Object.entries(facts(entry)).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
    const mainEntity: Thing = {
      '@type': schemaType(entry),
      '@id': `${pageUrl}#entity`,
      name: d.title,
      url: pageUrl,
      ...(summary ? { description: summary } : {}),
      ...(aliases.length > 0 ? { alternateName: aliases } : {}),
      ...typed,
    };
    const mentioned = [...new Set((graph.outgoing.get(key) ?? []).filter((e) => e.field !== 'sources').map((e) => e.to))].sort();
    return {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      '@id': pageUrl,
      url: pageUrl,
      name: d.title,
      ...(summary ? { description: summary } : {}),
      inLanguage: 'en',
      isPartOf: { '@type': 'WebSite', name: SITE_NAME, url: siteAddress(site, '/') },
      mainEntity,
      ...(mentioned.length > 0 ? { mentions: mentioned.map((k) => node(graph.entries.get(k)!)) } : {}),
      ...(sources.length > 0 ? { citation: sources.map(citation) } : {}),
    };
  };
}

/** JSON for a <script> element: "<" escaped so no text in the data can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
