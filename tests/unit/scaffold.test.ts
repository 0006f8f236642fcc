import { describe, expect, it } from 'vitest';
import { resolveCollection, scaffoldEntry, type ScaffoldRequest } from '../../src/authoring/scaffold.ts';
import { slugify } from '../../src/model/ids.ts';
import { COLLECTIONS, type CollectionName } from '../../src/model/collections.ts';
import { SCHEMAS } from '../../src/model/schema.ts';
import { checkFiles } from '../../src/check/check.ts';
import { parseYaml, splitFrontmatter } from '../../src/model/frontmatter.ts';
import type { ContentFile as SourceFile } from '../../src/model/loader.ts';

const checkProblems = (files: readonly SourceFile[]) => checkFiles(files).problems;

const SOURCE: SourceFile = {
  collection: 'sources',
  file: 'content/sources/some-report.yaml',
  text: 'title: A report\npublisher: NASA\nurl: https://www.nasa.gov/report\nkind: official\n',
};

function request(collection: CollectionName, title: string, values: Record<string, string[]> = {}): ScaffoldRequest {
  return {
    collection,
    title,
    values,
    existing: new Map([['some-report', SOURCE.file], ['nasa', 'content/organizations/nasa.mdx']]),
    idsByCollection: new Map([['sources', ['some-report']], ['organizations', ['nasa']]]),
    today: '2024-05-06',
  };
}

function frontmatter(text: string): Record<string, unknown> {
  const split = splitFrontmatter(text, text.startsWith('---\n'))!;
  return parseYaml(split.yaml, split.yamlOffset).value as Record<string, unknown>;
}

describe('resolveCollection', () => {
  it('accepts singular and plural names in any case', () => {
    expect(resolveCollection('person')).toBe('people');
    expect(resolveCollection('People')).toBe('people');
    expect(resolveCollection('event')).toBe('events');
    expect(resolveCollection('spacecraft')).toBe('spacecraft');
  });
  it('refuses an unknown collection, suggesting the nearest and listing all', () => {
    expect(() => resolveCollection('persn')).toThrow(/no collection "persn".*Did you mean "person"\?.*organization \(organizations\)/);
  });
});

describe('slugify', () => {
  it('makes lowercase ASCII ids', () => {
    expect(slugify('Soyuz MS-22')).toBe('soyuz-ms-22');
    expect(slugify('  Sergey Prokopyev ')).toBe('sergey-prokopyev');
    expect(slugify('Jérôme Café')).toBe('jerome-cafe');
    expect(slugify('Союз')).toBe('');
  });
});

describe('scaffoldEntry', () => {
  it.each(COLLECTIONS)('writes every field of %s, and the draft passes the schema as it stands', (collection) => {
    const entry = scaffoldEntry(request(collection, 'New Thing'));
    expect(entry.path).toBe(`${collection}/new-thing.${collection === 'sources' ? 'yaml' : 'mdx'}`);
    for (const field of Object.keys(SCHEMAS[collection].shape)) {
      expect(entry.text).toMatch(new RegExp(`^(# )?\\s*${field}:`, 'm'));
    }
    const data = frontmatter(entry.text);
    expect(data.title).toBe('New Thing');
    expect(SCHEMAS[collection].safeParse(data).success).toBe(true);
  });

  it('builds a person with no flags: placeholders are valid and each is listed with what to write', () => {
    const entry = scaffoldEntry(request('people', 'Test Person'));
    const file = { collection: 'people' as const, file: 'content/people/test-person.mdx', text: entry.text };
    expect(checkProblems([SOURCE, file])).toEqual([]);
    const todo = checkFiles([file]).warnings;
    expect(todo.map((p) => p.field)).toEqual(['summary', 'sources', '(body)']);
    expect(todo[0]!.expected).toContain('One sentence for cards');
    expect(todo[0]!.line).toBe(entry.text.split('\n').findIndex((l) => l.startsWith('summary:')) + 1);
  });

  it('shows in the body how to cite, with a source given on the command line', () => {
    expect(scaffoldEntry(request('people', 'A B')).text).toContain('<Cite src="source-id" />, or several: <Cite src="id-one, id-two" />');
    expect(scaffoldEntry(request('people', 'A B', { source: ['nasa-blog, tass'] })).text).toContain('<Cite src="nasa-blog" />');
  });

  it('fills fields from flags, mapping --date and --organization per collection', () => {
    const person = frontmatter(scaffoldEntry(request('people', 'A B', { date: ['1975-12-11'], organization: ['nasa'], summary: ['One line.'] })).text);
    expect(person).toMatchObject({ born: '1975-12-11', agency: 'nasa', summary: 'One line.' });
    const event = frontmatter(scaffoldEntry(request('events', 'Leak', { date: ['2022-12-14'], organization: ['nasa'], kind: ['anomaly'] })).text);
    expect(event).toMatchObject({ date: '2022-12-14', organizations: ['nasa'], kind: 'anomaly' });
    const craft = frontmatter(scaffoldEntry(request('spacecraft', 'Craft', { date: ['2022-09-21'] })).text);
    expect(craft.launch).toEqual({ date: '2022-09-21' });
  });

  it('splits list flags on commas and keeps commas in text', () => {
    const event = frontmatter(scaffoldEntry(request('events', 'Leak', { summary: ['Coolant leaked, then froze.'], people: ['a, b', 'c'] })).text);
    expect(event).toMatchObject({ summary: 'Coolant leaked, then froze.', people: ['a', 'b', 'c'] });
  });

  it('lists the allowed values of an enum and comments optional fields with their meaning', () => {
    const text = scaffoldEntry(request('events', 'Leak')).text;
    expect(text).toMatch(/^kind: "launch" # TODO: What sort of event this is\. \(one of "launch", "docking",.*"communication"\)$/m);
    expect(text).toMatch(/^# place: # Where it happened, when that is on the ground\./m);
  });

  it('refuses an id that exists in any collection, and flags that match no field', () => {
    expect(() => scaffoldEntry(request('people', 'NASA'))).toThrow(/"nasa" is taken by content\/organizations\/nasa\.mdx/);
    expect(() => scaffoldEntry(request('people', 'X', { bron: ['1990'] }))).toThrow(/^--bron \(did you mean "born"\?\): no such field in people\./);
    expect(() => scaffoldEntry(request('people', 'Союз'))).toThrow('"Союз" gives no id in Latin letters; pass one with --id, the name in lowercase Latin letters joined by hyphens (for "Юрий Гагарин", --id yuri-gagarin)');
  });

  it('names the flag given twice where one value is allowed', () => {
    expect(() => scaffoldEntry(request('people', 'X', { date: ['1990', '1991'] }))).toThrow('born takes one value, got "1990" and "1991"');
    expect(() => scaffoldEntry(request('spacecraft', 'Y', { 'launch.date': ['2022', '2023'] }))).toThrow(/^launch\.date takes one value/);
  });

  it('refuses a flag for a list of groups (a crew, disputed notes) rather than dropping its value', () => {
    expect(() => scaffoldEntry(request('people', 'X', { disputed: ['Born 1990 or 1991'] }))).toThrow(/--disputed: disputed is a list of groups \(note, sources\), which a flag cannot give/);
    expect(() => scaffoldEntry(request('spacecraft', 'Y', { crew: ['frank-rubio'] }))).toThrow(/--crew: crew is a list of groups \(person, role, flew\)/);
  });
});
