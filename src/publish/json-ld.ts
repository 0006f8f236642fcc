/**
 * The schema.org description of an entry page (JSON-LD): a WebPage whose main entity is
 * typed by the entry's kind (Person, Organization, Place, Event, Vehicle for spacecraft,
 * NewsArticle or CreativeWork for sources), with its typed facts, the entries it refers to
 * as their addresses, and the sources it cites. Types from schema-dts.
 */
import type { CreativeWork, Event, NewsArticle, Organization, Person, Place, Thing, Vehicle, WebPage, WithContext } from 'schema-dts';
import type { PartialDate } from '../model/dates.ts';
import type { CollectionName, EntryRef } from '../model/schema.ts';
import { keyOf, type EntryKey, type GraphEntry, type LinkGraph } from '../site/graph.ts';
import { entryPath } from '../site/routes.ts';
import { SITE_NAME, siteAddress } from './page-meta.ts';

type Data = GraphEntry['data'];

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const date = (v: unknown): string | undefined => (v && typeof v === 'object' && 'text' in v ? (v as PartialDate).text : undefined);
const refs = (v: unknown): EntryRef[] => (Array.isArray(v) ? v : v ? [v] : []).filter((r): r is EntryRef => !!r && typeof r === 'object' && 'collection' in r && 'id' in r);

/** The schema.org type of an entry, by collection (and a source's kind). */
export function schemaType(collection: CollectionName, data: Data): 'Person' | 'Organization' | 'Place' | 'Event' | 'Vehicle' | 'NewsArticle' | 'CreativeWork' {
  switch (collection) {
    case 'people': return 'Person';
    case 'organizations': return 'Organization';
    case 'places': return 'Place';
    case 'events': return 'Event';
    case 'spacecraft': return 'Vehicle';
    case 'sources': return data.kind === 'news' ? 'NewsArticle' : 'CreativeWork';
  }
}

export function jsonLdBuilder(graph: LinkGraph, site: string) {
  const url = (ref: EntryRef) => siteAddress(site, entryPath(ref.collection, ref.id));
  /** A reference as a node: type, name and this site's address. */
  const node = (ref: EntryRef) => {
    const target = graph.entries.get(keyOf(ref));
    return { '@type': target ? schemaType(target.collection, target.data) : 'Thing', '@id': `${url(ref)}#entity`, name: target?.data.title ?? ref.id, url: url(ref) } as const;
  };
  const nodes = (v: unknown) => refs(v).map(node);
  const one = (v: unknown) => nodes(v)[0];

  /** A cited source as the publication it is, at its own address. */
  function citation(ref: EntryRef): CreativeWork | NewsArticle {
    const source = graph.entries.get(keyOf(ref));
    const d = source?.data ?? { title: ref.id };
    const published = date(d.published);
    return {
      '@type': d.kind === 'news' ? 'NewsArticle' : 'CreativeWork',
      name: d.title,
      ...(text(d.url) ? { url: text(d.url)! } : {}),
      ...(text(d.publisher) ? { publisher: { '@type': 'Organization', name: text(d.publisher)! } } : {}),
      ...(published ? { datePublished: published } : {}),
      ...(text(d.language) ? { inLanguage: text(d.language)! } : {}),
      sameAs: url(ref),
    };
  }

  /** A craft's launch or landing, as the event it was. */
  function milestone(what: string, craft: string, m: { date?: PartialDate; site?: EntryRef } | undefined): Event | undefined {
    if (!m?.date) return undefined;
    return { '@type': 'Event', name: `${what} of ${craft}`, startDate: m.date.text, ...(m.site ? { location: node(m.site) } : {}) };
  }

  function facts(collection: CollectionName, d: Data): Record<string, unknown> {
    const launch = d.launch as { date?: PartialDate; site?: EntryRef } | undefined;
    const landing = d.landing as { date?: PartialDate; site?: EntryRef } | undefined;
    switch (collection) {
      case 'people':
        return { birthDate: date(d.born), birthPlace: text(d.birthPlace), nationality: text(d.nationality), jobTitle: text(d.occupation), affiliation: one(d.agency) } satisfies Partial<Record<keyof Person, unknown>>;
      case 'organizations':
        return { foundingDate: date(d.founded), location: text(d.headquarters), parentOrganization: one(d.parent), areaServed: text(d.country), employee: nodes((d.leaders as Array<{ person: EntryRef }> | undefined)?.map((l) => l.person)) } satisfies Partial<Record<keyof Organization, unknown>>;
      case 'places':
        return { address: text(d.country) ? { '@type': 'PostalAddress', addressCountry: text(d.country) } : undefined } satisfies Partial<Record<keyof Place, unknown>>;
      case 'events':
        return { startDate: date(d.date), endDate: date(d.end), location: one(d.place), attendee: nodes(d.people), organizer: nodes(d.organizations), about: nodes([...refs(d.spacecraft), ...refs(d.about)]), eventStatus: 'https://schema.org/EventCompleted' } satisfies Partial<Record<keyof Event, unknown>>;
      case 'spacecraft':
        return { category: text(d.kind), identifier: text(d.designation), manufacturer: one(d.manufacturer), isRelatedTo: nodes([...refs(d.vehicle), ...refs(d.launchVehicle)]), subjectOf: [milestone('Launch', d.title, launch), milestone('Landing', d.title, landing)].filter((m) => m !== undefined) } satisfies Partial<Record<keyof Vehicle, unknown>>;
      case 'sources':
        return { url: text(d.url), publisher: text(d.publisher) ? { '@type': 'Organization', name: text(d.publisher) } : undefined, datePublished: date(d.published), inLanguage: text(d.language), genre: text(d.kind) } satisfies Partial<Record<keyof CreativeWork, unknown>>;
    }
  }

  return function entryJsonLd(key: EntryKey): WithContext<WebPage> {
    const entry = graph.entries.get(key);
    if (!entry) throw new Error(`No entry ${key} in the link graph`);
    const d = entry.data;
    const pageUrl = url(entry);
    const summary = text(d.summary);
    const aliases = Array.isArray(d.aliases) ? d.aliases.filter((a): a is string => typeof a === 'string') : [];
    const typed = Object.fromEntries(Object.entries(facts(entry.collection, d)).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
    const mainEntity = {
      '@type': schemaType(entry.collection, d),
      '@id': `${pageUrl}#entity`,
      name: d.title,
      url: pageUrl,
      ...(summary ? { description: summary } : {}),
      ...(aliases.length > 0 ? { alternateName: aliases } : {}),
      ...typed,
    } as Thing;
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
      ...(refs(d.sources).length > 0 ? { citation: refs(d.sources).map(citation) } : {}),
    };
  };
}

/** JSON for a <script> element: "<" escaped so no text in the data can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
