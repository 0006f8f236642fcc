/**
 * The frontmatter schemas of every collection, built once and used by everyone: the content
 * check parses with them, their output types (`z.output`) type every page, and their metadata
 * (`.describe()`, `.meta({ reference })`, `.meta({ partialDate })`), read back through
 * `z.toJSONSchema`, gives the scaffold, the author guide and the editor schemas their fields.
 */
import { z } from 'astro/zod';
import { COLLECTION_INFO, withArticle, type CollectionName } from './collections.ts';
import { parsePartialDate, partialDateText, PartialDateError, PARTIAL_DATE_FORMS } from './dates.ts';
import type { EntryRef } from './ids.ts';

export type { CollectionName } from './collections.ts';
export type { EntryRef } from './ids.ts';

export const EVENT_KINDS = [
  'launch', 'docking', 'undocking', 'landing', 'spacewalk', 'anomaly', 'investigation',
  'decision', 'agreement', 'appointment', 'command', 'relocation', 'record', 'communication',
] as const;

export const SPACECRAFT_KINDS = [
  'crewed spacecraft', 'cargo spacecraft', 'crew mission', 'space station', 'launch vehicle', 'reusable spacecraft',
] as const;

/** Kinds that fly again and again: their launch is their first, and no landing ends their story. */
export const FLOWN_REPEATEDLY: ReadonlySet<string> = new Set(['launch vehicle', 'reusable spacecraft'] satisfies Array<(typeof SPACECRAFT_KINDS)[number]>);

/** How a flight can end; the infobox names the row after it. */
export const FLIGHT_ENDINGS = ['landing', 'splashdown', 're-entry'] as const;

export const ORGANIZATION_KINDS = ['space agency', 'state corporation', 'company', 'manufacturer'] as const;

export const PLACE_KINDS = ['cosmodrome', 'launch site', 'landing zone'] as const;

export const SOURCE_KINDS = ['official', 'news', 'specialist', 'encyclopedia', 'social media'] as const;

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
  .meta({ partialDate: true, description: `A date at the precision the sources give: ${PARTIAL_DATE_FORMS}. Quote it.` });

/** C0 control characters and DEL; a tab is text (a line break is the single-line rule's). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** The first control character of a text, as its code point: "U+0007". */
const controlIn = (text: string) => `U+${(CONTROL.exec(text)?.[0] ?? '').charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

const oneLine = (what: string, max: number) => {
  // "an alias", "an occupation": the message is read as a sentence.
  const a = withArticle(what);
  return z
    .string()
    .trim()
    .min(1, `${a} of at least one character`)
    .max(max, { error: (issue) => `${a} of at most ${max} characters (this one has ${String(issue.input).length})` })
    .regex(/^[^\n]*$/, `${a} on a single line`)
    // A control character (a NUL or a bell pasted from another program) is invisible in an
    // editor, yet the page would publish it, where HTML counts it a parse error. A refinement,
    // not a pattern: a second pattern would change the JSON Schema editors read.
    .refine((text) => !CONTROL.test(text), {
      error: (issue) => `${a} without control characters: this one holds ${controlIn(String(issue.input))}, which no editor shows; delete it`,
    });
};

/** A reference to an entry of `collection`, by id; whether that entry exists is the references rule's to say. */
function reference<C extends CollectionName>(collection: C) {
  return z
    .string()
    .min(1)
    .transform((id): EntryRef<C> => ({ collection, id }))
    .meta({ reference: collection });
}

/** A list of references, each entry at most once: an id written twice is a slip, shown twice on the page. */
function references<C extends CollectionName>(collection: C) {
  return z.array(reference(collection)).superRefine((refs, ctx) => {
    refs.forEach(({ id }, at) => {
      const first = refs.findIndex((ref) => ref.id === id);
      if (first < at) ctx.addIssue({ code: 'custom', path: [at], input: id, message: `each ${COLLECTION_INFO[collection].singular} once: "${id}" is already at [${first}] of the list` });
    });
  });
}

/** Only web addresses: a `javascript:` or `data:` URL in a link would run in the reader's browser. */
const webAddress = z
  // abort: an address that is no web address at all ("not a url") is told that alone, not
  // also that it has spaces.
  .url({ protocol: /^https?$/, abort: true, error: 'an address starting with https:// or http://, then a host name (e.g. https://www.nasa.gov/…)' })
  // A browser would fix these up, silently; the address should be as a browser's address bar
  // gives it. A refinement, not a pattern: a pattern would take the place of the `uri` format
  // in the JSON Schema, which editors and the scaffold read.
  .refine((url) => /^[^\s<>"`]+$/.test(url), { error: 'an address without spaces or < > " ` (as a browser\'s address bar copies it: a space is %20)' });

