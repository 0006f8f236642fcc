/**
 * The frontmatter schemas of every collection, written once.
 *
 * They are built by `makeSchemas(ref)` because a cross-reference means different things to
 * different readers of the same schema: Astro's `reference()` in `content.config.ts`, a
 * checked `{ collection, id }` in our own validator, an enum of ids in the editor's JSON
 * Schema. Everything else (fields, descriptions, date rules) is shared.
 */
import { z } from 'astro/zod';
import { parsePartialDate, partialDateText, PartialDateError, PARTIAL_DATE_FORMS } from './dates.ts';

export const ENTITY_COLLECTIONS = ['people', 'spacecraft', 'events', 'organizations', 'places'] as const;
export const COLLECTIONS = [...ENTITY_COLLECTIONS, 'sources'] as const;
export type EntityCollection = (typeof ENTITY_COLLECTIONS)[number];
export type CollectionName = (typeof COLLECTIONS)[number];

/** Singular names, used in page text, search facets and the scaffold command. */
export const SINGULAR: Record<CollectionName, string> = {
  people: 'person',
  spacecraft: 'spacecraft',
  events: 'event',
  organizations: 'organization',
  places: 'place',
  sources: 'source',
};

export const EVENT_KINDS = [
  'launch', 'docking', 'undocking', 'landing', 'spacewalk', 'anomaly', 'investigation',
  'decision', 'agreement', 'appointment', 'command', 'relocation', 'record', 'communication',
] as const;

export const SPACECRAFT_KINDS = [
  'crewed spacecraft', 'cargo spacecraft', 'crew mission', 'space station', 'launch vehicle',
] as const;

export const ORGANIZATION_KINDS = ['space agency', 'state corporation', 'company', 'manufacturer'] as const;

export const PLACE_KINDS = ['cosmodrome', 'launch site', 'landing zone'] as const;

export const SOURCE_KINDS = ['official', 'news', 'specialist', 'encyclopedia'] as const;

/** One date, at the precision the sources give. */
export const partialDate = z
  .preprocess(
    partialDateText,
    z.string().transform((text, ctx) => {
      try {
        return parsePartialDate(text);
      } catch (error) {
        if (!(error instanceof PartialDateError)) throw error;
        ctx.addIssue({ code: 'custom', message: error.message });
        return z.NEVER;
      }
    }),
  )
  .describe(`A date at the precision the sources give: ${PARTIAL_DATE_FORMS}. Quote it.`);

