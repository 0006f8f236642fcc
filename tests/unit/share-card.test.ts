import { describe, expect, it } from 'vitest';
import { entryShareCard } from '../../src/publish/share-card.ts';
import { buildLinkGraph } from '../../src/site/graph.ts';
import { testEntry } from '../support/entries.ts';

const graph = buildLinkGraph([
  testEntry('spacecraft', 'soyuz-ms-22', { title: 'Soyuz MS-22', launch: { date: '2022-09-21' } }),
  testEntry('sources', 'wikipedia-soyuz-ms-22', { title: 'Soyuz MS-22', publisher: 'Wikipedia' }),
  testEntry('sources', 'russianspaceweb-soyuz-ms-22', { title: 'Soyuz MS-22', publisher: 'RussianSpaceWeb', published: '2022-12-20' }),
]);
const card = (key: Parameters<typeof entryShareCard>[1]) => entryShareCard(graph, key, 'https://orbital-record.org/');

describe("an entry's share card", () => {
  it('puts the key date under the title, saying what it is', () => {
    expect(card('spacecraft/soyuz-ms-22')).toMatchObject({ title: 'Soyuz MS-22', detail: 'Launch 21 September 2022', host: 'orbital-record.org' });
  });

  it("tells sources of one title apart by their publisher, before the date", () => {
    expect(card('sources/wikipedia-soyuz-ms-22').detail).toBe('Wikipedia');
    expect(card('sources/russianspaceweb-soyuz-ms-22').detail).toBe('RussianSpaceWeb · Published 20 December 2022');
  });
});
