/**
 * The fields of a collection as an author sees them, read from the Zod schemas themselves:
 * the scaffold writes them into a new entry and the author guide lists them, so neither can
 * drift from what the build accepts.
 */
import { z } from 'astro/zod';
import { makeSchemas, partialDate, SINGULAR, type CollectionName } from './schema.ts';

export type FieldKind =
  | { type: 'text' }
  | { type: 'url' }
  | { type: 'date' }
  | { type: 'enum'; options: readonly string[] }
  | { type: 'reference'; collection: CollectionName }
  | { type: 'list'; of: FieldKind; min: number }
  | { type: 'group'; fields: Field[] };

export interface Field {
  name: string;
  required: boolean;
  description: string;
  kind: FieldKind;
}

type AnySchema = z.ZodType & { _zod: { def: any; bag: any } };

// References are marked schemas, recognised by their definition (`.describe()` clones a
// schema but keeps its definition object).
const referenceOf = new Map<unknown, CollectionName>();
const marked = makeSchemas((collection) => {
  const ref = z.string() as unknown as AnySchema;
  referenceOf.set(ref._zod.def, collection);
  return ref;
});

function minItems(def: any): number {
  const check = (def.checks ?? []).find((c: AnySchema) => c._zod.def.check === 'min_length');
  return check ? check._zod.def.minimum : 0;
}

function kindOf(schema: AnySchema): FieldKind {
  const def = schema._zod.def;
  if (def === (partialDate as unknown as AnySchema)._zod.def) return { type: 'date' };
  const collection = referenceOf.get(def);
  if (collection) return { type: 'reference', collection };
  switch (def.type) {
    case 'optional':
    case 'default':
      return kindOf(def.innerType);
    case 'enum':
      return { type: 'enum', options: Object.values(def.entries as Record<string, string>) };
    case 'array':
      return { type: 'list', of: kindOf(def.element), min: minItems(def) };
    case 'object':
      return { type: 'group', fields: fieldsOfShape(def.shape) };
    case 'string':
      return def.format === 'url' ? { type: 'url' } : { type: 'text' };
    default:
      throw new Error(`fields: no author-facing kind for a Zod "${def.type}"`);
  }
}

function fieldsOfShape(shape: Record<string, AnySchema>): Field[] {
  return Object.entries(shape).map(([name, schema]) => {
    const wrapper = schema._zod.def.type;
    return {
      name,
      required: wrapper !== 'optional' && wrapper !== 'default',
      description: schema.description ?? '',
      kind: kindOf(schema),
    };
  });
}

/** Every frontmatter field of a collection, in the schema's order. */
export function collectionFields(collection: CollectionName): Field[] {
  return fieldsOfShape((marked[collection] as unknown as z.ZodObject).shape as Record<string, AnySchema>);
}

/** "text", "partial date", "one of …", "[person id, …]", for the guide and the scaffold's comments. */
export function describeKind(kind: FieldKind): string {
  switch (kind.type) {
    case 'text':
      return 'text';
    case 'url':
      return 'URL';
    case 'date':
      return 'partial date';
    case 'enum':
      return `one of ${kind.options.map((o) => `"${o}"`).join(', ')}`;
    case 'reference':
      return `${SINGULAR[kind.collection]} id`;
    case 'list':
      return `[${describeKind(kind.of)}, …]${kind.min > 0 ? ` (at least ${kind.min})` : ''}`;
    case 'group':
      return `{ ${kind.fields.map((f) => f.name).join(', ')} }`;
  }
}