/**
 * A note on where sources disagree, with the sources on each side: the page marks it with
 * their citation numbers, as a body's `<Cite>` does, so the reader can weigh them.
 */
const disputedNote = z.strictObject({
  note: oneLine('disputed note', 400).describe('What the sources disagree on, e.g. "Landing time: 11:45 UTC according to Roscosmos, 11:46 UTC according to NASA."'),
  sources: references('sources').min(1, 'a note cites the sources it compares').describe('Ids of entries in `sources` on each side of the disagreement.'),
});

const common = {
  title: oneLine('title', 120).describe('The name shown as the page title and in every link to it.'),
  summary: oneLine('summary', 240).describe(
    'One sentence for cards, search results and the meta description; on its page, every person, craft, organization or place it names by title or alias is a link.',
  ),
  aliases: z
    .array(oneLine('alias', 120))
    .default([])
    .describe('Other names and spellings, in any script (e.g. "Союз МС-22"); search finds them.'),
  sources: references('sources')
    .min(1, 'every entry cites at least one source')
    .describe('Ids of entries in `sources` that support what this entry states.'),
  disputed: z
    .array(disputedNote)
    .default([])
    .describe('Statements the sources disagree on, each said with its uncertainty and the sources it compares.'),
};

const people = z.strictObject({
  ...common,
  nativeName: oneLine('native name', 120).optional().describe('The name in its own script.'),
  born: partialDate.optional().describe('Date of birth.'),
  birthPlace: oneLine('birth place', 160).optional().describe('Where the person was born, as the sources give it.'),
  nationality: oneLine('nationality', 60).optional().describe('Nationality, e.g. "Russian".'),
  occupation: oneLine('occupation', 120).optional().describe('What the person is known as, e.g. "NASA astronaut".'),
  agency: reference('organizations').optional().describe('The organization the person flew or worked for during these events.'),
  timeInSpace: oneLine('time in space', 80).optional().describe('Total time in space over all flights, as the sources give it, e.g. "371 days"; left out where they give none.'),
});

const crewMember = z.strictObject({
  person: reference('people').describe('Who flew.'),
  role: oneLine('role', 80).describe('Their seat or job on this flight, e.g. "Commander".'),
  flew: z
    .enum(['launch only', 'landing only'])
    .optional()
    .describe('Only for one who did not fly both ways: "launch only" if they came home on another craft (which lists them "landing only"), "landing only" if they went up on another.'),
});

const milestone = z.strictObject({
  date: partialDate.describe('When it happened.'),
  site: reference('places').optional().describe('Where it happened.'),
});

const spacecraft = z.strictObject({
  ...common,
  kind: z.enum(SPACECRAFT_KINDS).describe('What sort of craft or flight this is; a "reusable spacecraft" flies several missions, each its own entry naming it as vehicle.'),
  operator: reference('organizations').optional().describe('Who flies it.'),
  manufacturer: reference('organizations').optional().describe('Who built it.'),
  vehicle: reference('spacecraft').optional().describe('For a crew mission: the spacecraft that flew it.'),
  launchVehicle: reference('spacecraft').optional().describe('The rocket that launched it.'),
  launch: milestone.optional().describe('Launch (a launch vehicle\'s or reusable spacecraft\'s first): date and site. Events naming this craft may not be earlier.'),
  landing: milestone
    .extend({
      how: z.enum(FLIGHT_ENDINGS).optional().describe('How the flight ended: "landing" on the ground (the default), "splashdown" at sea, or "re-entry" for a craft that burned up.'),
    })
    .optional()
    .describe('Landing or end of flight. Events naming this craft may not be later.'),
  crew: z
    .array(crewMember)
    // One seat each: a person listed twice is a slip (two seats on one flight cannot both be theirs).
    .superRefine((crew, ctx) => {
      crew.forEach(({ person }, at) => {
        const first = crew.findIndex((member) => member.person.id === person.id);
        if (first < at) ctx.addIssue({ code: 'custom', path: [at, 'person'], input: person.id, message: `each person once: "${person.id}" is already at [${first}] of the crew` });
      });
    })
    .default([])
    .describe('Who flew on it, each with their role.'),
  designation: oneLine('designation', 120).optional().describe('Official designations, e.g. "ISS 68S; COSPAR 2022-116A".'),
  callSign: oneLine('call sign', 60).optional().describe('Radio call sign.'),
});

