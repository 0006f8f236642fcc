import { describe, expect, it } from 'vitest';
import {
  citationFindings,
  citationProblems,
  duplicateSources,
  entryCitationFindings,
  normaliseAddress,
  type CitingEntry,
} from '../../../src/check/rules/citations.ts';
import { outlineBody } from '../../../src/model/body-outline.ts';
import { modelOfFiles } from '../../../src/model/loader.ts';
import { person, source } from '../../support/content-files.ts';

const SOURCES = new Set(['nasa-blog', 'tass-report']);
const nearest = (id: string) => (id === 'nasa-blg' ? ' (did you mean "nasa-blog"?)' : '');

/** An entry whose body starts on line 6 of its file, listing `listed` in `sources` and citing `noted` in its disputed notes. */
function entry(body: string, listed: string[] = [], noted: string[] = []): CitingEntry {
  const outline = outlineBody(body, 5);
  return { file: 'c/people/x.mdx', listed: listed.map((id, i) => ({ id, line: 4 + i })), noteCitations: noted, ...outline };
}

describe('outlineBody reads citations', () => {
  it('finds each <Cite> with its ids and file line, and the paragraphs that cite nothing', () => {
    const outline = outlineBody('One.<Cite src="a, b" />\n\nTwo\n<Cite src="c" /> more.\n\nThree.\n\n- item <Cite src="d" />\n', 5);
    expect(outline.citations).toEqual([{ ids: ['a', 'b'], line: 6 }, { ids: ['c'], line: 9 }, { ids: ['d'], line: 13 }]);
    expect(outline.uncitedParagraphs).toEqual([11]);
  });

  it.each([
    ['<Cite src="a" />', 'a paragraph of its own'],
    ['Text <Cite />', 'no src attribute'],
    ['Text <Cite src={"a"} />', 'an expression in braces'],
    ['Text <Cite src="a" page="4" />', 'an attribute other than src ("page")'],
    ['Text <Cite src="a">p. 4</Cite>', 'text inside the citation'],
    ['Text <Cite src="a,, b" />', 'an empty id in src "a,, b"'],
    ['Text <Cite src="NASA Blog" />', '"NASA Blog", which is not written like an id'],
    ['Text <Cite src="a, a" />', '"a" twice in one citation'],
    ['[Rubio <Cite src="a" />](/people/frank-rubio/) flew.', "inside a link's text"],
    ['## Launch <Cite src="a" />', 'inside a heading'],
  ])('calls %s malformed: %s', (body, why) => {
    const [citation] = outlineBody(body).citations;
    expect(citation!.ids).toEqual([]);
    expect(citation!.malformed!.found).toContain(why);
    expect(citation!.malformed!.expected).toContain('<Cite src="source-id" />');
  });
});

describe('citationProblems', () => {
  it('accepts citations of existing sources', () => {
    expect(citationProblems(entry('Text.<Cite src="nasa-blog, tass-report" />'), SOURCES, nearest)).toEqual([]);
  });

  it('names file, line and the missing id with the nearest existing one', () => {
    expect(citationProblems(entry('Text.\n\nMore.<Cite src="tass-report, nasa-blg" />'), SOURCES, nearest)).toEqual([
      {
        file: 'c/people/x.mdx',
        line: 8,
        field: '(citation)',
        found: '<Cite src="tass-report, nasa-blg">: "nasa-blg", which is not an id in sources',
        expected: 'the id of a source (did you mean "nasa-blog"?), or add it with: npm run new -- source "<Title>"',
      },
    ]);
  });

  it('says what an id that is not a source is, without offering to add it as one', () => {
    const [problem] = citationProblems(entry('Text.<Cite src="anna" />'), SOURCES, () => '', (id) => (id === 'anna' ? 'person' : undefined));
    expect(problem).toMatchObject({ found: '<Cite src="anna">: "anna", which is a person', expected: 'the id of a source' });
  });

  it('reports a malformed citation at its line', () => {
    const [problem] = citationProblems(entry('Text.\n\n<Cite src="nasa-blog" />'), SOURCES, nearest);
    expect(problem).toMatchObject({ line: 8, field: '(citation)', found: 'a <Cite> with a paragraph of its own, so it cites no sentence' });
  });
});

describe('entryCitationFindings', () => {
  it('finds paragraphs without a citation and listed sources never cited inline', () => {
    const findings = entryCitationFindings(entry('Cited.<Cite src="nasa-blog" />\n\nNot cited.', ['nasa-blog', 'tass-report']));
    expect(findings.uncitedParagraphs).toEqual([{ file: 'c/people/x.mdx', line: 8, note: 'a paragraph with no <Cite>' }]);
    expect(findings.unusedSources).toEqual([{ file: 'c/people/x.mdx', line: 5, note: '"tass-report" is listed in sources but no <Cite> names it' }]);
  });

  it('counts a source a note on a disputed fact cites as cited', () => {
    expect(entryCitationFindings(entry('Cited.<Cite src="nasa-blog" />', ['nasa-blog', 'tass-report'], ['tass-report'])).unusedSources).toEqual([]);
  });

  it('reads the sources a file\'s notes cite from its frontmatter, so a source only a note cites is not reported unused', () => {
    const noted = person('anna', '\ndisputed:\n  - note: Born 1984 or 1985.\n    sources: [report]', 'Anna flew.<Cite src="other" />');
    const unused = citationFindings(modelOfFiles([noted, source('report'), source('other')])).unusedSources;
    expect(unused).toEqual([]);
    const bare = person('anna', '', 'Anna flew.<Cite src="other" />');
    expect(citationFindings(modelOfFiles([bare, source('report'), source('other')])).unusedSources).toHaveLength(1);
  });

  it('finds nothing in a fully cited body, whether or not cited sources are also listed', () => {
    expect(entryCitationFindings(entry('A.<Cite src="nasa-blog" />\n\n- B <Cite src="tass-report" />', ['nasa-blog']))).toEqual({
      uncitedParagraphs: [],
      unusedSources: [],
    });
  });
});

describe('duplicate sources', () => {
  it('treats scheme, www, staging hosts, case, fragments and trailing punctuation as the same address', () => {
    const same = [
      'https://aviationweek.com/space/upgrade',
      'http://www.aviationweek.com/space/upgrade/',
      'https://ngstage.aviationweek.com/space/upgrade',
      'https://staging.AviationWeek.com/space/upgrade.#top',
    ];
    expect(new Set(same.map(normaliseAddress))).toEqual(new Set(['aviationweek.com/space/upgrade']));
    expect(normaliseAddress('https://tass.com/science/1681263')).not.toBe(normaliseAddress('https://tass.com/science/1681264'));
    expect(normaliseAddress('https://example.com/a?id=1')).not.toBe(normaliseAddress('https://example.com/a?id=2'));
  });

  it('reports every record after the first of one address, naming the first', () => {
    const found = duplicateSources([
      { id: 'aw-upgrade-b', file: 'c/sources/aw-upgrade-b.yaml', url: 'https://ngstage.aviationweek.com/space/upgrade' },
      { id: 'aw-upgrade', file: 'c/sources/aw-upgrade.yaml', url: 'https://aviationweek.com/space/upgrade' },
      { id: 'tass', file: 'c/sources/tass.yaml', url: 'https://tass.com/science/1' },
    ]);
    expect(found).toEqual([
      { file: 'c/sources/aw-upgrade-b.yaml', line: undefined, note: '"aw-upgrade-b" has the address of "aw-upgrade" (aviationweek.com/space/upgrade): merge them' },
    ]);
  });
});
