import { describe, expect, it } from 'vitest';
import { pagefindSearchOptions, parseSearchState, searchStateParams } from '../../src/search/state.ts';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('search state in the URL', () => {
  it('reads the query, the index\'s filters and the sort', () => {
    expect(parse('q=coolant+leak&type=event&type=person&year=2022&sort=date')).toEqual({
      query: 'coolant leak',
      filters: { type: ['event', 'person'], year: ['2022'] },
      sort: 'date',
    });
  });

  it('falls back to relevance for an unknown sort and ignores empty or repeated values', () => {
    expect(parse('q=&type=&type=event&type=event&sort=upside-down')).toEqual({
      query: '',
      filters: { type: ['event'] },
      sort: 'relevance',
    });
  });

  it('ignores parameters that are no filter of the index, as a shared link may carry', () => {
    expect(parse('q=Rubio&utm_source=newsletter&fbclid=IwAR0abc&page=2&Type=person')).toEqual({ query: 'Rubio', filters: {}, sort: 'relevance' });
  });

  it('writes a state back to a URL that restores the same state', () => {
    const state = parse('year=2023&q=Rubio&organization=NASA&organization=Roscosmos&sort=date');
    const written = searchStateParams(state).toString();
    expect(written).toBe('q=Rubio&organization=NASA&organization=Roscosmos&year=2023&sort=date');
    expect(parse(written)).toEqual(state);
  });

  it('leaves defaults out of the URL', () => {
    expect(searchStateParams(parse('q=soyuz&sort=relevance')).toString()).toBe('q=soyuz');
  });

  it('asks Pagefind for any chosen value within a filter and sorts by date only when asked', () => {
    expect(pagefindSearchOptions(parse('q=x&type=event&type=person'))).toEqual({ filters: { type: { any: ['event', 'person'] } } });
    expect(pagefindSearchOptions(parse('q=x&sort=date'))).toEqual({ filters: {}, sort: { date: 'asc' } });
  });
});
