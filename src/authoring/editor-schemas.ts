/**
 * JSON Schema for each collection's frontmatter, generated from the same Zod schemas the
 * build uses, with every reference an enum of the ids that exist, so an editor can
 * validate and complete an entry while it is written.
 */
import { z } from 'astro/zod';
import { PARTIAL_DATE } from '../model/dates.ts';
import { COLLECTIONS, makeSchemas, partialDate, type CollectionName } from '../model/schema.ts';

export function collectionJsonSchemas(ids: ReadonlyMap<CollectionName, readonly string[]>): Record<CollectionName, object> {
  const schemas = makeSchemas((collection) => {
    const known = [...(ids.get(collection) ?? [])].sort();
    return known.length > 0 ? z.enum(known as [string, ...string[]]) : z.string();
  });
  const dateDef = (partialDate as unknown as { _zod: { def: unknown } })._zod.def;
  return Object.fromEntries(
    COLLECTIONS.map((collection) => [
      collection,
      z.toJSONSchema(schemas[collection], {
        io: 'input',
        unrepresentable: 'any',
        override: ({ zodSchema, jsonSchema }) => {
          // A partial date is text the schema parses; give editors its shape.
          if ((zodSchema as unknown as { _zod: { def: unknown } })._zod.def === dateDef) {
            jsonSchema.type = 'string';
            jsonSchema.pattern = PARTIAL_DATE.source;
          }
        },
      }),
    ]),
  ) as Record<CollectionName, object>;
}
