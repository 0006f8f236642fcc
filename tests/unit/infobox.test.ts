import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/model/dates.ts';
import { infoboxRows } from '../../src/site/infobox.ts';
import { testEntry } from '../support/entries.ts';

const labels = (data: Record<string, unknown>) => infoboxRows(testEntry('spacecraft', 'craft', data).data).map((r) => r.label);

describe('infobox labels', () => {
  it("names a flight's end by how it ended, and prints the date and place alone", () => {
    const date = parsePartialDate('2023-03-12T02:02Z');
    expect(labels({ landing: { date } })).toContain('Landing');
    expect(labels({ landing: { date, how: 'splashdown' } })).toContain('Splashdown');
    const [row] = infoboxRows(testEntry('spacecraft', 'progress', { landing: { date, how: 're-entry' } }).data).filter((r) => r.field === 'landing');
    expect(row).toMatchObject({ label: 'Re-entry', lines: [[{ kind: 'date', date }]] });
  });

  it('calls the launch of a rocket or a reusable craft its first', () => {
    const launch = { date: parsePartialDate('2010-06-04') };
    expect(labels({ kind: 'launch vehicle', launch })).toContain('First launch');
    expect(labels({ kind: 'reusable spacecraft', launch })).toContain('First launch');
    expect(labels({ kind: 'crewed spacecraft', launch })).toContain('Launch');
  });

  it('lists a native name once, not again among the aliases', () => {
    const data = testEntry('people', 'kikina', { nativeName: 'Анна Юрьевна Кикина', aliases: ['Anna Yuryevna Kikina', 'Анна Юрьевна Кикина'] }).data;
    const rows = Object.fromEntries(infoboxRows(data).map((r) => [r.label, r.lines]));
    expect(rows['Native name']).toEqual([[{ kind: 'text', text: 'Анна Юрьевна Кикина' }]]);
    expect(rows['Also known as']).toEqual([[{ kind: 'text', text: 'Anna Yuryevna Kikina' }]]);
  });
});