const oneLine = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${what} is empty`)
    .max(max, `${what} is longer than ${max} characters`)
    .regex(/^[^\n]*$/, `${what} must be a single line`);

export function makeSchemas<R extends z.ZodType>(ref: (collection: CollectionName) => R) {
  const common = {
    title: oneLine('title', 120).describe('The name shown as the page title and in every link to it.'),
    summary: oneLine('summary', 240).describe(
      'One sentence for cards, search results and the meta description.',
    ),
    aliases: z
      .array(oneLine('alias', 120))
      .default([])
      .describe('Other names and spellings, in any script (e.g. "Союз МС-22"); search finds them.'),
    sources: z
      .array(ref('sources'))
      .min(1, 'every entry cites at least one source')
      .describe('Ids of entries in `sources` that support what this entry states.'),
    disputed: z
      .array(oneLine('disputed note', 400))
      .default([])
      .describe('Statements the sources disagree on, each said with its uncertainty.'),
  };

  const people = z.strictObject({
    ...common,
    nativeName: oneLine('native name', 120).optional().describe('The name in its own script.'),
    born: partialDate.optional().describe('Date of birth.'),
    birthPlace: oneLine('birth place', 160).optional().describe('Where the person was born, as the sources give it.'),
    nationality: oneLine('nationality', 60).optional().describe('Nationality, e.g. "Russian".'),
    occupation: oneLine('occupation', 120).optional().describe('What the person is known as, e.g. "NASA astronaut".'),
    agency: ref('organizations').optional().describe('The organization the person flew or worked for during these events.'),
  });

  const crewMember = z.strictObject({
    person: ref('people').describe('Who flew.'),
    role: oneLine('role', 80).describe('Their seat or job on this flight, e.g. "Commander".'),
  });

  const milestone = z.strictObject({
    date: partialDate.describe('When it happened.'),
    site: ref('places').optional().describe('Where it happened.'),
  });

  const spacecraft = z.strictObject({
    ...common,
    kind: z.enum(SPACECRAFT_KINDS).describe('What sort of craft or flight this is.'),
    operator: ref('organizations').optional().describe('Who flies it.'),
    manufacturer: ref('organizations').optional().describe('Who built it.'),
    vehicle: ref('spacecraft').optional().describe('For a crew mission: the spacecraft that flew it.'),
    launchVehicle: ref('spacecraft').optional().describe('The rocket that launched it.'),
    launch: milestone.optional().describe('Launch: date and site. Events naming this craft may not be earlier.'),
    landing: milestone.optional().describe('Landing or end of flight. Events naming this craft may not be later.'),
    crew: z.array(crewMember).default([]).describe('Who flew on it, each with their role.'),
    designation: oneLine('designation', 120).optional().describe('Official designations, e.g. "ISS 68S; COSPAR 2022-116A".'),
    callSign: oneLine('call sign', 60).optional().describe('Radio call sign.'),
  });

  const events = z.strictObject({
    ...common,
    date: partialDate.describe('When the event began.'),
    end: partialDate.optional().describe('When it ended, for events that last; not before `date`.'),
    kind: z.enum(EVENT_KINDS).describe('What sort of event this is.'),
    people: z.array(ref('people')).default([]).describe('People who took part.'),
    spacecraft: z.array(ref('spacecraft')).default([]).describe('Spacecraft that took part; the event must fall within each one\'s flight.'),
    about: z
      .array(ref('spacecraft'))
      .default([])
      .describe('Spacecraft the event is about without taking part (a decision, an announcement, a finding); may fall before launch or after landing.'),
    organizations: z.array(ref('organizations')).default([]).describe('Organizations involved.'),
    place: ref('places').optional().describe('Where it happened, when that is on the ground.'),
  });

  const leader = z.strictObject({
    person: ref('people').describe('Who led it.'),
    title: oneLine('title', 80).describe('The post, e.g. "Director General".'),
    from: partialDate.describe('Start of the term.'),
    to: partialDate.optional().describe('End of the term; leave out while in office.'),
  });

  const organizations = z.strictObject({
    ...common,
    kind: z.enum(ORGANIZATION_KINDS).describe('What sort of organization this is.'),
    country: oneLine('country', 60).optional().describe('Country it belongs to.'),
    founded: partialDate.optional().describe('When it was founded.'),
    headquarters: oneLine('headquarters', 120).optional().describe('Where it is based.'),
    parent: ref('organizations').optional().describe('The organization it is part of.'),
    leaders: z.array(leader).default([]).describe('Heads of the organization, each with their term.'),
  });

  const places = z.strictObject({
    ...common,
    kind: z.enum(PLACE_KINDS).describe('What sort of place this is.'),
    country: oneLine('country', 60).describe('Country where it lies.'),
    operator: ref('organizations').optional().describe('Who runs it.'),
  });

  const sources = z.strictObject({
    title: oneLine('title', 300).describe('Headline or page title of the publication.'),
    publisher: oneLine('publisher', 120).describe('Who published it, e.g. "TASS" or "NASA".'),
    url: z.url().describe('Where it can be read.'),
    published: partialDate.optional().describe('Publication date.'),
    kind: z.enum(SOURCE_KINDS).describe('official (agency), news, specialist outlet, or encyclopedia.'),
    language: z.string().regex(/^[a-z]{2}$/, 'a two-letter language code, e.g. "en"').default('en').describe('Language code of the text.'),
  });

  return { people, spacecraft, events, organizations, places, sources } satisfies Record<CollectionName, z.ZodType>;
}

/** A checked cross-reference as our own validator and graph see it. */
export interface EntryRef {
  collection: CollectionName;
  id: string;
}

/** Schemas whose references parse to `{ collection, id }` without Astro. */
export const plainSchemas = makeSchemas((collection) =>
  z.string().min(1).transform((id): EntryRef => ({ collection, id })),
);

/** Sources are plain data; every other collection is one MDX file an entry. */
export function entryPattern(collection: CollectionName): string {
  return collection === 'sources' ? '*.yaml' : '*.mdx';
}
