/**
 * JSON Schema for each collection's frontmatter, generated from the same Zod schemas the
 * build uses, with every reference an enum of the ids that exist, so an editor can
 * validate and complete an entry while it is written.
 */
import { COLLECTIONS, type CollectionName } from '../model/collections.ts';
import { PARTIAL_DATE_IN_RANGE } from '../model/dates.ts';
import { inputJsonSchema } from '../model/fields.ts';

export function collectionJsonSchemas(ids: ReadonlyMap<CollectionName, readonly string[]>): Record<CollectionName, object> {
  const schemas = COLLECTIONS.map((collection): [CollectionName, object] => [
    collection,
    inputJsonSchema(collection, (node) => {
      // A partial date is text the schema parses; give editors its shape.
      if (node.partialDate) Object.assign(node, { type: 'string', pattern: PARTIAL_DATE_IN_RANGE.source });
      const known = COLLECTIONS.find((c) => c === node.reference);
      if (known) {
        const list = [...(ids.get(known) ?? [])].sort();
        if (list.length > 0) node.enum = list;
      }
    }),
  ]);
  return Object.fromEntries(schemas) as Record<CollectionName, object>;
}
