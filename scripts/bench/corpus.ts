/**
 * A synthetic corpus with the real schemas and the real folder layout, for the benchmark:
 * people, spacecraft with crews and flights, events inside those flights, organizations with
 * leaders, places and sources, each entry an MDX body of a few hundred words that links other
 * entries the way authors do. Seeded, so every run writes the same files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { EVENT_KINDS, type CollectionName } from '../../src/model/schema.ts';

const FIRST = ['Anna', 'Yuri', 'Frank', 'Nicole', 'Sergei', 'Koichi', 'Mark', 'Dmitry', 'Josh', 'Samantha', 'Thomas', 'Elena', 'Luca', 'Jessica', 'Oleg', 'Peggy', 'Andreas', 'Kayla', 'Satoshi', 'Raja'];
const LAST = ['Kikina', 'Borisov', 'Rubio', 'Mann', 'Prokopyev', 'Wakata', 'Vande Hei', 'Petelin', 'Cassada', 'Cristoforetti', 'Pesquet', 'Serova', 'Parmitano', 'Meir', 'Kononenko', 'Whitson', 'Mogensen', 'Barron', 'Furukawa', 'Chari'];
const COUNTRIES = ['Russia', 'United States', 'Japan', 'France', 'Italy', 'Germany', 'Canada', 'Kazakhstan', 'India', 'China'];
const ROLES = ['Commander', 'Flight engineer 1', 'Flight engineer 2', 'Mission specialist', 'Pilot'];
const WORDS = (
  'the crew spacecraft station orbit module docking port coolant radiator loop pressure temperature ' +
  'flight controllers reported telemetry showed engineers reviewed the data mission managers agreed ' +
  'a replacement vehicle would launch uncrewed and the return was planned for spring while the ' +
  'investigation continued into the cause of the leak which was traced to an external impact ' +
  'cosmonauts and astronauts moved their seat liners between vehicles as a precaution and the ' +
  'agency said the thermal control system kept the cabin within limits during the flight'
).split(' ');

type Rng = () => number;

/** mulberry32: a tiny seeded generator, so the corpus is the same on every run. */
function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/**
 * Picks from a list with Zipf-like weights (the k-th item weighs 1/k^s): as in history, a
 * few agencies, stations, launch sites and reference works are named by thousands of entries
 * and most by a handful.
 */
function zipf<T>(rng: Rng, list: readonly T[], s: number): () => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 1; k <= list.length; k++) cumulative.push((sum += 1 / k ** s));
  return () => {
    const target = rng() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return list[lo]!;
  };
}
import { slugify as slug } from '../../src/model/ids.ts';
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function sentence(rng: Rng, words: number): string {
  const out = Array.from({ length: words }, () => pick(rng, WORDS));
  out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
  return `${out.join(' ')}.`;
}

/** A paragraph of prose with the given Markdown links woven between its sentences. */
function paragraph(rng: Rng, links: string[]): string {
  const parts: string[] = [];
  const sentences = 4 + Math.floor(rng() * 3);
  for (let i = 0; i < sentences; i++) {
    parts.push(sentence(rng, 10 + Math.floor(rng() * 10)));
    const link = links[i];
    if (link) parts.push(`See ${link}.`);
  }
  return parts.join(' ');
}

interface Entry {
  collection: CollectionName;
  id: string;
  title: string;
}

const md = (e: Entry, anchor = '') => `[${e.title}](/${e.collection}/${e.id}/${anchor})`;

/** YAML for the frontmatter: values are JSON, which YAML reads as it is. */
function frontmatter(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
}

function body(rng: Rng, heading: string, links: Entry[]): string {
  const linkText = links.map((l, i) => md(l, i === 2 ? '#what-links-here' : ''));
  return [
    paragraph(rng, linkText.slice(0, 2)),
    `## ${heading}`,
    paragraph(rng, linkText.slice(2, 4)),
    paragraph(rng, linkText.slice(4)),
    `- ${sentence(rng, 8)}\n- ${sentence(rng, 9)}\n- ${sentence(rng, 7)}`,
    `> ${sentence(rng, 14)}`,
  ].join('\n\n');
}

export interface CorpusCounts {
  entries: number;
  byCollection: Record<CollectionName, number>;
}

