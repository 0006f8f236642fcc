import { describe, expect, it } from 'vitest';
import { references } from '../../../src/check/rules/references.ts';
import { mdx, person, ruleProblems, source } from '../../support/content-files.ts';

const event = (people: string, extra = '') =>
  mdx('events', 'call', `title: Call\nsummary: A call.\ndate: "2022"\nkind: communication\npeople: [${people}]\nsources: [report]${extra}`);

describe('references rule', () => {
  it('accepts references to entries of the right collection', () => {
    expect(ruleProblems(references, [source('report'), person('anna'), event('anna')])).toEqual([]);
  });

  it('names a missing id with the nearest existing one and how to add it', () => {
    expect(ruleProblems(references, [source('report'), person('anna'), event('anan')])).toEqual([
      { file: 'c/events/call.mdx', line: 6, field: 'people[0]', found: '"anan", which is not an id in people', expected: 'the id of a person (did you mean "anna"?), or add it with: npm run new -- person "<Title>"' },
    ]);
  });

  it('says which collection an id of the wrong kind belongs to', () => {
    const craft = mdx('events', 'call', 'title: Call\nsummary: A call.\ndate: "2022"\nkind: communication\nspacecraft: [anna]\nsources: [report]');
    expect(ruleProblems(references, [source('report'), person('anna'), craft])).toMatchObject([
      { field: 'spacecraft[0]', found: '"anna", which is a person', expected: 'the id of a spacecraft' },
    ]);
  });

  it("lists no sample of ids of the right kind for an id of another kind: a person as a note's source", () => {
    const sources = Array.from({ length: 9 }, (_, i) => source(`tass-${i}`));
    const anna = person('anna', '\ndisputed:\n  - note: "Born 1984 or 1985."\n    sources: [tass-0, bob]');
    expect(ruleProblems(references, [source('report'), ...sources, person('bob'), anna])).toEqual([
      { file: 'c/people/anna.mdx', line: 7, field: 'disputed[0].sources[1]', found: '"bob", which is a person', expected: 'the id of a source' },
    ]);
  });

  it('refuses an entry naming itself: a mission its own vehicle and launch vehicle', () => {
    const craft = mdx('spacecraft', 'crew-6', 'title: Crew-6\nsummary: A mission.\nkind: crewed spacecraft\nvehicle: crew-6\nlaunchVehicle: crew-6\nsources: [report]');
    expect(ruleProblems(references, [source('report'), craft])).toEqual([
      { file: 'c/spacecraft/crew-6.mdx', line: 5, field: 'vehicle', found: '"crew-6", this entry itself', expected: 'the id of another spacecraft, or no vehicle at all' },
      { file: 'c/spacecraft/crew-6.mdx', line: 6, field: 'launchVehicle', found: '"crew-6", this entry itself', expected: 'the id of another spacecraft, or no launchVehicle at all' },
    ]);
  });

  it('finds references inside groups, and in an entry whose other fields fail their schema', () => {
    const craft = mdx('spacecraft', 'ms-22', 'title: MS-22\nsummary: A craft.\nkind: not-a-kind\ncrew:\n  - person: bob\n    role: Commander\nsources: [report]');
    expect(ruleProblems(references, [source('report'), craft])).toMatchObject([{ line: 6, field: 'crew[0].person', found: '"bob", which is not an id in people' }]);
  });
});
