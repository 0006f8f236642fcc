import { describe, expect, it } from 'vitest';
import { backLinkLabel, CitationMarkers, citedSources } from '../../src/site/citations.ts';

describe('citedSources', () => {
  it('numbers sources by first citation, then the listed ones not cited inline', () => {
    const list = citedSources(['b', 'a', 'b', 'c'], ['a', 'z', 'c']);
    expect(list.map((s) => [s.id, s.number])).toEqual([['b', 1], ['a', 2], ['c', 3], ['z', 4]]);
    expect(list[0]).toEqual({ id: 'b', number: 1, noteId: 'cite-note-b', markerIds: ['cite-ref-b-1', 'cite-ref-b-2'] });
    expect(list[3]!.markerIds).toEqual([]);
  });
});

describe('CitationMarkers', () => {
  it('gives the n-th citation of a source the n-th marker its list item links back to', () => {
    const sources = citedSources(['b', 'a', 'b'], []);
    const markers = new CitationMarkers(sources, (id) => `Source ${id}`);
    expect(markers.place(['b', 'a'])).toEqual([
      { id: 'cite-ref-b-1', href: '#cite-note-b', number: 1, title: 'Source b' },
      { id: 'cite-ref-a-1', href: '#cite-note-a', number: 2, title: 'Source a' },
    ]);
    expect(markers.place(['b'])).toEqual([{ id: 'cite-ref-b-2', href: '#cite-note-b', number: 1, title: 'Source b' }]);
    const placed = [...sources.flatMap((s) => s.markerIds)].sort();
    expect(placed).toEqual(['cite-ref-a-1', 'cite-ref-b-1', 'cite-ref-b-2']);
  });
});

describe('backLinkLabel', () => {
  it('labels back-links a … z, then aa, ab', () => {
    expect([0, 1, 25, 26, 27, 52].map(backLinkLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'ba']);
  });
});
