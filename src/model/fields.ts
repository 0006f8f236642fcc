/**
 * The fields of a collection as an author sees them, read from the schemas' JSON Schema
 * (`z.toJSONSchema`, which carries each field's `.describe()` and `.meta()`): the scaffold
 * writes them into a new entry, the guide lists them and the references rule finds the
 * references in raw data by them, so none of these can drift from what the build accepts.
 */
import { z } from 'astro/zod';
import { COLLECTION_INFO, COLLECTIONS, type CollectionName } from './collections.ts';
import { SCHEMAS } from './schema.ts';

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

/** The JSON Schema keywords read here, plus the metadata the schemas add. */
interface JsonNode {
  type?: string;
  format?: string;
  enum?: readonly string[];
  items?: JsonNode;
  minItems?: number;
  properties?: Record<string, JsonNode>;
  required?: readonly string[];
  description?: string;
  reference?: string;
  partialDate?: boolean;
}

function kindOf(node: JsonNode): FieldKind {
  const collection = COLLECTIONS.find((c) => c === node.reference);
  if (collection) return { type: 'reference', collection };
  if (node.partialDate) return { type: 'date' };
  if (node.enum) return { type: 'enum', options: node.enum };
  if (node.type === 'array' && node.items) return { type: 'list', of: kindOf(node.items), min: node.minItems ?? 0 };
  if (node.type === 'object') return { type: 'group', fields: fieldsOf(node) };
  if (node.type === 'string') return node.format === 'uri' ? { type: 'url' } : { type: 'text' };
  throw new Error(`fields: no author-facing kind for JSON Schema ${JSON.stringify(node)}`);
}

function fieldsOf(node: JsonNode): Field[] {
  return Object.entries(node.properties ?? {}).map(([name, child]) => ({
    name,
    required: (node.required ?? []).includes(name),
    description: child.description ?? '',
    kind: kindOf(child),
  }));
}

type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * A collection's JSON Schema, each node passed to `override` with its metadata (`reference`,
 * `partialDate`) in place. The input side is what an author writes; the output side is the
 * parsed data (defaults filled in). A partial date's or a reference's parsing step has no JSON
 * form, so `override` gives it one.
 */
export function collectionJsonSchema(collection: CollectionName, io: 'input' | 'output', override?: (node: JsonSchema) => void): JsonSchema {
  return z.toJSONSchema(SCHEMAS[collection], {
    io,
    unrepresentable: 'any',
    override: ({ jsonSchema }) => override?.(jsonSchema),
  });
}

/** The input side: what an author writes. */
export function inputJsonSchema(collection: CollectionName, override?: (node: JsonSchema) => void): JsonSchema {
  return collectionJsonSchema(collection, 'input', override);
}

const FIELDS = new Map(COLLECTIONS.map((c): [CollectionName, Field[]] => [c, fieldsOf(inputJsonSchema(c) as JsonNode)]));

/** Every frontmatter field of a collection, in the schema's order. */
export function collectionFields(collection: CollectionName): Field[] {
  return FIELDS.get(collection)!;
}

/**
 * The field at a path of the data (`['launch', 'date']`, `['crew', 1, 'role']`: a list's items
 * share its item's fields), or undefined where the schema has none.
 */
export function fieldAt(collection: CollectionName, path: readonly PropertyKey[]): Field | undefined {
  let fields = collectionFields(collection);
  let field: Field | undefined;
  for (const step of path) {
    if (typeof step === 'number') continue;
    field = fields.find((f) => f.name === step);
    if (!field) return undefined;
    const kind = field.kind.type === 'list' ? field.kind.of : field.kind;
    fields = kind.type === 'group' ? kind.fields : [];
  }
  return field;
}

/** "text", "partial date", "one of …", "[person id, …]", for the guide, the scaffold and messages. */
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
      return `${COLLECTION_INFO[kind.collection].singular} id`;
    case 'list':
      return `[${describeKind(kind.of)}, …]${kind.min > 0 ? ` (at least ${kind.min})` : ''}`;
    case 'group':
      return `{ ${kind.fields.map((f) => f.name).join(', ')} }`;
  }
}
