import { describe, expect, it } from 'vitest';
import { allBacklinks, backlinkRows, groupRows, needsFullList, shownBacklinks } from '../../src/site/backlinks.ts';
import { buildLinkGraph } from '../../src/site/graph.ts';
import { pageWindow } from '../../src/site/pagination.ts';
import { testEntry } from '../support/entries.ts';

/** A hub agency named by 30 events, one a day, and by one person. */
const events = Array.from({ length: 30 }, (_, i) =>
  testEntry('events', `e${i}`, { title: `Event ${i}`, date: `2022-01-${String(i + 1).padStart(2, '0')}`, organizations: ['nasa'] }),
);
const graph = buildLinkGraph([
  testEntry('organizations', 'nasa', { title: 'NASA' }),
  testEntry('people', 'rubio', { title: 'Frank Rubio', agency: 'nasa' }),
  ...events,
]);

describe('bounded backlinks', () => {
  it('shows at most the limit per relation, latest first, and counts them all', () => {
    const shown = shownBacklinks(graph, 'organizations/nasa', 5);
    const involved = shown.find((g) => g.label === 'Involved in')!;
    expect(involved.keys).toEqual(['events/e29', 'events/e28', 'events/e27', 'events/e26', 'events/e25']);
    expect(involved.total).toBe(30);
    expect(shown.find((g) => g.label === 'Agency of')).toEqual({ label: 'Agency of', keys: ['people/rubio'], total: 1 });
    expect(needsFullList(shown)).toBe(true);
    expect(needsFullList(shownBacklinks(graph, 'people/rubio', 5))).toBe(false);
  });

  it('the complete list has every backlink once, in page order, and reads back as headed groups', () => {
    const rows = backlinkRows(allBacklinks(graph, 'organizations/nasa'));
    expect(rows).toHaveLength(31);
    expect(new Set(rows.map((r) => r.key)).size).toBe(31);
    expect(groupRows(rows.slice(0, 3)).map((g) => g.label)).toEqual(['Agency of', 'Involved in']);
  });
});

describe('pageWindow', () => {
  const text = (current: number, last: number) =>
    pageWindow(current, last).map((i) => ('gap' in i ? '…' : i.current ? `[${i.page}]` : String(i.page))).join(' ');

  it('keeps first, last and two either side of the current page, with gaps between', () => {
    expect(text(1, 1)).toBe('[1]');
    expect(text(1, 4)).toBe('[1] 2 3 4');
    expect(text(10, 50)).toBe('1 … 8 9 [10] 11 12 … 50');
    expect(text(50, 50)).toBe('1 … 48 49 [50]');
  });
});
