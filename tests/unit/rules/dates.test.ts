import { describe, expect, it } from 'vitest';
import { dates } from '../../../src/check/rules/dates.ts';
import { mdx, person, ruleProblems, source } from '../../support/content-files.ts';

const craft = (extra = '') =>
  mdx('spacecraft', 'ms-23', `title: MS-23\nsummary: A craft.\nkind: crewed spacecraft\nlaunch:\n  date: "2023-02-24"\nlanding:\n  date: "2023-09-27"\nsources: [report]${extra}`);
const event = (date: string, field = 'spacecraft', extra = '') =>
  mdx('events', 'e', `title: E\nsummary: E.\ndate: "${date}"\nkind: decision\n${field}: [ms-23]\nsources: [report]${extra}`);
const check = (...files: Parameters<typeof ruleProblems>[1]) => ruleProblems(dates, [source('report'), ...files]);

describe('dates rule', () => {
  it('accepts an event within the flight of the craft that took part', () => {
    expect(check(craft(), event('2023-03-01'))).toEqual([]);
  });

  it('refuses an event before the launch of a craft that took part, and after its landing', () => {
    expect(check(craft(), event('2023-01-11'))).toEqual([
      { file: 'c/events/e.mdx', line: 6, field: 'spacecraft[0]', found: '"ms-23" with the event on 11 January 2023', expected: expect.stringContaining("on or after ms-23's launch (24 February 2023)") },
    ]);
    expect(check(craft(), event('2023-10'))).toMatchObject([{ expected: expect.stringContaining("on or before ms-23's landing (27 September 2023)") }]);
  });

  it('names where the craft\'s date is written, which may be the mistake', () => {
    expect(check(craft(), event('2023-01-11'))[0]!.expected).toMatch(/or that launch date \(c\/spacecraft\/ms-23\.mdx:\d+\)$/);
    expect(check(craft(), event('2023-10'))[0]!.expected).toMatch(/or that landing date \(c\/spacecraft\/ms-23\.mdx:\d+\)$/);
  });

  it('lets an event be about a craft before its launch', () => {
    expect(check(craft(), event('2023-01-11', 'about'))).toEqual([]);
  });

  it('refuses an end before the start', () => {
    expect(check(event('2023-03-01', 'about', '\nend: "2022-10-01"'), craft())).toMatchObject([
      { line: 8, field: 'end', found: '1 October 2022', expected: "a date after the event's start (1 March 2023)" },
    ]);
  });

  it('refuses a person in an event born after it', () => {
    const born = mdx('events', 'e', 'title: E\nsummary: E.\ndate: "2023-03-01"\nkind: decision\npeople: [young]\nsources: [report]');
    expect(check(born, person('young', '\nborn: "2024"'))).toEqual([
      { file: 'c/events/e.mdx', line: 6, field: 'people[0]', found: 'young, born 2024', expected: 'someone born before the event (1 March 2023), or their birth date mended (c/people/young.mdx:5)' },
    ]);
    expect(check(born, person('young', '\nborn: "2023"'))).toEqual([]);
  });

  it('refuses a landing before the launch, and a crew member born after it', () => {
    const early = mdx('spacecraft', 'ms-23', 'title: MS-23\nsummary: A craft.\nkind: crewed spacecraft\nlaunch:\n  date: "2023-02-24"\nlanding:\n  date: "2023-02-01"\ncrew:\n  - person: young\n    role: Pilot\nsources: [report]');
    expect(check(early, person('young', '\nborn: "2024-01-01"'))).toMatchObject([
      { line: 8, field: 'landing.date', found: '1 February 2023', expected: 'a landing after the launch (24 February 2023)' },
      { line: 10, field: 'crew[0]', found: 'young, born 1 January 2024', expected: 'a crew member born before the launch (24 February 2023), or their birth date mended (c/people/young.mdx:5)' },
    ]);
  });

  it('refuses a term of office that ends before it begins', () => {
    const org = mdx('organizations', 'nasa', 'title: NASA\nsummary: A.\nkind: space agency\nleaders:\n  - person: anna\n    title: Administrator\n    from: "2022"\n    to: "2021"\nsources: [report]');
    expect(check(org, person('anna'))).toMatchObject([{ line: 6, field: 'leaders[0]', found: 'a term from 2022 to 2021', expected: 'a term that ends after it begins' }]);
  });
});
