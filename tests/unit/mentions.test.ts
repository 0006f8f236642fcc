import { describe, expect, it } from 'vitest';
import { buildLinkGraph } from '../../src/site/graph.ts';
import { linkMentions, mentionIndex } from '../../src/site/mentions.ts';
import { testEntry } from '../support/entries.ts';

const entries = [
  testEntry('organizations', 'nasa', { title: 'NASA' }),
  testEntry('organizations', 'roscosmos', { title: 'Roscosmos' }),
  testEntry('spacecraft', 'soyuz-ms-22', { title: 'Soyuz MS-22' }),
  testEntry('spacecraft', 'progress-ms-21', { title: 'Progress MS-21' }),
  testEntry('spacecraft', 'iss', { title: 'International Space Station', aliases: ['ISS', 'Station'] }),
  testEntry('places', 'baikonur', { title: 'Baikonur Cosmodrome', aliases: ['Baikonur', 'Station'] }),
  testEntry('events', 'leak', { title: 'Leak' }),
  testEntry('sources', 'wiki-roscosmos', { title: 'Roscosmos' }),
];
const index = mentionIndex(entries);
const parts = (text: string) => linkMentions(text, index, 'spacecraft/soyuz-ms-22');

describe('mentions in a summary or a note', () => {
  it('links the first mention of each entity by its title, keeping the text exactly as written', () => {
    const text = "Cause: a micrometeoroid (Roscosmos and NASA's officials), or after the Progress MS-21 leak a defect; Roscosmos later agreed.";
    const found = parts(text);
    expect(found.map((p) => (typeof p === 'string' ? p : `[${p.text}→${p.key}]`)).join('')).toBe(
      "Cause: a micrometeoroid ([Roscosmos→organizations/roscosmos] and [NASA→organizations/nasa]'s officials), or after the [Progress MS-21→spacecraft/progress-ms-21] leak a defect; Roscosmos later agreed.",
    );
  });

  it('links an entity by an alias too, never by a name two entities share', () => {
    const found = parts('Launched from Baikonur to the ISS, the Station said; the International Space Station again.');
    expect(found.map((p) => (typeof p === 'string' ? p : `[${p.text}→${p.key}]`)).join('')).toBe(
      'Launched from [Baikonur→places/baikonur] to the [ISS→spacecraft/iss], the Station said; the International Space Station again.',
    );
  });

  it("never links the page's own entry, an event or a source by title, or a title inside a longer word", () => {
    expect(parts('Soyuz MS-22 had a Leak; NASAs and MS-21 are no names here.')).toEqual(['Soyuz MS-22 had a Leak; NASAs and MS-21 are no names here.']);
  });

  it('makes each mention a link of the graph, answered by "Mentioned in" like a body link', () => {
    const graph = buildLinkGraph([...entries, testEntry('people', 'rubio', { title: 'Frank Rubio', disputed: [{ note: 'NASA gives 371 days.', sources: ['source'] }] })]);
    expect(graph.disputed.get('people/rubio')).toEqual([{ parts: [{ key: 'organizations/nasa', text: 'NASA' }, ' gives 371 days.'], sources: ['source'] }]);
    expect(graph.disputed.get('organizations/nasa')).toBeUndefined();
    expect(graph.incoming.get('organizations/nasa')).toContainEqual({ from: 'people/rubio', to: 'organizations/nasa', field: 'body' });
  });

  it('makes the sources a note cites "Cited by" the entry, as a body\'s citations are', () => {
    const graph = buildLinkGraph([...entries, testEntry('people', 'rubio', { title: 'Frank Rubio', disputed: [{ note: 'Born 1975 or 1976.', sources: ['wiki-roscosmos'] }] })]);
    expect(graph.incoming.get('sources/wiki-roscosmos')).toContainEqual({ from: 'people/rubio', to: 'sources/wiki-roscosmos', field: 'sources' });
  });

  it("links a summary's mentions too, and keeps no parts for a summary that names no entry", () => {
    const graph = buildLinkGraph([
      ...entries,
      testEntry('people', 'rubio', { title: 'Frank Rubio', summary: 'NASA astronaut who flew on Soyuz MS-22 for NASA.' }),
      testEntry('people', 'cassada', { title: 'Josh Cassada', summary: 'Astronaut.' }),
    ]);
    expect(graph.summaries.get('people/rubio')).toEqual([
      { key: 'organizations/nasa', text: 'NASA' },
      ' astronaut who flew on ',
      { key: 'spacecraft/soyuz-ms-22', text: 'Soyuz MS-22' },
      ' for NASA.',
    ]);
    expect(graph.summaries.has('people/cassada')).toBe(false);
    expect(graph.incoming.get('spacecraft/soyuz-ms-22')).toContainEqual({ from: 'people/rubio', to: 'spacecraft/soyuz-ms-22', field: 'body' });
  });
});
