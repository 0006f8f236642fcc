import { describe, expect, it } from 'vitest';
import { bodyLinks } from '../../../src/check/rules/body-links.ts';
import { person, ruleProblems, source } from '../../support/content-files.ts';

const linking = (url: string) => ruleProblems(bodyLinks, [source('report'), person('frank-rubio', '', '## Flight\n\nText.'), person('anna', '', `Anna met [Frank](${url}).`)]);

describe('body-links rule', () => {
  it.each(['/people/frank-rubio/', '/people/frank-rubio/#flight', '/people/frank-rubio/#what-links-here', '/timeline/', '/search/', '/search/?q=leak', '/people/', 'https://www.nasa.gov/', '#sources'])('accepts %s', (url) => {
    expect(linking(url)).toEqual([]);
  });

  it('refuses a link to an entry that does not exist, with the nearest id', () => {
    expect(linking('/people/frank-rubo/')).toEqual([
      { file: 'c/people/anna.mdx', line: 7, field: '(body link)', found: 'a link to "/people/frank-rubo/"', expected: 'a link to an existing person (did you mean "frank-rubio"?)' },
    ]);
  });

  it('refuses an anchor the page does not have, listing the ones it has', () => {
    expect(linking('/people/frank-rubio/#fligth')).toMatchObject([
      { found: 'the anchor "#fligth" in "/people/frank-rubio/#fligth"', expected: expect.stringMatching(/^an anchor on that page \(did you mean "flight"\?\): .*what-links-here/) },
    ]);
  });

  it('refuses a site path that is no page', () => {
    expect(linking('/about/us/page')).toMatchObject([{ expected: expect.stringContaining('written /<collection>/<id>/') }]);
  });

  it('gives the address of the entry a link names in the wrong folder or case', () => {
    expect(linking('/person/frank-rubio/')).toMatchObject([{ found: 'a link to "/person/frank-rubio/"', expected: expect.stringMatching(/written \/<collection>\/<id>\/ .*; did you mean \/people\/frank-rubio\/\?$/) }]);
    expect(linking('/people/Frank-Rubio/#flight')).toMatchObject([{ expected: expect.stringMatching(/; did you mean \/people\/frank-rubio\/#flight\?$/) }]);
    expect(linking('/about/us/page')[0]!.expected).not.toContain('did you mean');
  });

  it('checks reference links ([text][ref] with [ref]: url) as it checks inline ones', () => {
    const problems = ruleProblems(bodyLinks, [source('report'), person('frank-rubio', '', 'Text.'), person('anna', '', 'Anna met [Frank][f].\n\n[f]: /people/frank-rubo/')]);
    expect(problems).toEqual([expect.objectContaining({ line: 7, found: 'a link to "/people/frank-rubo/"', expected: expect.stringContaining('did you mean "frank-rubio"') })]);
  });

  it('refuses an anchor its own page does not have', () => {
    expect(linking('#nope')).toMatchObject([{ found: 'the anchor "#nope" in "#nope"', expected: expect.stringMatching(/^an anchor on this page: facts, /) }]);
  });

  it('refuses a relative link, which would lead elsewhere from another page or in the Kiwix edition', () => {
    expect(linking('../frank-rubio/')).toMatchObject([{ found: 'a relative link "../frank-rubio/"', expected: expect.stringContaining("written from the site's root") }]);
    // Not a scheme: a tab inside "javascript:" makes a relative address, refused as such.
    expect(linking('jav&#x09;ascript:alert(1)')).toMatchObject([{ found: expect.stringContaining('a relative link') }]);
  });

  it('refuses an entry address without its final slash, giving it with the slash', () => {
    expect(linking('/people/frank-rubio')).toMatchObject([{ found: 'a link to "/people/frank-rubio"', expected: 'the address with its final slash: /people/frank-rubio/' }]);
    expect(linking('/people/frank-rubio#flight')).toMatchObject([{ expected: 'the address with its final slash: /people/frank-rubio/#flight' }]);
  });

  it('refuses an address copied from a local preview, giving the address from the root', () => {
    expect(linking('http://localhost:4321/people/frank-rubio/')).toMatchObject([
      { found: 'a link to "http://localhost:4321/people/frank-rubio/", a preview on this computer', expected: "the page's address on this site, written from its root: /people/frank-rubio/" },
    ]);
    expect(linking('http://127.0.0.1:4477/timeline/')).toMatchObject([{ expected: expect.stringMatching(/: \/timeline\/$/) }]);
  });

  it('names the kind of entry an id belongs to when a link gives it the wrong collection', () => {
    expect(linking('/spacecraft/frank-rubio/')).toMatchObject([{ expected: 'a link to an existing spacecraft ("frank-rubio" is a person: /people/frank-rubio/)' }]);
  });
});
