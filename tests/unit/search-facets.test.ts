import { describe, expect, it } from 'vitest';
import { buildLinkGraph, type GraphEntry } from '../../src/site/graph.ts';
import type { CollectionName } from '../../src/model/collections.ts';
import { testEntry } from '../support/entries.ts';
import { searchFacets, UNDATED_SORT_KEY } from '../../src/search/facets.ts';
import { namesIn, PAGEFIND_OPTIONS } from '../../src/search/ranking.ts';

const SOURCE = { sources: ['seed'] };

function entry(collection: CollectionName, id: string, raw: Record<string, unknown>, bodyLinks: string[] = []): GraphEntry {
  return testEntry(collection, id, raw, bodyLinks);
}

const corpus = buildLinkGraph([
  entry('organizations', 'nasa', { title: 'NASA', summary: 'US agency.', kind: 'space agency', ...SOURCE }),
  entry('organizations', 'roscosmos', {
    title: 'Roscosmos', summary: 'Russian state corporation.', kind: 'state corporation', founded: '1992',
    leaders: [{ person: 'yuri-borisov', title: 'Director General', from: '2022-07-15' }], ...SOURCE,
  }),
  entry('people', 'yuri-borisov', { title: 'Yuri Borisov', summary: 'Head of Roscosmos.', ...SOURCE }),
  entry('people', 'sergey-prokopyev', {
    title: 'Sergey Prokopyev', summary: 'Cosmonaut.', nativeName: 'Сергей Прокопьев',
    aliases: ['Prokopiev', 'Сергей Прокопьев'], born: '1975-02-19', agency: 'roscosmos', ...SOURCE,
  }),
  entry('spacecraft', 'soyuz-ms-22', {
    title: 'Soyuz MS-22', summary: 'Crewed Soyuz.', kind: 'crewed spacecraft', operator: 'roscosmos',
    launch: { date: '2022-09-21' }, landing: { date: '2023-03-28' }, callSign: 'Antares', ...SOURCE,
  }),
  entry('events', 'leak', {
    title: 'Coolant leak', summary: 'It leaked.', date: '2022-12-15T00:45Z', kind: 'anomaly',
    spacecraft: ['soyuz-ms-22'], organizations: ['roscosmos', 'nasa'], ...SOURCE,
  }, ['/organizations/nasa/']),
  entry('events', 'long-flight', {
    title: 'A long flight', summary: 'Across New Year.', date: '2022-09', end: '2024-01', kind: 'record', ...SOURCE,
  }, ['/organizations/nasa/']),
  entry('sources', 'seed', { title: 'An article', publisher: 'A paper', url: 'https://example.org/a', kind: 'news' }),
]);

