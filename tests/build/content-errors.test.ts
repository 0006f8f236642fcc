/**
 * Errors that teach: every kind of author mistake in tests/fixtures/content-errors/ runs
 * through the real `astro build`, which must stop with one message naming the file (and line),
 * the field, what it found and what it expected, and no stack trace. Each case is the good
 * base corpus plus the case's own files, laid out like src/content.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const FIXTURES = 'tests/fixtures/content-errors';
// Inside the project (and gitignored) so messages show short project-relative paths.
const WORK = '.astro/fixtures';
const BIN = path.resolve('node_modules/.bin');
// Failing builds mostly start Astro and stop; two per core keeps the cores busy.
const PARALLEL = os.availableParallelism() * 2;

interface Expectation {
  file: string;
  line?: number;
  field: string;
  found: string;
  expected: string[];
}

/** Case folder → the one problem its build must report. */
const CASES: Record<string, Expectation> = {
  'missing-required-field': { file: 'people/anna-kikina.mdx', line: 1, field: 'summary', found: 'the field is missing', expected: ['a required field: text', 'One sentence for cards'] },
  'wrong-type': { file: 'people/anna-kikina.mdx', line: 4, field: 'aliases', found: '"Анна Кикина"', expected: ['a list: [a, b] on one line', 'Other names and spellings'] },
  'empty-value': { file: 'people/anna-kikina.mdx', line: 3, field: 'summary', found: 'no value: the field is empty', expected: ['text — One sentence for cards'] },
  'value-outside-enum': { file: 'events/launch.mdx', line: 5, field: 'kind', found: '"liftoff"', expected: ['one of "launch", "docking"', '"anomaly"', '"communication"'] },
  'impossible-date': { file: 'people/anna-kikina.mdx', line: 4, field: 'born', found: '"2022-02-30"', expected: ['does not exist: February 2022 has 28 days'] },
  'end-before-start': { file: 'events/station-stay.mdx', line: 5, field: 'end', found: '1 October 2022', expected: ["a date after the event's start (1 March 2023)"] },
  'dangling-reference': { file: 'events/crew-call.mdx', line: 6, field: 'people[0]', found: '"frank-rubo", which is not an id in people', expected: ['the id of a person (did you mean "frank-rubio"?)'] },
  'reference-wrong-case': { file: 'people/anna-kikina.mdx', line: 5, field: 'agency', found: '"NASA", which is not an id in organizations', expected: ['the id of an organization (did you mean "nasa"?)'] },
  'reference-wrong-kind': { file: 'events/crew-call.mdx', line: 6, field: 'spacecraft[0]', found: '"frank-rubio", which is a person', expected: ['the id of a spacecraft (existing: soyuz-ms-22)'] },
  'unknown-key': { file: 'people/anna-kikina.mdx', line: 4, field: 'borm', found: 'unknown key "borm"', expected: ['(did you mean "born"?)', 'title, summary, aliases'] },
  'duplicate-id': { file: 'organizations/nasa.mdx', field: '(id)', found: 'the id "nasa", already used by .astro/fixtures/duplicate-id/events/nasa.mdx', expected: ['an id used by no other entry', 'rename one of the files'] },
  'yaml-syntax-error': { file: 'people/anna-kikina.mdx', line: 3, field: '(YAML syntax)', found: 'at column 10: Nested mappings are not allowed in compact mappings', expected: ['valid YAML', 'quote values that contain ": "'] },
  'source-with-fences': { file: 'sources/base-report.yaml', line: 7, field: '(YAML syntax)', found: 'at column 1: a "---" line, which starts a second YAML document', expected: ['a source file holds its fields alone, with no "---" lines'] },
  'mdx-syntax-error': { file: 'people/anna-kikina.mdx', line: 9, field: '(body)', found: 'invalid MDX at column 17: Expected a closing tag for `<b>`', expected: ['valid MDX: close every tag'] },
  'unknown-component': { file: 'people/anna-kikina.mdx', line: 9, field: '(body)', found: 'the component <Infobox>', expected: ['Markdown, <Cite src="source-id" /> and inline HTML (<abbr>', '[text](/people/frank-rubio/)'] },
  'link-to-missing-page': { file: 'people/anna-kikina.mdx', line: 7, field: '(body link)', found: 'a link to "/people/sergei-prokopyev/"', expected: ['an existing person (did you mean "sergey-prokopyev"?)'] },
  'link-wrong-folder': { file: 'people/anna-kikina.mdx', line: 7, field: '(body link)', found: 'a link to "/person/frank-rubio/"', expected: ['a link to an entry, written /<collection>/<id>/', 'did you mean /people/frank-rubio/?'] },
  'link-to-missing-anchor': { file: 'people/anna-kikina.mdx', line: 7, field: '(body link)', found: 'the anchor "#fligth"', expected: ['(did you mean "flight"?)', 'what-links-here'] },
  'event-outside-craft-life': { file: 'events/early-docking.mdx', line: 6, field: 'spacecraft[0]', found: '"soyuz-ms-22" with the event on 1 September 2022', expected: ["on or after soyuz-ms-22's launch (21 September 2022"] },
  'flies-before-born': { file: 'spacecraft/soyuz-ms-23.mdx', line: 8, field: 'crew[0]', found: 'young-flyer, born 1 January 2024', expected: ['a crew member born before the launch (24 February 2023)'] },
  'landing-before-launch': { file: 'spacecraft/soyuz-ms-23.mdx', line: 8, field: 'landing.date', found: '1 February 2023', expected: ['a landing after the launch (24 February 2023)'] },
  'event-about-craft-before-launch': { file: 'events/replacement-decision.mdx', line: 7, field: 'spacecraft[1]', found: '"soyuz-ms-23" with the event on 11 January 2023', expected: ["on or after soyuz-ms-23's launch (24 February 2023"] },
  'cite-unknown-source': { file: 'people/anna-kikina.mdx', line: 7, field: '(citation)', found: '<Cite src="base-reprot">: "base-reprot", which is not an id in sources', expected: ['the id of a source (did you mean "base-report"?)', 'npm run new -- source'] },
  'cite-malformed': { file: 'people/anna-kikina.mdx', line: 7, field: '(citation)', found: 'a <Cite> with an attribute other than src ("source")', expected: ['<Cite src="source-id" /> or <Cite src="id-one, id-two" />'] },
  'cited-source-missing': { file: 'people/anna-kikina.mdx', line: 4, field: 'sources[1]', found: '"tass-kikina-2022", which is not an id in sources', expected: ['the id of a source (existing: base-report)', 'npm run new -- source'] },
  'url-not-web': { file: 'sources/base-report.yaml', line: 3, field: 'url', found: '"javascript:alert(document.cookie)"', expected: ['an address starting with https:// or http://'] },
  'body-script': { file: 'people/anna-kikina.mdx', line: 9, field: '(body)', found: 'the HTML element <script>', expected: ['Markdown, <Cite src="source-id" /> and inline HTML (<abbr>'] },
  'body-event-handler': { file: 'people/anna-kikina.mdx', line: 7, field: '(body)', found: 'the attribute onmouseover on <abbr>', expected: ['only title, lang, dir, datetime, value'] },
  'body-link-script': { file: 'people/anna-kikina.mdx', line: 7, field: '(body link)', found: 'a link to "javascript:alert(1)"', expected: ['a link starting with https://, http:// or mailto:'] },
  'body-title-heading': { file: 'people/anna-kikina.mdx', line: 7, field: '(body)', found: 'a level-1 heading (# …), a second title on the page', expected: ['a section heading, "## …"'] },
  'body-datetime': { file: 'people/anna-kikina.mdx', line: 7, field: '(body)', found: 'datetime="last autumn" on <time>', expected: ['a date that exists, written `YYYY`'] },
  'source-listed-twice': { file: 'people/anna-kikina.mdx', line: 6, field: 'sources[1]', found: '"base-report"', expected: ['each source once: "base-report" is already at [0] of the list'] },
  'bad-file-name': { file: 'people/Anna Kikina.mdx', field: '(file name)', found: '"Anna Kikina.mdx"', expected: ['a lowercase slug'] },
  'bad-extension': { file: 'people/anna-kikina.md', field: '(file name)', found: '"anna-kikina.md"', expected: ['a .mdx file'] },
  'misnamed-collection-folder': { file: 'person', field: '(folder)', found: 'a folder "person", whose contents are not built', expected: ['a collection folder: people, ', '(did you mean "people"?)'] },
  'folder-in-collection': { file: 'people/crew', field: '(folder)', found: 'a folder "crew"', expected: ['entry files directly in', 'people/: a collection has no folders inside it'] },
  'frontmatter-not-closed': { file: 'people/anna-kikina.mdx', line: 1, field: '(frontmatter)', found: 'no frontmatter block: an opening "---" line with no closing "---" line after the fields', expected: ['the file to start with a "---" line, the fields in YAML, and a closing "---" line'] },
  'empty-file': { file: 'people/anna-kikina.mdx', line: 1, field: '(frontmatter)', found: 'no frontmatter block: the file is empty', expected: ['the file to start with a "---" line'] },
  'title-shared': { file: 'people/frank-rubio-2.mdx', line: 2, field: 'title', found: '"Frank Rubio", which is also the title of .astro/fixtures/title-shared/people/frank-rubio.mdx', expected: ['a title of its own, with what tells them apart'] },
  'not-utf8': { file: 'people/anna-kikina.mdx', line: 3, field: '(encoding)', found: 'bytes that are not UTF-8', expected: ['a file saved as UTF-8'] },
};

