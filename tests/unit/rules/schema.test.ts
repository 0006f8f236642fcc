import { describe, expect, it } from 'vitest';
import { schema } from '../../../src/check/rules/schema.ts';
import { mdx, person, ruleProblems, source } from '../../support/content-files.ts';

describe('schema rule', () => {
  it('accepts entries that pass their collection\'s schema', () => {
    expect(ruleProblems(schema, [person('anna', '\nborn: "1984-08-27"'), source('report')])).toEqual([]);
  });

  it('names a missing field with the shape and meaning expected', () => {
    const [problem] = ruleProblems(schema, [mdx('people', 'anna', 'title: Anna\nsources: [report]')]);
    // No line holds it: the frontmatter, where it belongs, opens the file.
    expect(problem).toMatchObject({ file: 'c/people/anna.mdx', line: 1, field: 'summary', found: 'the field is missing' });
    expect(problem!.expected).toMatch(/^a required field: text — One sentence/);
  });

  it('names a missing field inside a group or list item at that group or item, with its own shape and meaning', () => {
    const craft = mdx('spacecraft', 'ship', 'title: Ship\nsummary: A ship.\nkind: crewed spacecraft\nlaunch:\n  site: pad\ncrew:\n  - person: anna\n    role: Commander\n  - person: bob\nsources: [report]');
    const problems = ruleProblems(schema, [craft]);
    expect(problems).toContainEqual(expect.objectContaining({ line: 5, field: 'launch.date', found: 'the field is missing', expected: expect.stringMatching(/^a required field: a date: `YYYY`, .* — When it happened/) }));
    expect(problems).toContainEqual(expect.objectContaining({ line: 10, field: 'crew[1].role', found: 'the field is missing', expected: expect.stringMatching(/^a required field: text — Their seat or job/) }));
  });

  it('suggests the field an unknown key was meant to be, and lists the fields', () => {
    const [problem] = ruleProblems(schema, [person('anna', '\nborm: "1984"')]);
    expect(problem).toMatchObject({ line: 5, field: 'borm', found: 'unknown key "borm"' });
    expect(problem!.expected).toContain('(did you mean "born"?)');
    expect(problem!.expected).toContain('title, summary, aliases');
  });

  it('suggests the field an unknown key in a group was meant to be, and lists the group\'s fields', () => {
    const craft = mdx('spacecraft', 'ms-22', 'title: MS-22\nsummary: A craft.\nkind: crewed spacecraft\ncrew:\n  - person: anna\n    rol: Commander\nsources: [report]');
    const problems = ruleProblems(schema, [craft, person('anna'), source('report')]);
    expect(problems).toContainEqual({ file: 'c/spacecraft/ms-22.mdx', line: 7, field: 'crew[0].rol', found: 'unknown key "rol"', expected: 'one of the fields of crew[0] (did you mean "role"?): person, role, flew' });
  });

  it('reports a misspelt required field once, as the unknown key that meant it, at the top and in a group', () => {
    const top = ruleProblems(schema, [mdx('people', 'anna', 'title: Anna\nsummery: A cosmonaut.\nsources: [report]')]);
    expect(top).toEqual([expect.objectContaining({ line: 3, field: 'summery', found: 'unknown key "summery"', expected: expect.stringContaining('(did you mean "summary"?)') })]);
    const craft = mdx('spacecraft', 'ms-22', 'title: MS-22\nsummary: A craft.\nkind: crewed spacecraft\ncrew:\n  - person: anna\n    rol: Commander\nsources: [report]');
    expect(ruleProblems(schema, [craft]).map((p) => p.field)).toEqual(['crew[0].rol']);
    // A key near no field leaves the missing one reported.
    expect(ruleProblems(schema, [mdx('people', 'anna', 'title: Anna\nlede: A cosmonaut.\nsources: [report]')]).map((p) => p.field).sort()).toEqual(['lede', 'summary']);
  });

  it('names a missing choice as missing, with its choices, where the frontmatter opens', () => {
    const [problem] = ruleProblems(schema, [mdx('events', 'e', 'title: E\nsummary: An event.\ndate: "2023"\nsources: [report]'), source('report')]);
    expect(problem).toMatchObject({ line: 1, field: 'kind', found: 'the field is missing', expected: expect.stringMatching(/^a required field: one of "launch", /) });
  });

  it('says which id a reference takes, and that it takes one, where a list stands', () => {
    const [problem] = ruleProblems(schema, [person('anna', '\nagency: [nasa]'), source('report')]);
    expect(problem).toMatchObject({ line: 5, field: 'agency', found: '["nasa"]' });
    expect(problem!.expected).toMatch(/^one organization id, not a list — /);
  });

  it('shows the fields of a group where a bare value stands, as a disputed note without its sources', () => {
    const [problem] = ruleProblems(schema, [person('anna', '\ndisputed:\n  - "Born in 1984 or 1985."'), source('report')]);
    expect(problem).toMatchObject({ line: 6, field: 'disputed[0]', found: '"Born in 1984 or 1985."' });
    expect(problem!.expected).toMatch(/^a group of indented "field: value" lines \(note: …, sources: …\) — Statements the sources disagree on/);
  });

  it('refuses a disputed note that cites no source', () => {
    const [problem] = ruleProblems(schema, [person('anna', '\ndisputed:\n  - note: "Born in 1984 or 1985."\n    sources: []'), source('report')]);
    expect(problem).toMatchObject({ line: 7, field: 'disputed[0].sources', expected: 'a note cites the sources it compares' });
  });

  it('refuses an id listed twice, at the second, naming the first', () => {
    const [problem] = ruleProblems(schema, [mdx('people', 'anna', 'title: Anna\nsummary: A person.\nsources:\n  - report\n  - other\n  - report'), source('report'), source('other')]);
    expect(problem).toMatchObject({ line: 7, field: 'sources[2]', found: '"report"', expected: 'each source once: "report" is already at [0] of the list' });
  });

  it('refuses a person in one crew twice, at the second seat', () => {
    const craft = mdx('spacecraft', 'ms-22', 'title: MS-22\nsummary: A craft.\nkind: crewed spacecraft\ncrew:\n  - person: anna\n    role: Commander\n  - person: anna\n    role: Pilot\nsources: [report]');
    const [problem] = ruleProblems(schema, [craft, person('anna'), source('report')]);
    expect(problem).toMatchObject({ line: 8, field: 'crew[1].person', found: '"anna"', expected: 'each person once: "anna" is already at [0] of the crew' });
  });

  it('lists the allowed values of an enum', () => {
    const [problem] = ruleProblems(schema, [mdx('places', 'pad', 'title: Pad\nsummary: A pad.\nkind: launchpad\ncountry: Kazakhstan\nsources: [report]')]);
    expect(problem).toMatchObject({ line: 4, field: 'kind', found: '"launchpad"', expected: 'one of "cosmodrome", "launch site", "landing zone"' });
  });

  it('says what a text field must be when it is empty or too long', () => {
    expect(ruleProblems(schema, [person('anna', '\nnationality: ""')])).toContainEqual(expect.objectContaining({ field: 'nationality', found: '""', expected: 'a nationality of at least one character' }));
    expect(ruleProblems(schema, [person('anna', '\nnationality:')])).toContainEqual(expect.objectContaining({ field: 'nationality', found: 'no value: the field is empty' }));
    expect(ruleProblems(schema, [person('anna', `\nnationality: "${'x'.repeat(61)}"`)])).toContainEqual(expect.objectContaining({ field: 'nationality', expected: 'a nationality of at most 60 characters (this one has 61)' }));
  });

  it('refuses a control character in a text field, written raw or as a YAML escape, naming its code point', () => {
    // A pasted NUL or bell reached the page as written: invisible in the editor, a parse error in the HTML.
    expect(ruleProblems(schema, [person('anna', '\nnationality: "Rus\\0sian"')])).toContainEqual(expect.objectContaining({ line: 5, field: 'nationality', found: '"Rus\\u0000sian"', expected: 'a nationality without control characters: this one holds U+0000, which no editor shows; delete it' }));
    expect(ruleProblems(schema, [person('anna', '\nbirthPlace: Novo\u0007sibirsk')])).toContainEqual(expect.objectContaining({ field: 'birthPlace', expected: expect.stringContaining('holds U+0007') }));
    // A tab is text.
    expect(ruleProblems(schema, [person('anna', '\nbirthPlace: "Novo\\tsibirsk"'), source('report')])).toEqual([]);
  });

  it('says "an" before a field name that begins with a vowel', () => {
    expect(ruleProblems(schema, [person('anna', '\noccupation: |-\n  Astronaut\n  and doctor')])).toContainEqual(expect.objectContaining({ field: 'occupation', expected: 'an occupation on a single line' }));
    expect(ruleProblems(schema, [person('anna', '\naliases: [""]')])).toContainEqual(expect.objectContaining({ field: 'aliases[0]', expected: 'an alias of at least one character' }));
  });

  it('calls a missing address a URL, not text', () => {
    const report = { collection: 'sources' as const, file: 'c/sources/report.yaml', text: 'title: Report\npublisher: NASA\nkind: official\n' };
    expect(ruleProblems(schema, [report])).toContainEqual(expect.objectContaining({ field: 'url', found: 'the field is missing', expected: expect.stringMatching(/^a required field: URL — Where it can be read/) }));
  });

  it('keeps an impossible date as written and says why it does not exist', () => {
    const [problem] = ruleProblems(schema, [person('anna', '\nborn: 2022-02-30')]);
    expect(problem).toMatchObject({ line: 5, field: 'born', found: '"2022-02-30"', expected: expect.stringContaining('February 2022 has 28 days') });
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/report'])(
    'refuses the URL %s: only http and https addresses',
    (url) => {
      const [problem] = ruleProblems(schema, [source('report', `language: en\n`), { ...source('other'), text: `title: Other\npublisher: NASA\nurl: "${url}"\nkind: news\n` }]);
      expect(problem).toMatchObject({ file: 'c/sources/other.yaml', line: 3, field: 'url', found: JSON.stringify(url), expected: 'an address starting with https:// or http://, then a host name (e.g. https://www.nasa.gov/…)' });
    },
  );

  it('says one thing of an address that is no web address at all, though it has spaces too', () => {
    const other = { ...source('other'), text: 'title: Other\npublisher: NASA\nurl: "not a url"\nkind: news\n' };
    const problems = ruleProblems(schema, [source('report', `language: en\n`), other]).filter((p) => p.field === 'url');
    expect(problems).toEqual([expect.objectContaining({ line: 3, found: '"not a url"', expected: expect.stringMatching(/^an address starting with https:\/\//) })]);
  });

  it('refuses an address with a space or markup in it, which a browser would quietly change', () => {
    const url = 'https://interfax.com/a b<script>';
    const [problem] = ruleProblems(schema, [source('report', `language: en\n`), { ...source('other'), text: `title: Other\npublisher: NASA\nurl: "${url}"\nkind: news\n` }]);
    expect(problem).toMatchObject({ line: 3, field: 'url', found: JSON.stringify(url), expected: expect.stringContaining('an address without spaces') });
  });
});
