import { describe, expect, it } from 'vitest';
import { nameMatch, nameMatchesFirst } from '../../src/search/rank.ts';

describe('name matches first', () => {
  it('scores an exact title or alias 1, in any case, script or accents', () => {
    expect(nameMatch('frank rubio', ['Frank Rubio'])).toBe(1);
    expect(nameMatch('Прокопьев', ['Sergey Prokopyev', 'Прокопьев'])).toBe(1);
    expect(nameMatch('ms-22', ['Soyuz MS-22', 'MS-22'])).toBe(1);
    expect(nameMatch('Koïchi', ['Koichi Wakata'])).toBe(0.5);
  });

  it('scores a name holding every query word by how little else it holds, and 0 otherwise', () => {
    expect(nameMatch('Rubio', ['Frank Rubio'])).toBe(0.5);
    expect(nameMatch('Rubio', ['Rubio breaks the US single-flight record'])).toBeCloseTo(1 / 7);
    expect(nameMatch('Rubio record', ['Frank Rubio'])).toBe(0);
    expect(nameMatch('Rub', ['Frank Rubio'])).toBe(0);
    expect(nameMatch('  ', ['Frank Rubio'])).toBe(0);
  });

  it('moves the nearest name match to the top and keeps the search order for the rest', () => {
    const results = [
      { id: 'record', names: ['Rubio breaks the US single-flight record (11 September 2023)'] },
      { id: 'leak', names: ['Coolant leak on Soyuz MS-22'] },
      { id: 'person', names: ['Frank Rubio', 'Francisco Rubio'] },
      { id: 'liner', names: ["Rubio's seat liner moved to Crew Dragon Endurance"] },
    ];
    expect(nameMatchesFirst('Rubio', results, (r) => r.names).map((r) => r.id)).toEqual(['person', 'liner', 'record', 'leak']);
    const shared = [
      { id: 'record', names: ['Rubio breaks the US single-flight record', 'Francisco Rubio'] },
      { id: 'person', names: ['Frank Rubio', 'Francisco Rubio'] },
    ];
    expect(nameMatchesFirst('Rubio', shared, (r) => r.names).map((r) => r.id)).toEqual(['person', 'record']);
    expect(nameMatchesFirst('spacewalk', results, (r) => r.names).map((r) => r.id)).toEqual(['record', 'leak', 'person', 'liner']);
  });

  it('puts an entry before a source that matches its name as nearly, and a source before a nearer miss', () => {
    const results = [
      { id: 'article', names: ['Soyuz MS-22'], source: true },
      { id: 'launch', names: ['Soyuz MS-22 launch'], source: false },
      { id: 'craft', names: ['Soyuz MS-22', 'Союз МС-22'], source: false },
    ];
    expect(nameMatchesFirst('Soyuz MS-22', results, (r) => r.names, (r) => r.source).map((r) => r.id)).toEqual(['craft', 'article', 'launch']);
  });

  it('puts every entry before a source whose title merely holds the query, and leaves sources in the search order', () => {
    const results = [
      { id: 'cancelled', names: ['Spacewalk cancelled, mission controllers evaluate leak on Soyuz'], source: true },
      { id: 'yomiuri', names: ["Yomiuri report on Koichi Wakata's first spacewalk"], source: true },
      { id: 'person', names: ['Frank Rubio'], source: false },
      { id: 'leak', names: ['Coolant leak on Soyuz MS-22 and cancelled Russian spacewalk'], source: false },
    ];
    expect(nameMatchesFirst('spacewalk', results, (r) => r.names, (r) => r.source).map((r) => r.id)).toEqual(['leak', 'person', 'cancelled', 'yomiuri']);
  });

  it('between equal matches, puts first the entry known by more names that match', () => {
    const results = [
      { id: 'command', names: ['Prokopyev takes ISS command', 'Сергей Прокопьев'] },
      { id: 'person', names: ['Sergey Prokopyev', 'Сергей Валерьевич Прокопьев', 'Сергей Прокопьев'] },
    ];
    expect(nameMatchesFirst('Прокопьев', results, (r) => r.names).map((r) => r.id)).toEqual(['person', 'command']);
  });
});