/** Writes `total` entries into `dir/<collection>/`, split roughly the way a real record is. */
export function generateCorpus(dir: string, total: number): CorpusCounts {
  const rng = seeded(total);
  fs.rmSync(dir, { recursive: true, force: true });
  const share = (f: number, min: number) => Math.max(min, Math.round(total * f));
  const counts = {
    sources: share(0.02, 2),
    organizations: share(0.02, 2),
    places: share(0.01, 2),
    people: share(0.25, 4),
    spacecraft: share(0.2, 2),
    events: 0,
  };
  counts.events = Math.max(1, total - counts.sources - counts.organizations - counts.places - counts.people - counts.spacecraft);

  const write = (e: Entry, fields: Record<string, unknown>, text?: string) => {
    const folder = path.join(dir, e.collection);
    fs.mkdirSync(folder, { recursive: true });
    if (e.collection === 'sources') fs.writeFileSync(path.join(folder, `${e.id}.yaml`), `${frontmatter(fields)}\n`);
    else fs.writeFileSync(path.join(folder, `${e.id}.mdx`), `---\n${frontmatter(fields)}\n---\n\n${text}\n`);
  };
  const make = (collection: CollectionName, n: number, title: (i: number) => string): Entry[] =>
    Array.from({ length: n }, (_, i) => {
      const t = title(i);
      return { collection, id: `${slug(t)}-${i + 1}`, title: `${t} ${i + 1}` };
    });

  const sources = make('sources', counts.sources, () => 'Flight report');
  const orgs = make('organizations', counts.organizations, (i) => `${COUNTRIES[i % COUNTRIES.length]} space agency`);
  const places = make('places', counts.places, (i) => `${COUNTRIES[i % COUNTRIES.length]} cosmodrome`);
  const people = make('people', counts.people, () => `${pick(rng, FIRST)} ${pick(rng, LAST)}`);
  const craft = make('spacecraft', counts.spacecraft, () => 'Soyuz MS');
  const events = make('events', counts.events, () => pick(rng, ['Docking of', 'Spacewalk from', 'Leak on', 'Relocation of']) + ' flight');
  // Hubs: the first agency, launch site, flight (a long-lived station) and source.
  const agency = zipf(rng, orgs, 1.3);
  const site = zipf(rng, places, 1.3);
  const source = zipf(rng, sources, 1.2);
  const src = () => [source().id];

  sources.forEach((e, i) =>
    write(e, { title: e.title, publisher: pick(rng, ['NASA', 'Roscosmos', 'TASS', 'SpaceNews']), url: `https://example.org/reports/${i + 1}`, published: isoDay(Date.UTC(2000, 0, 1) + i * DAY), kind: 'news' }),
  );
  orgs.forEach((e, i) => {
    const leader = people[i % people.length]!;
    write(
      e,
      { title: e.title, summary: `The space agency of ${COUNTRIES[i % COUNTRIES.length]}.`, kind: 'space agency', country: COUNTRIES[i % COUNTRIES.length], founded: String(1950 + (i % 50)), leaders: [{ person: leader.id, title: 'Director General', from: '2010' }], sources: src() },
      body(rng, 'History', [leader, site(), agency()]),
    );
  });
  places.forEach((e, i) =>
    write(
      e,
      { title: e.title, summary: `A launch site in ${COUNTRIES[i % COUNTRIES.length]}.`, kind: 'cosmodrome', country: COUNTRIES[i % COUNTRIES.length], operator: agency().id, sources: src() },
      body(rng, 'Launch pads', [agency(), site()]),
    ),
  );

  // Flights first: people and events refer to them, and events must fall inside one. The
  // first is a station in orbit for the whole record (no landing), so it gathers most events.
  const flights = craft.map((e, i) => {
    const launch = i === 0 ? Date.UTC(1998, 10, 20) : Date.UTC(2000, 0, 1) + Math.floor(rng() * 20 * 365) * DAY;
    const crew = Array.from({ length: 2 + Math.floor(rng() * 2) }, () => pick(rng, people));
    const landing = i === 0 ? Date.UTC(2024, 0, 1) : launch + (150 + Math.floor(rng() * 220)) * DAY;
    return { e, launch, landing, inOrbit: i === 0, crew: [...new Set(crew)], operator: agency(), site: site() };
  });
  const eventFlight = zipf(rng, flights, 1.1);
  flights.forEach((f) =>
    write(
      f.e,
      {
        title: f.e.title,
        summary: `Crewed flight to the station, launched ${isoDay(f.launch)}.`,
        kind: 'crewed spacecraft',
        operator: f.operator.id,
        launch: { date: isoDay(f.launch), site: f.site.id },
        landing: f.inOrbit ? undefined : { date: isoDay(f.landing) },
        crew: f.crew.map((p, i) => ({ person: p.id, role: ROLES[i % ROLES.length] })),
        sources: src(),
      },
      body(rng, 'Mission', [...f.crew, f.operator, f.site]),
    ),
  );
  people.forEach((e) => {
    const flight = pick(rng, flights);
    write(
      e,
      { title: e.title, summary: `Astronaut who flew on ${flight.e.title}.`, born: isoDay(Date.UTC(1955, 0, 1) + Math.floor(rng() * 30 * 365) * DAY), nationality: 'Russian', occupation: 'Cosmonaut', agency: agency().id, sources: src() },
      body(rng, 'Career', [flight.e, flight.operator, pick(rng, people), pick(rng, flights).e]),
    );
  });
  events.forEach((e) => {
    const flight = eventFlight();
    const date = flight.launch + (1 + Math.floor(rng() * ((flight.landing - flight.launch) / DAY - 2))) * DAY;
    write(
      e,
      { title: e.title, summary: `Something that happened during the flight of ${flight.e.title}.`, date: isoDay(date), kind: pick(rng, EVENT_KINDS), people: flight.crew.slice(0, 2).map((p) => p.id), spacecraft: [flight.e.id], organizations: [flight.operator.id], sources: src() },
      body(rng, 'What happened', [flight.e, ...flight.crew.slice(0, 2), flight.operator, pick(rng, events)]),
    );
  });

  const byCollection = { ...counts } as Record<CollectionName, number>;
  return { entries: Object.values(counts).reduce((a, b) => a + b, 0), byCollection };
}
