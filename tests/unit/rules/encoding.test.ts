import { describe, expect, it } from 'vitest';
import { encoding } from '../../../src/check/rules/encoding.ts';
import { person, ruleProblems } from '../../support/content-files.ts';

describe('encoding rule', () => {
  it('refuses a file whose bytes are not UTF-8, at the line of the first', () => {
    const file = person('anna');
    const text = file.text.replace('Anna', 'Anna\n\uFFFDt\uFFFD');
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    expect(ruleProblems(encoding, [{ ...file, text, notUtf8: true }])).toEqual([
      { file: file.file, line, field: '(encoding)', found: expect.stringContaining('not UTF-8'), expected: expect.stringContaining('saved as UTF-8') },
    ]);
  });

  it('accepts a UTF-8 file, U+FFFD written in it included', () => {
    const file = person('anna');
    expect(ruleProblems(encoding, [{ ...file, text: `${file.text}\n\uFFFD` }])).toEqual([]);
  });
});