const events = z.strictObject({
  ...common,
  date: partialDate.describe('When the event began.'),
  end: partialDate.optional().describe('When it ended, for events that last; not before `date`.'),
  kind: z.enum(EVENT_KINDS).describe('What sort of event this is.'),
  people: references('people').default([]).describe('People who took part.'),
  spacecraft: references('spacecraft').default([]).describe('Spacecraft that took part; the event must fall within each one\'s flight.'),
  about: references('spacecraft')
    .default([])
    .describe('Spacecraft the event is about without taking part (a decision, an announcement, a finding); may fall before launch or after landing.'),
  organizations: references('organizations').default([]).describe('Organizations involved.'),
  place: reference('places').optional().describe('Where it happened, when that is on the ground.'),
});

const leader = z.strictObject({
  person: reference('people').describe('Who led it.'),
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
  parent: reference('organizations').optional().describe('The organization it is part of.'),
  leaders: z.array(leader).default([]).describe('Heads of the organization, each with their term.'),
});

const places = z.strictObject({
  ...common,
  kind: z.enum(PLACE_KINDS).describe('What sort of place this is.'),
  country: oneLine('country', 60).describe('Country where it lies.'),
  operator: reference('organizations').optional().describe('Who runs it.'),
});

const sources = z.strictObject({
  title: oneLine('title', 300).describe('Headline or page title of the publication.'),
  publisher: oneLine('publisher', 120).describe('Who published it, e.g. "TASS" or "NASA".'),
  url: webAddress.describe('Where it can be read.'),
  published: partialDate.optional().describe('Publication date.'),
  kind: z.enum(SOURCE_KINDS).describe('official (agency), news, specialist outlet, encyclopedia, or social media (a post by a person, not an outlet).'),
  language: z.string().regex(/^[a-z]{2}$/, 'a two-letter language code, e.g. "en"').default('en').describe('Language code of the text.'),
});

export const SCHEMAS = { people, spacecraft, events, organizations, places, sources } satisfies Record<CollectionName, z.ZodType>;

/** An entry's frontmatter as the schema gives it: references as `{ collection, id }`, dates as `PartialDate`. */
export type EntryData<C extends CollectionName = CollectionName> = z.output<(typeof SCHEMAS)[C]>;

/** What an entry's MDX body links to and cites. */
export interface EntryBody {
  bodyLinks: readonly string[];
  /** Source ids cited inline (`<Cite>`), in the order they stand; they cite as the `sources` field does. */
  bodyCitations: readonly string[];
}

type EntryOf = {
  [C in CollectionName]: { collection: C; id: string; data: EntryData<C> } & EntryBody;
};

/** One entry of the model: its data and the URLs its MDX body links to. */
export type Entry<C extends CollectionName = CollectionName> = EntryOf[C];

/** Narrows an entry to its collection, so its fields are typed. */
export function isIn<C extends CollectionName>(entry: Entry, collection: C): entry is Entry<C> {
  return entry.collection === collection;
}

export interface ParsedEntry<E> {
  entry: E | undefined;
  issues: readonly z.core.$ZodIssue[];
}

function parsed<T, E>(result: z.ZodSafeParseResult<T>, make: (data: T) => E): ParsedEntry<E> {
  return result.success ? { entry: make(result.data), issues: [] } : { entry: undefined, issues: result.error.issues };
}

type Parser<C extends CollectionName> = (id: string, raw: unknown, body: EntryBody) => ParsedEntry<Entry<C>>;

/** Each collection's parse into a typed entry (one call through `SCHEMAS[c]` would lose which collection). */
export const PARSE_ENTRY: { [C in CollectionName]: Parser<C> } = {
  people: (id, raw, body) => parsed(SCHEMAS.people.safeParse(raw), (data) => ({ collection: 'people', id, data, ...body })),
  spacecraft: (id, raw, body) => parsed(SCHEMAS.spacecraft.safeParse(raw), (data) => ({ collection: 'spacecraft', id, data, ...body })),
  events: (id, raw, body) => parsed(SCHEMAS.events.safeParse(raw), (data) => ({ collection: 'events', id, data, ...body })),
  organizations: (id, raw, body) => parsed(SCHEMAS.organizations.safeParse(raw), (data) => ({ collection: 'organizations', id, data, ...body })),
  places: (id, raw, body) => parsed(SCHEMAS.places.safeParse(raw), (data) => ({ collection: 'places', id, data, ...body })),
  sources: (id, raw, body) => parsed(SCHEMAS.sources.safeParse(raw), (data) => ({ collection: 'sources', id, data, ...body })),
};
