import { describe, expect, it } from 'vitest';
import { decodedPath, nearestEntries, readPath, type TitleRow } from '../../src/publish/nearest-entries.ts';

const rows: TitleRow[] = [
  ['/people/frank-rubio/', 'Frank Rubio'],
  ['/people/anna-kikina/', 'Anna Kikina'],
  ['/people/sergey-prokopyev/', 'Sergey Prokopyev', ['Сергей Прокопьев']],
  ['/spacecraft/soyuz-ms-22/', 'Soyuz MS-22'],
  ['/spacecraft/soyuz-ms-23/', 'Soyuz MS-23', ['MS-23']],
  ['/events/rubio-us-single-flight-record-2023/', 'Rubio sets the US single-flight record (2023)'],
  ['/spacecraft/international-space-station/', 'International Space Station', ['ISS', 'МКС']],
  ['/sources/station-overview/', 'ISS', 'NASA'],
];
const ids = (path: string) => nearestEntries(path, rows).map((s) => s.row[0].split('/')[2]);

describe('nearestEntries', () => {
  it('suggests Frank Rubio for a misspelt person address', () => {
    expect(ids('/people/frank-rubo/')[0]).toBe('frank-rubio');
  });

  it('prefers the collection the address names', () => {
    expect(ids('/spacecraft/soyuz-ms-23x/')[0]).toBe('soyuz-ms-23');
  });

  it('finds an entry under the wrong collection, and by a word of its title', () => {
    expect(ids('/spacecraft/anna-kikina/')).toEqual(['anna-kikina']);
    expect(ids('/people/prokopyev/')[0]).toBe('sergey-prokopyev');
  });

  it('finds an entry by another name it goes by, not by a source\'s publisher', () => {
    expect(ids('/spacecraft/iss/')[0]).toBe('international-space-station');
    expect(ids('/sources/nasa/')).toEqual([]);
  });

  it('finds the entry an address goes on past, and reads no page number as a name', () => {
    expect(ids('/people/frank-rubio/links/9/')[0]).toBe('frank-rubio');
    expect(ids('/people/frank-rubio/garbage')[0]).toBe('frank-rubio');
    expect(ids('/person/frank-rubo/')[0]).toBe('frank-rubio');
    expect(ids('/spacecraft/page/3/')).toEqual([]);
  });

  it('reads no number as a name: the timeline\'s page for 2023 is not Soyuz MS-23', () => {
    expect(ids('/timeline/2023/2/')).toEqual([]);
    expect(ids('/events/2023/')).toEqual([]);
    expect(ids('/timeline/soyuz-ms23/')[0]).toBe('soyuz-ms-23');
  });

  it('finds an entry by a name in another script, typed or escaped in the address', () => {
    expect(ids('/people/прокопьев/')[0]).toBe('sergey-prokopyev');
    expect(ids('/people/%D0%9F%D1%80%D0%BE%D0%BA%D0%BE%D0%BF%D1%8C%D0%B5%D0%B2/')[0]).toBe('sergey-prokopyev');
    expect(ids('/spacecraft/мкс/')[0]).toBe('international-space-station');
  });

  it('suggests nothing for an address like no entry', () => {
    expect(ids('/people/zzzzzzzzzzzz/')).toEqual([]);
    expect(ids('/')).toEqual([]);
  });
});

describe('readPath', () => {
  it('reads collection and id, decoding escapes and dropping .html', () => {
    expect(readPath('/people/Frank%20Rubio.html')).toEqual({ collection: 'people', slug: 'frank-rubio' });
    expect(readPath('/frank-rubio/')).toEqual({ collection: undefined, slug: 'frank-rubio' });
    expect(readPath('/people/%E0%A4%A/')).toEqual({ collection: 'people', slug: 'e0-a4-a' });
  });

  it('shows an address as typed, its escapes decoded where they can be', () => {
    expect(decodedPath('/people/%D0%9F%D1%80/')).toBe('/people/Пр/');
    expect(decodedPath('/people/%E0%A4%A/')).toBe('/people/%E0%A4%A/');
  });
});