/** Several mistakes in one build: all are reported together. */
const SEVERAL: Array<Pick<Expectation, 'file' | 'line' | 'field'>> = [
  { file: 'events/station-stay.mdx', line: 4, field: 'date' },
  { file: 'events/station-stay.mdx', line: 5, field: 'kind' },
  { file: 'people/anna-kikina.mdx', line: 4, field: 'borm' },
  { file: 'people/anna-kikina.mdx', line: 5, field: 'agency' },
  { file: 'people/anna-kikina.mdx', line: 9, field: '(body link)' },
];

interface Reported {
  file: string;
  line: number | undefined;
  field: string;
  found: string;
  expected: string;
}

interface BuildResult {
  code: number;
  output: string;
  problems: Reported[];
  count: number | undefined;
}

const BLOCK = /^(.+?)(?::(\d+))?\n {2}field: +(.*)\n {2}found: +(.*)\n {2}expected: +(.*)$/gm;

async function buildCase(name: string): Promise<BuildResult> {
  const dir = path.join(WORK, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true });
  fs.cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  // What `npx astro build` runs, without npx's own start-up: the project's astro on its Node 24.
  const env = { ...process.env, ORBITAL_CONTENT_DIR: dir, NO_COLOR: '1', PATH: `${BIN}${path.delimiter}${process.env.PATH}` };
  const result = await run(path.join(BIN, 'astro'), ['build', '--outDir', path.join(dir, '.dist')], { env }).then(
    (r) => ({ code: 0, output: r.stdout + r.stderr }),
    (e) => ({ code: e.code as number, output: `${e.stdout}${e.stderr}` }),
  );
  const output = result.output.replace(/\x1b\[[0-9;]*m/g, '');
  const problems = [...output.matchAll(BLOCK)].map((m) => ({
    file: path.relative(dir, m[1]!.trim()),
    line: m[2] ? Number(m[2]) : undefined,
    field: m[3]!,
    found: m[4]!,
    expected: m[5]!,
  }));
  const count = /Content check found (\d+) problems?/.exec(output)?.[1];
  return { ...result, output, problems, count: count ? Number(count) : undefined };
}

