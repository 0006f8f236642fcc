import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, checkFiles } from '../../src/check/check.ts';
import { formatProblems } from '../../src/check/problem.ts';
import type { Rule } from '../../src/check/rule.ts';
import { loadContent, modelOfFiles, readContentFiles, withFile, type ContentFile } from '../../src/model/loader.ts';
import { COLLECTIONS } from '../../src/model/collections.ts';
import { mdx, person, source } from '../support/content-files.ts';

const checkProblems = (files: readonly ContentFile[]) => checkFiles(files).problems;

describe('the content check over every rule', () => {
  it('finds nothing wrong in the fixtures\' base corpus, which every bad case builds on', () => {
    expect(checkProblems(readContentFiles('tests/fixtures/content-errors/base'))).toEqual([]);
  });

  it('lists a source file with the wrong extension before the citations of it that it leaves dangling', () => {
    const files = readContentFiles('tests/fixtures/content-errors/base');
    const renamed = files.map((f) => (f.collection === 'sources' && f.file.endsWith('/base-report.yaml') ? { ...f, file: f.file.replace(/\.yaml$/, '.yml') } : f));
    const problems = checkProblems(renamed);
    expect(problems.length).toBeGreaterThan(1);
    expect(problems[0]).toMatchObject({ field: '(file name)', found: '"base-report.yml"' });
  });

  it('lists a folder that is not read before the problems it causes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-stray-'));
    fs.cpSync('tests/fixtures/content-errors/base', dir, { recursive: true });
    // Frank Rubio moved into a misspelled folder: entries naming him now name no one.
    fs.mkdirSync(path.join(dir, 'person'));
    fs.renameSync(path.join(dir, 'people/frank-rubio.mdx'), path.join(dir, 'person/frank-rubio.mdx'));
    const { problems } = checkContent(loadContent(dir, process.cwd(), { cache: false }));
    fs.rmSync(dir, { recursive: true, force: true });
    expect(problems.length).toBeGreaterThan(1);
    expect(problems[0]).toMatchObject({ field: '(folder)', expected: expect.stringContaining('(did you mean "people"?)') });
  });

  it('passes over editors\' backups and autosaves beside an entry, as over hidden files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-backup-'));
    fs.cpSync('tests/fixtures/content-errors/base', dir, { recursive: true });
    const rubio = path.join(dir, 'people/frank-rubio.mdx');
    for (const name of ['frank-rubio.mdx~', '#frank-rubio.mdx#', '.frank-rubio.mdx.swp']) fs.copyFileSync(rubio, path.join(dir, 'people', name));
    const model = loadContent(dir, process.cwd(), { cache: false });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(checkContent(model).problems).toEqual([]);
    expect(model.files.filter((f) => f.file.includes('frank-rubio'))).toHaveLength(1);
  });

  it('reads the collection folders in collection order, as every list of the model is', () => {
    const read = [...new Set(readContentFiles('tests/fixtures/content-errors/base').map((f) => f.collection))];
    expect(read).toEqual(COLLECTIONS.filter((c) => read.includes(c)));
    expect(read.length).toBeGreaterThan(3);
  });

  it('points at the line of the n-th list item of a reference list', () => {
    const event = mdx('events', 'call', 'title: Call\nsummary: A call.\ndate: "2022"\nkind: communication\npeople:\n  - anna\n  - anan\nsources: [report]');
    const problems = checkProblems([source('report'), person('anna'), event]);
    expect(problems).toEqual([
      { file: 'c/events/call.mdx', line: 8, field: 'people[1]', found: '"anan", which is not an id in people', expected: expect.stringContaining('(did you mean "anna"?)') },
    ]);
  });

  it('takes an id written as an entry\'s name or alias for that entry, in a reference, a citation and a body link', () => {
    const report = { ...source('nasa-2022-12'), text: 'title: NASA report\npublisher: NASA\nurl: https://www.nasa.gov/r\nkind: official\n' };
    const station = mdx('spacecraft', 'international-space-station', 'title: International Space Station\nsummary: A station.\nkind: space station\naliases: ["ISS"]\nsources: [nasa-2022-12]');
    const event = mdx('events', 'call', 'title: Call\nsummary: A call.\ndate: "2022"\nkind: communication\nspacecraft: [iss]\nsources: [nasa-2022-12]', 'On the [ISS](/spacecraft/iss/).<Cite src="nasa-report" />');
    const iss = '(did you mean "international-space-station", the id of the entry named "ISS"?)';
    expect(checkProblems([report, station, event])).toEqual([
      expect.objectContaining({ field: 'spacecraft[0]', expected: expect.stringContaining(iss) }),
      expect.objectContaining({ field: '(body link)', expected: expect.stringContaining(iss) }),
      expect.objectContaining({ field: '(citation)', expected: expect.stringContaining('(did you mean "nasa-2022-12", the id of the entry named "NASA report"?)') }),
    ]);
  });

  it('names the existing ids (at most 8) when no id is near the one written', () => {
    const people = Array.from({ length: 10 }, (_, i) => person(`person-${i}`));
    const event = mdx('events', 'call', 'title: Call\nsummary: A call.\ndate: "2022"\nkind: communication\npeople: [zzzzzzzzzzzz]\nsources: [report]');
    const [problem] = checkProblems([source('report'), ...people, event]);
    expect(problem!.expected).toBe(
      'the id of a person (existing: person-0, person-1, person-2, person-3, person-4, person-5, person-6, person-7, and 2 more), or add it with: npm run new -- person "<Title>"',
    );
  });

  it('names first, among many, the ids that begin most like the one written', () => {
    const people = [...Array.from({ length: 10 }, (_, i) => person(`person-${i}`)), person('tass-anna'), person('tass-boris')];
    const event = mdx('events', 'call', 'title: Call\nsummary: A call.\ndate: "2022"\nkind: communication\npeople: [tass-9999999]\nsources: [report]');
    const [problem] = checkProblems([source('report'), ...people, event]);
    expect(problem!.expected).toMatch(/^the id of a person \(existing: tass-anna, tass-boris, person-0, .*, and 4 more\)/);
  });

  it('reports a duplicate id once, while references to either entry still resolve', () => {
    const org = mdx('organizations', 'nasa', 'title: NASA\nsummary: Agency.\nkind: space agency\nsources: [report]');
    const event = mdx('events', 'nasa', 'title: NASA day\nsummary: A day.\ndate: "2022"\nkind: decision\norganizations: [nasa]\nsources: [report]');
    const problems = checkProblems([source('report'), event, org, person('anna', '\nagency: nasa')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'c/organizations/nasa.mdx', field: '(id)', found: 'the id "nasa", already used by c/events/nasa.mdx' });
  });

  it('says what shape was expected in words, with the field\'s meaning', () => {
    const [missing, wrong] = checkProblems([source('report'), mdx('people', 'anna', 'title: Anna\naliases: Анна\nsources: [report]')]);
    expect(missing).toMatchObject({ field: 'summary', found: 'the field is missing' });
    expect(missing!.expected).toMatch(/^a required field: text — One sentence/);
    expect(wrong).toMatchObject({ field: 'aliases', line: 3, found: '"Анна"' });
    expect(wrong!.expected).toMatch(/^a list: \[a, b\] on one line, or one "- item" per line — Other names/);
  });

  it('gives an MDX error the file\'s line, without the parser\'s body-relative position', () => {
    const [problem] = checkProblems([source('report'), person('anna'), mdx('people', 'bo', 'title: Bo\nsummary: B.\nsources: [report]', 'One.\n\nTwo <b>open.')]);
    expect(problem).toMatchObject({ file: 'c/people/bo.mdx', line: 9, field: '(body)' });
    expect(problem!.found).not.toMatch(/\(\d+:\d+/);
  });
});