describe('searchFacets', () => {
  it('types every entry by the singular name of its collection', () => {
    expect(searchFacets(corpus, 'people/yuri-borisov').filters.type).toEqual(['person']);
    expect(searchFacets(corpus, 'events/leak').filters.type).toEqual(['event']);
    expect(searchFacets(corpus, 'sources/seed').filters.type).toEqual(['source']);
    expect(searchFacets(corpus, 'sources/seed').meta.type).toBe('source');
  });

  it('finds organizations referenced in any field, by title, and not those only mentioned in the body', () => {
    expect(searchFacets(corpus, 'events/leak').filters.organization).toEqual(['Roscosmos', 'NASA']);
    expect(searchFacets(corpus, 'people/sergey-prokopyev').filters.organization).toEqual(['Roscosmos']);
    expect(searchFacets(corpus, 'spacecraft/soyuz-ms-22').filters.organization).toEqual(['Roscosmos']);
    expect(searchFacets(corpus, 'events/long-flight').filters.organization).toBeUndefined();
  });

  it('files an organization under itself', () => {
    expect(searchFacets(corpus, 'organizations/nasa').filters.organization).toEqual(['NASA']);
  });

  it('lists every year a date or range touches, ranges included end to end', () => {
    expect(searchFacets(corpus, 'events/leak').filters.year).toEqual(['2022']);
    expect(searchFacets(corpus, 'events/long-flight').filters.year).toEqual(['2022', '2023', '2024']);
    expect(searchFacets(corpus, 'spacecraft/soyuz-ms-22').filters.year).toEqual(['2022', '2023']);
    expect(searchFacets(corpus, 'organizations/roscosmos').filters.year).toEqual(['1992', '2022']);
    expect(searchFacets(corpus, 'people/yuri-borisov').filters.year).toBeUndefined();
  });

  it('sorts by the earliest date and puts undated entries after every dated one', () => {
    const leak = searchFacets(corpus, 'events/leak').sort.date!;
    const launch = searchFacets(corpus, 'spacecraft/soyuz-ms-22').sort.date!;
    const undated = searchFacets(corpus, 'people/yuri-borisov').sort.date!;
    expect(leak.startsWith('2022-12-15T00:45')).toBe(true);
    expect(launch.startsWith('2022-09-21')).toBe(true);
    expect(undated).toBe(UNDATED_SORT_KEY);
    expect([undated, leak, launch].sort()).toEqual([launch, leak, undated]);
  });

  it('shows the date at its own precision, as a range when the entry has one, named when it is not what happened', () => {
    expect(searchFacets(corpus, 'events/leak').meta.date).toBe('15 December 2022, 00:45 UTC');
    expect(searchFacets(corpus, 'events/long-flight').meta.date).toBe('September 2022 – January 2024');
    expect(searchFacets(corpus, 'people/sergey-prokopyev').meta.date).toBe('Born 19 February 1975');
    expect(searchFacets(corpus, 'people/yuri-borisov').meta.date).toBeUndefined();
  });

  it('carries title and summary for the result card, taking a summary the page supplies', () => {
    expect(searchFacets(corpus, 'events/leak').meta).toMatchObject({ title: 'Coolant leak', summary: 'It leaked.' });
    expect(searchFacets(corpus, 'sources/seed', { summary: 'An article, by A paper.' }).meta.summary).toBe('An article, by A paper.');
  });

  it('names an entry by its title, aliases, native names and call signs, once each; a source by its title apart', () => {
    const names = (key: Parameters<typeof searchFacets>[1]) => namesIn(searchFacets(corpus, key).meta, 'names').sort();
    expect(names('people/sergey-prokopyev')).toEqual([corpus.entries.get('people/sergey-prokopyev')!.data.title, 'Prokopiev', 'Сергей Прокопьев'].sort());
    expect(names('spacecraft/soyuz-ms-22')).toEqual([corpus.entries.get('spacecraft/soyuz-ms-22')!.data.title, 'Antares'].sort());
    expect(names('events/leak')).toEqual(['Coolant leak']);
    expect(names('sources/seed')).toEqual([]);
    expect(namesIn(searchFacets(corpus, 'sources/seed').meta, 'publication')).toEqual([corpus.entries.get('sources/seed')!.data.title]);
  });

  it('files each name by its number of words, shorter names weighing more, a source below every entry', () => {
    const meta = searchFacets(corpus, 'people/sergey-prokopyev').meta;
    expect(meta.names1).toBe('Prokopiev');
    expect(meta.names2?.split(' | ').sort()).toEqual([corpus.entries.get('people/sergey-prokopyev')!.data.title, 'Сергей Прокопьев'].sort());
    const weights: Record<string, number> = PAGEFIND_OPTIONS.ranking.metaWeights;
    for (const n of [1, 2, 3, 4]) {
      expect(weights[`names${n}`]).toBeGreaterThan(weights[`names${n + 1}`]!);
      expect(weights[`names${n}`]).toBeGreaterThan(weights[`publication${n}`]!);
      // A source's title, however short, weighs less than any entry's name; the search page
      // then puts a source titled exactly as the query before entries that only hold it (rank.ts).
      expect(weights[`publication${n}`]).toBeLessThan(weights.names5!);
    }
  });

  it('needs no code change for a field it has never seen', () => {
    const graph = buildLinkGraph([
      entry('organizations', 'nasa', { title: 'NASA', summary: 'US agency.', kind: 'space agency', ...SOURCE }),
      testEntry('events', 'x', { title: 'X', summary: 'Y', date: '2030' }, [], {
        sponsor: { collection: 'organizations', id: 'nasa' },
      }),
    ]);
    const facets = searchFacets(graph, 'events/x');
    expect(facets.filters.organization).toEqual(['NASA']);
    expect(facets.filters.year).toEqual(['2030']);
  });
});
