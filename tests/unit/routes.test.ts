import { describe, expect, it } from 'vitest';
import { SLUG } from '../../src/model/ids.ts';
import { parseEntryLink } from '../../src/site/routes.ts';

describe('parseEntryLink', () => {
  it('reads a collection, an id and an anchor', () => {
    expect(parseEntryLink('/people/frank-rubio/#what-links-here')).toEqual({ collection: 'people', id: 'frank-rubio', anchor: 'what-links-here' });
    expect(parseEntryLink('/spacecraft/soyuz-ms-22')).toEqual({ collection: 'spacecraft', id: 'soyuz-ms-22', anchor: undefined });
  });

  it.each(['/people/frank--rubio/', '/people/frank-rubio-/', '/people/-frank/', '/people/Frank/', '/rockets/soyuz/', '/people/a/b/'])(
    'takes an id only by the one id rule, and a known collection: not %s',
    (url) => {
      expect(parseEntryLink(url)).toBeUndefined();
    },
  );

  it('agrees with the id rule on every id it reads', () => {
    for (const id of ['a', 'ms-22', '2022-leak', 'a-b-c']) expect(SLUG.test(id) && parseEntryLink(`/events/${id}/`)?.id).toBe(id);
  });
});