const results = new Map<string, BuildResult>();

beforeAll(async () => {
  const names = [...Object.keys(CASES), 'several-problems'];
  // Every failing build stops in its config hook, before Astro loads content.
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) results.set(name, await buildCase(name));
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}, 300_000);

describe('a build with one mistake stops and teaches', () => {
  it('has a fixture folder for every case, and at least 15 kinds', () => {
    const folders = fs.readdirSync(FIXTURES).filter((f) => f !== 'base' && f !== 'several-problems');
    expect(folders.sort()).toEqual(Object.keys(CASES).sort());
    expect(folders.length).toBeGreaterThanOrEqual(15);
  });

  it.each(Object.entries(CASES))('%s', (name, want) => {
    const result = results.get(name)!;
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('the site was not built');
    expect(result.output).not.toMatch(/^ {4}at /m);
    expect(result.count, result.output).toBe(1);
    expect(result.problems, result.output).toHaveLength(1);
    const [got] = result.problems;
    expect(got).toMatchObject({ file: want.file, line: want.line, field: want.field });
    expect(got!.found).toContain(want.found);
    for (const text of want.expected) expect(got!.expected).toContain(text);
  });
});

describe('citations the build warns about but does not refuse', () => {
  it('lists paragraphs without a citation and sources never cited inline as warnings, not problems', () => {
    const result = results.get('cite-unknown-source')!;
    expect(result.count).toBe(1);
    expect(result.output).toMatch(/\d+ paragraph\(s\) without an inline citation, \d+ listed source\(s\) never cited inline, 0 duplicate source record\(s\)/);
    expect(result.output).toMatch(/people\/frank-rubio\.mdx:9 a paragraph with no <Cite>/);
    expect(result.output).toMatch(/people\/frank-rubio\.mdx:6 "base-report" is listed in sources but no <Cite> names it/);
  });
});

describe('a build with several mistakes', () => {
  it('reports all of them together, in file and line order', () => {
    const result = results.get('several-problems')!;
    expect(result.code).not.toBe(0);
    expect(result.output).not.toMatch(/^ {4}at /m);
    expect(result.count).toBe(SEVERAL.length);
    expect(result.problems.map(({ file, line, field }) => ({ file, line, field }))).toEqual(SEVERAL);
  });
});
