import { describe, expect, it } from 'vitest';
import { names } from '../../../src/check/rules/names.ts';
import { mdx, person, ruleProblems, source } from '../../support/content-files.ts';

// person() writes title (line 2), summary, sources, then these lines from line 5.
const withAliases = (id: string, ...aliases: string[]) => person(id, `\naliases:\n${aliases.map((a) => `  - "${a}"`).join('\n')}`);

describe('names rule', () => {
  it('accepts other names of this entry alone, and a source titled like an entry', () => {
    expect(ruleProblems(names, [source('anna'), withAliases('anna', 'Anna K.', 'Анна'), withAliases('bob', 'Robert')])).toEqual([]);
  });

  it('refuses an alias given twice, or the same as the title, whatever its case and spacing', () => {
    expect(ruleProblems(names, [source('report'), withAliases('anna', 'Anna K.', 'anna  k.', 'ANNA')])).toEqual([
      { file: 'c/people/anna.mdx', line: 7, field: 'aliases[1]', found: '"anna  k.", given twice', expected: expect.stringContaining('each other name once') },
      { file: 'c/people/anna.mdx', line: 8, field: 'aliases[2]', found: '"ANNA", the entry\'s own title', expected: expect.stringContaining('delete this line') },
    ]);
  });

  it('refuses an alias that is another entry\'s title or alias, naming that entry\'s file', () => {
    const launch = mdx('events', 'launch', 'title: Zarya launch\nsummary: A launch.\ndate: "1998"\nkind: launch\naliases: ["Frank Rubio", "Robert"]\nsources: [report]');
    expect(ruleProblems(names, [source('report'), mdx('people', 'rubio', 'title: Frank Rubio\nsummary: A person.\nsources: [report]'), withAliases('bob', 'Robert'), launch])).toEqual([
      { file: 'c/events/launch.mdx', line: 6, field: 'aliases[0]', found: '"Frank Rubio", which is also a name of c/people/rubio.mdx', expected: expect.stringContaining('a name of this entry alone') },
      { file: 'c/events/launch.mdx', line: 6, field: 'aliases[1]', found: '"Robert", which is also a name of c/people/bob.mdx', expected: expect.any(String) },
      { file: 'c/people/bob.mdx', line: 6, field: 'aliases[0]', found: '"Robert", which is also a name of c/events/launch.mdx', expected: expect.any(String) },
    ]);
  });

  it('refuses a title another entry has too, whatever its case, once, at the later file, and reports a title that is another\'s alias at that alias', () => {
    const rubio = (collection: 'people' | 'events', id: string, title: string) => mdx(collection, id, `title: ${title}\nsummary: A person.\nsources: [report]${collection === 'events' ? '\ndate: "2023"\nkind: launch' : ''}`);
    expect(ruleProblems(names, [source('report'), rubio('people', 'rubio', 'Frank Rubio'), rubio('events', 'rubio-event', 'frank  RUBIO'), withAliases('bob', 'Frank Rubio')])).toEqual([
      { file: 'c/people/bob.mdx', line: 6, field: 'aliases[0]', found: '"Frank Rubio", which is also a name of c/people/rubio.mdx, c/events/rubio-event.mdx', expected: expect.any(String) },
      { file: 'c/people/rubio.mdx', line: 2, field: 'title', found: '"Frank Rubio", which is also the title of c/events/rubio-event.mdx', expected: expect.stringContaining('links and search could not say which is meant') },
    ]);
  });
});