describe('events and the flights of the craft they name', () => {
  const craft = mdx('spacecraft', 'ms-23', 'title: MS-23\nsummary: A craft.\nkind: crewed spacecraft\nlaunch:\n  date: "2023-02-24"\nsources: [report]');
  const decision = (field: string) =>
    mdx('events', 'decision', `title: Decision\nsummary: A decision.\ndate: "2023-01-11"\nkind: decision\n${field}: [ms-23]\nsources: [report]`);

  it('lets an event be about a craft before its launch', () => {
    expect(checkProblems([source('report'), craft, decision('about')])).toEqual([]);
  });

  it('still refuses a craft taking part before its launch', () => {
    expect(checkProblems([source('report'), craft, decision('spacecraft')])).toMatchObject([{ field: 'spacecraft[0]', line: 6 }]);
  });

  it('checks that an event is about a spacecraft, not another kind of entry', () => {
    const aboutAPerson = mdx('events', 'decision', 'title: D\nsummary: D.\ndate: "2023"\nkind: decision\nabout: [anna]\nsources: [report]');
    const [problem] = checkProblems([source('report'), craft, person('anna'), aboutAPerson]);
    expect(problem).toMatchObject({ field: 'about[0]', found: '"anna", which is a person' });
  });
});

describe('inline citations in the check', () => {
  it('accepts <Cite> of an existing source and refuses one that names no source, with the nearest id', () => {
    const body = (src: string) => mdx('people', 'bo', 'title: Bo\nsummary: B.\nsources: [report]', `Bo flew.<Cite src="${src}" />`);
    expect(checkProblems([source('report'), body('report')])).toEqual([]);
    expect(checkProblems([source('report'), body('reprot')])).toEqual([
      expect.objectContaining({ file: 'c/people/bo.mdx', line: 7, field: '(citation)', expected: expect.stringContaining('(did you mean "report"?)') }),
    ]);
  });
});

