import { describe, expect, it } from 'vitest';
import { collectionJsonSchemas } from '../../src/authoring/editor-schemas.ts';
import { COLLECTIONS } from '../../src/model/collections.ts';
import { EVENT_KINDS, SCHEMAS } from '../../src/model/schema.ts';

const ids = new Map([
  ['people', ['frank-rubio', 'anna-kikina']],
  ['spacecraft', ['soyuz-ms-22']],
  ['sources', ['seed']],
] as const);

describe('collectionJsonSchemas', () => {
  const schemas = collectionJsonSchemas(ids as any) as Record<string, any>;

  it('has one schema per collection, with exactly the frontmatter keys and no others', () => {
    for (const c of COLLECTIONS) {
      expect(Object.keys(schemas[c].properties).sort()).toEqual(Object.keys(SCHEMAS[c].shape).sort());
      expect(schemas[c].additionalProperties).toBe(false);
    }
  });

  it('offers the existing ids of the right collection for references, sorted, single and in lists', () => {
    expect(schemas.events.properties.people.items.enum).toEqual(['anna-kikina', 'frank-rubio']);
    expect(schemas.events.properties.spacecraft.items.enum).toEqual(['soyuz-ms-22']);
    expect(schemas.spacecraft.properties.crew.items.properties.person.enum).toEqual(['anna-kikina', 'frank-rubio']);
    // A collection with no entries yet accepts any id rather than none.
    expect(schemas.people.properties.agency.type).toBe('string');
  });

  it('describes input as authors write it: required fields, enums, descriptions, date patterns', () => {
    expect(schemas.events.required).toEqual(expect.arrayContaining(['title', 'summary', 'sources', 'date', 'kind']));
    expect(schemas.events.required).not.toContain('people');
    expect(schemas.events.properties.kind.enum).toEqual([...EVENT_KINDS]);
    expect(schemas.people.properties.born.description).toBe('Date of birth.');
    const date = new RegExp(schemas.events.properties.date.pattern);
    expect(['1998', '2022-12', '2022-12-14', '2022-12-14T23:45Z'].every((d) => date.test(d))).toBe(true);
    expect(date.test('14 December 2022')).toBe(false);
    // Out of range, underlined as the author types rather than only when the build refuses it.
    expect(['1975-13', '1975-00', '2022-12-32', '2022-12-14T24:00Z', '2022-12-14T23:60Z', '2022-12-14T23:45:60Z'].filter((d) => date.test(d))).toEqual([]);
  });
});
