import { describe, expect, it } from 'vitest';
import { urls } from '../../../src/check/rules/urls.ts';
import { person, ruleProblems } from '../../support/content-files.ts';

const withLink = (url: string) => ruleProblems(urls, [person('anna', '', `Anna [flew](${url}).`)]);

describe('urls rule (body links)', () => {
  it.each(['https://www.nasa.gov/', 'http://example.org/', 'mailto:press@nasa.gov', '/people/frank-rubio/', '#facts', 'relative/page/'])('accepts %s', (url) => {
    expect(withLink(url)).toEqual([]);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,hi', 'vbscript:x'])('refuses %s, on its line', (url) => {
    expect(withLink(url)).toEqual([
      { file: 'c/people/anna.mdx', line: 7, field: '(body link)', found: `a link to "${url}"`, expected: expect.stringContaining('https://, http:// or mailto:') },
    ]);
  });

  it('refuses a reference link whose definition runs script, at the line of the link', () => {
    expect(ruleProblems(urls, [person('anna', '', 'Anna [flew][ms22].\n\n[ms22]: javascript:alert(1)')])).toEqual([
      { file: 'c/people/anna.mdx', line: 7, field: '(body link)', found: 'a link to "javascript:alert(1)"', expected: expect.stringContaining('https://') },
    ]);
  });
});