describe('formatProblems', () => {
  it('lists every problem as file:line, field, found, expected', () => {
    const text = formatProblems([
      { file: 'a.mdx', line: 3, field: 'kind', found: '"x"', expected: 'one of "a"' },
      { file: 'b.mdx', field: '(id)', found: 'y', expected: 'z' },
    ], 'the site was not built');
    expect(text).toBe('Content check found 2 problems; the site was not built.\n\na.mdx:3\n  field:    kind\n  found:    "x"\n  expected: one of "a"\n\nb.mdx\n  field:    (id)\n  found:    y\n  expected: z\n');
  });
});

describe('the check after one save (astro dev)', () => {
  const craft = mdx('spacecraft', 'ms-23', 'title: MS-23\nsummary: A craft.\nkind: crewed spacecraft\nlaunch:\n  date: "2023-02-24"\ncrew:\n  - person: anna\n    role: Pilot\nsources: [report]');
  const files = [source('report'), person('anna', '\nborn: "1984"'), person('bob'), craft];

  it('reports what a fresh check of the saved files reports, in the files the save affects', () => {
    const before = modelOfFiles(files);
    checkContent(before);
    const after = withFile(before, person('anna', '\nborn: "2024"'));
    expect(after.changedFrom?.model).toBe(before);
    const fresh = checkContent(modelOfFiles(after.files)).problems;
    expect(checkContent(after).problems).toEqual(fresh);
    expect(fresh).toMatchObject([{ file: 'c/spacecraft/ms-23.mdx', field: 'crew[0]', found: 'anna, born 2024' }]);
  });

  it('checks every file again when a save changes a name, which another file\'s alias may now clash with', () => {
    const before = modelOfFiles([...files, person('cleo', '\naliases: ["Robert"]')]);
    expect(checkContent(before).problems).toEqual([]);
    // Bob retitled "Robert": cleo's file neither changed nor names bob, and must still be told.
    const after = withFile(before, mdx('people', 'bob', 'title: Robert\nsummary: A person.\nsources: [report]'));
    expect(checkContent(after).problems).toMatchObject([{ file: 'c/people/cleo.mdx', field: 'aliases[0]', found: '"Robert", which is also a name of c/people/bob.mdx' }]);
  });

  it('holds a saved file where a fresh read of every file would, new or replaced', () => {
    // In the order a read of the folders gives: collection order, then name.
    const before = modelOfFiles([person('anna', '\nborn: "1984"'), person('bob'), craft, source('report')]);
    const added = withFile(before, person('ben'));
    expect(added.files.map((f) => f.file)).toEqual(['c/people/anna.mdx', 'c/people/ben.mdx', 'c/people/bob.mdx', 'c/spacecraft/ms-23.mdx', 'c/sources/report.yaml']);
    expect(withFile(added, person('ben', '\nborn: "1970"')).files.map((f) => f.file)).toEqual(added.files.map((f) => f.file));
  });

  it('runs a rule that reads other entries again only for the saved file and the files that name it', () => {
    const checked: string[] = [];
    const spy: Rule = { name: 'spy', severity: 'error', local: false, check: (file) => (checked.push(file.file), []) };
    const before = modelOfFiles(files);
    checkContent(before, [spy]);
    checked.length = 0;
    checkContent(withFile(before, person('bob', '\nborn: "1970"')), [spy]);
    expect(checked).toEqual(['c/people/bob.mdx']);
    checkContent(withFile(before, person('anna', '\nborn: "1970"')), [spy]);
    expect(checked.slice(1).sort()).toEqual(['c/people/anna.mdx', 'c/spacecraft/ms-23.mdx']);
  });
});
