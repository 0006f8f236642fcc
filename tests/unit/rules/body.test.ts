import { describe, expect, it } from 'vitest';
import { body } from '../../../src/check/rules/body.ts';
import { person, ruleProblems } from '../../support/content-files.ts';

const withBody = (text: string) => ruleProblems(body, [person('anna', '', text)]);
const found = (text: string) => withBody(text).map((p) => p.found);

describe('body rule', () => {
  it('accepts Markdown, inline HTML that marks up text, and <Cite>', () => {
    expect(
      withBody('Anna *flew*.<Cite src="report" />\n\n<abbr title="International Space Station">ISS</abbr>, H<sub>2</sub>O, <time datetime="2022-12-14">that night</time>, <span lang="ru">Союз</span>.'),
    ).toEqual([]);
  });

  it('gives invalid MDX its file line and column, without the parser\'s own position', () => {
    const [problem] = withBody('One.\n\nTwo <b>open.');
    expect(problem).toMatchObject({ file: 'c/people/anna.mdx', line: 9, field: '(body)', found: expect.stringMatching(/^invalid MDX at column \d+: Expected a closing tag for `<b>`/) });
    expect(problem!.found).not.toMatch(/\(\d+:\d+/);
    expect(problem!.expected).toContain('valid MDX: close every tag');
  });

  it('says how to write a <Cite> whose ids lack their quotes, or one written <cite>', () => {
    const [unquoted] = withBody('One.\n\nTwo.<Cite src=report />');
    expect(unquoted).toMatchObject({ line: 9, found: expect.stringMatching(/^invalid MDX/), expected: 'the ids in double quotes: <Cite src="source-id" />' });
    expect(withBody('Two.<cite src="report" />')).toEqual([
      expect.objectContaining({ found: "<cite src=…>, HTML's element for the title of a work", expected: 'a citation, written with a capital C: <Cite src="source-id" />' }),
    ]);
  });

  it('refuses a component the entry page does not pass, and says how to link', () => {
    expect(withBody('Anna.\n\n<Infobox />')).toEqual([
      { file: 'c/people/anna.mdx', line: 9, field: '(body)', found: 'the component <Infobox>', expected: expect.stringContaining('[text](/people/frank-rubio/)') },
    ]);
  });

  it('refuses HTML that runs, loads, embeds or styles, naming the element and what a body may hold', () => {
    expect(withBody('Anna.\n\n<script>window.injected = 1</script>')).toEqual([
      { file: 'c/people/anna.mdx', line: 9, field: '(body)', found: 'the HTML element <script>', expected: expect.stringContaining('<abbr> <b>') },
    ]);
    expect(found('A <iframe src="https://example.org/"></iframe>, <img src="x" />, <style>p</style>, <a href="/x/">x</a>, <div>d</div>.')).toEqual([
      'the HTML element <iframe>',
      'the HTML element <img>',
      'the HTML element <style>',
      'the HTML element <a>',
      'the HTML element <div>',
    ]);
  });

  it('refuses attributes that handle events, style, link or set raw HTML, and any attribute in braces', () => {
    expect(found('A <b onclick="x()">b</b> <span style="color:red" class="hidden">s</span> <span set:html="<i>x</i>" /> <abbr title={"x"}>a</abbr> <abbr {...x}>a</abbr>.')).toEqual([
      'the attribute onclick on <b>',
      'the attribute style on <span>',
      'the attribute class on <span>',
      'the attribute set:html on <span>',
      'the attribute title on <abbr>, written in braces',
      'the attribute {...} on <abbr>, written in braces',
    ]);
  });

  it('refuses a datetime that is not a date, or not one that exists', () => {
    expect(withBody('Anna.\n\n<time datetime="yesterday">yesterday</time> and <time datetime="2022-02-30">then</time>, <time datetime="2022-12-14T23:45Z">late</time>.')).toEqual([
      { file: 'c/people/anna.mdx', line: 9, field: '(body)', found: 'datetime="yesterday" on <time>', expected: expect.stringMatching(/^a date that exists, written `YYYY`/) },
      { file: 'c/people/anna.mdx', line: 9, field: '(body)', found: 'datetime="2022-02-30" on <time>', expected: expect.stringMatching(/^a date that exists/) },
    ]);
  });

  it('refuses a level-1 heading: the entry\'s title is the page\'s one title', () => {
    expect(withBody('Anna.\n\n# Early life\n\n## Career')).toEqual([
      { file: 'c/people/anna.mdx', line: 9, field: '(body)', found: 'a level-1 heading (# …), a second title on the page', expected: expect.stringContaining('"## …"') },
    ]);
  });

  it("refuses a heading whose anchor is one of the page's own parts, naming its line", () => {
    expect(withBody('Anna.\n\n## Sources\n\nMore.\n\n## Timeline of her career\n\n### Where sources disagree')).toEqual([
      { file: 'c/people/anna.mdx', line: 9, field: '(body)', found: 'a heading whose anchor, "#sources", is the page\'s own (its sources part)', expected: expect.stringContaining('a heading of other words') },
    ]);
  });

  it('refuses a reference link whose label is not defined, and a footnote, which show as written', () => {
    expect(withBody('Anna flew on [Crew-6][c7].\n\nShe landed[^1].\n\nHer [craft][ship] and `[code][x]`.\n\n[ship]: /spacecraft/ship/')).toEqual([
      { file: 'c/people/anna.mdx', line: 7, field: '(body)', found: '"[Crew-6][c7]", shown as written: a reference link whose label has no "[label]: /address/" line', expected: 'a link written [text](/people/id/), or a definition line for its label' },
      { file: 'c/people/anna.mdx', line: 9, field: '(body)', found: '"[^1]", shown as written: a footnote', expected: expect.stringContaining('<Cite src=') },
    ]);
  });

  it('refuses a footnote with its definition, which the page would number apart from its citations', () => {
    expect(withBody('She landed at 3:27[^1].\n\n[^1]: NASA blog, 22 December 2022')).toEqual([
      {
        file: 'c/people/anna.mdx',
        line: 7,
        field: '(body)',
        found: '"[^1]", a footnote: the page would number it apart from its citations, and its note would cite nothing',
        expected: 'a citation where the statement stands, <Cite src="source-id" />, and any note in the text itself',
      },
    ]);
  });

  it('accepts MDX comments, which render nothing', () => {
    expect(withBody('{/* TODO: cite the landing */}\n\nAnna flew.{/* a note */}')).toEqual([]);
  });

  it('refuses code: expressions in braces, imports and exports, each at its line', () => {
    expect(withBody('import X from "./x.ts";\n\nAnna {"<b>"} flew.\n\n{/* a note */ 1 + 1}\n\nexport const y = 1;')).toEqual([
      expect.objectContaining({ line: 7, found: 'an import or export statement', expected: expect.stringContaining('needs no import') }),
      expect.objectContaining({ line: 9, found: 'an expression in braces, which MDX runs when the site is built', expected: 'text: write a literal "{" as "\\{"' }),
      expect.objectContaining({ line: 11, found: 'an expression in braces, which MDX runs when the site is built' }),
      expect.objectContaining({ line: 13, found: 'an import or export statement' }),
    ]);
  });

  it('refuses images, inline or by reference', () => {
    expect(withBody('Anna ![the crew](https://example.org/crew.jpg).\n\nAnd ![a][pic].\n\n[pic]: /crew.png')).toEqual([
      { file: 'c/people/anna.mdx', line: 7, field: '(body)', found: 'the image "https://example.org/crew.jpg"', expected: expect.stringContaining('a body shows no images') },
      expect.objectContaining({ line: 9, found: 'the image "/crew.png"' }),
    ]);
  });
});
