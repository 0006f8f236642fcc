import { describe, expect, it } from 'vitest';
import type { TitleRow } from '../../src/publish/nearest-entries.ts';
import { nearestNames } from '../../src/search/nearest-names.ts';

const rows: TitleRow[] = [
  ['/events/prokopyev-iss-command-2022/', 'Prokopyev takes ISS command'],
  ['/people/sergey-prokopyev/', 'Sergey Prokopyev'],
  ['/people/frank-rubio/', 'Frank Rubio'],
  ['/places/baikonur-cosmodrome/', 'Baikonur Cosmodrome'],
  ['/sources/wikipedia-baikonur-cosmodrome/', 'Baikonur Cosmodrome'],
  ['/organizations/roscosmos/', 'Roscosmos'],
  ['/sources/roscosmos-to-decide/', 'Roscosmos to decide on a rescue', 'TASS'],
  ['/people/yuri-borisov/', 'Yuri Borisov'],
  ['/sources/wikipedia-borissow/', 'Juri Iwanowitsch Borissow', 'Wikipedia'],
  ['/spacecraft/soyuz-ms-22/', 'Soyuz MS-22'],
  ['/people/dmitry-rogozin/', 'Dmitry Rogozin', ['Дмитрий Рогозин']],
  ['/places/zhezkazgan/', 'Zhezkazgan', ['Jezkazgan', 'Dzhezkazgan']],
];
const titles = (notFound: string[]) => nearestNames(notFound, rows).map(([, title]) => title);
const paths = (notFound: string[]) => nearestNames(notFound, rows).map(([path]) => path);

describe('did you mean, for a search that found nothing', () => {
  it('offers the entries with a name word a letter or two from the word not found', () => {
    expect(titles(['prokopev'])).toEqual(['Sergey Prokopyev', 'Prokopyev takes ISS command']);
    expect(titles(['rubo'])).toEqual(['Frank Rubio']);
  });

  it('puts an entry before a source of the same name, and a name of fewer words first', () => {
    expect(paths(['baikonour'])).toEqual(['/places/baikonur-cosmodrome/', '/sources/wikipedia-baikonur-cosmodrome/']);
  });

  it('reads a name written without its hyphen or space as the words it joins', () => {
    expect(titles(['ms22'])).toEqual(['Soyuz MS-22']);
    expect(titles(['soyuzms'])).toEqual(['Soyuz MS-22']);
  });

  it('finds an entry by a misspelt alias, in any script', () => {
    expect(titles(['dzhezkazgn'])).toEqual(['Zhezkazgan']);
    expect(titles(['рогозн'])).toEqual(['Dmitry Rogozin']);
  });

  it('measures a name word by the share of the word typed that differs, so a longer word gains nothing by its length', () => {
    expect(paths(['roscosmso'])[0]).toBe('/organizations/roscosmos/');
    expect(paths(['borisow'])[0]).toBe('/people/yuri-borisov/');
  });

  it('guesses from the longest word not found', () => {
    expect(titles(['xq', 'roscosmso'])[0]).toBe('Roscosmos');
  });

  it('offers nothing for a word far from every name, or too short to guess from', () => {
    expect(titles(['xyzzyqq'])).toEqual([]);
    expect(titles(['rbi'])).toEqual([]);
    expect(titles([])).toEqual([]);
  });
});
