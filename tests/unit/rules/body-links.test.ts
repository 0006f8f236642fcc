import { describe, expect, it } from 'vitest';
import { bodyLinks } from '../../../src/check/rules/body-links.ts';
import { person, ruleProblems, source } from '../../support/content-files.ts';

const linking = (url: string) => ruleProblems(bodyLinks, [source('report'), person('frank-rubio', '', '## Flight\n\nText.'), person('anna', '', `Anna met [Frank](${url}).`)]);

describe('body-links rule', () => {
  it.each(['/people/frank-rubio/', '/people/frank-rubio/#flight', '/people/frank-rubio/#what-links-here', '/timeline/', '/search/', '/people/', 'https://www.nasa.gov/'])('accepts %s', (url) => {
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

  it('checks reference links ([text][ref] with [ref]: url) as it checks inline ones', () => {
    const problems = ruleProblems(bodyLinks, [source('report'), person('frank-rubio', '', 'Text.'), person('anna', '', 'Anna met [Frank][f].\n\n[f]: /people/frank-rubo/')]);
    expect(problems).toEqual([expect.objectContaining({ line: 7, found: 'a link to "/people/frank-rubo/"', expected: expect.stringContaining('did you mean "frank-rubio"') })]);
  });
});
