/**
 * Every reference names an entry of the right collection, and not the entry itself (a
 * mission its own vehicle, an organization its own parent). Read from the raw data by the
 * schema's reference fields, so a reference is checked even when another field of the same
 * entry fails its schema, and all of an entry's problems are reported together.
 */
import { COLLECTION_INFO, withArticle, type CollectionName } from '../../model/collections.ts';
import { collectionFields, type Field, type FieldKind } from '../../model/fields.ts';
import type { IdIndex } from '../../model/ids.ts';
import type { ContentModel, ModelFile } from '../../model/loader.ts';
import { fieldName, type Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { sharedStart } from '../../model/nearest.ts';
import { didYouMean, namedHint } from '../suggest.ts';

/** Ids listed when none is near. */
const LISTED = 8;

/**
 * The nearest ids, or (when none is near) the ids there are, so the author can pick one: at
 * most eight, those beginning most like the id written first ("tass-9" lists the TASS reports).
 * `sample: false` lists them only when all fit: for an id of another kind, which was meant as
 * written, eight picked by their first letters are no help.
 */
export function nearestOrList(id: string, ids: readonly string[], sample = true): string {
  const near = didYouMean(id, ids);
  if (near) return near;
  if (ids.length === 0 || (!sample && ids.length > LISTED)) return '';
  const shown = [...ids].sort((a, b) => sharedStart(id, b) - sharedStart(id, a)).slice(0, LISTED).join(', ');
  return ` (existing: ${shown}${ids.length > LISTED ? `, and ${ids.length - LISTED} more` : ''})`;
}

/** A reference that names no entry, or (`itself`) the entry it is written in. */
type Missing = { path: PropertyKey[]; collection: CollectionName; id: string; itself?: true };

function holdsReference(kind: FieldKind): boolean {
  return kind.type === 'reference' || (kind.type === 'list' && holdsReference(kind.of)) || (kind.type === 'group' && kind.fields.some((f) => holdsReference(f.kind)));
}

/** Per field list, the fields that can hold a reference: every entry is walked, most of its fields hold none. */
const referenceFields = new WeakMap<readonly Field[], readonly Field[]>();

/**
 * Walks the references under `value`, keeping those that name no entry or the entry `own`.
 * `path` is where the walk stands, grown and shrunk as it goes: copied only for a reference kept.
 */
interface Walk {
  ids: IdIndex;
  own: { collection: CollectionName; id: string | undefined };
  missing: Missing[];
}

function missingIn(kind: FieldKind, value: unknown, path: PropertyKey[], walk: Walk): void {
  if (kind.type === 'reference' && typeof value === 'string') {
    if (!walk.ids.idsIn(kind.collection).has(value)) walk.missing.push({ path: [...path], collection: kind.collection, id: value });
    else if (kind.collection === walk.own.collection && value === walk.own.id) walk.missing.push({ path: [...path], collection: kind.collection, id: value, itself: true });
  } else if (kind.type === 'list' && Array.isArray(value)) {
    value.forEach((item, i) => {
      path.push(i);
      missingIn(kind.of, item, path, walk);
      path.pop();
    });
  } else if (kind.type === 'group' && typeof value === 'object' && value !== null) {
    missingInFields(kind.fields, value, path, walk);
  }
}

function missingInFields(fields: readonly Field[], data: object, path: PropertyKey[], walk: Walk): void {
  let holding = referenceFields.get(fields);
  if (!holding) referenceFields.set(fields, (holding = fields.filter((f) => holdsReference(f.kind))));
  for (const field of holding) {
    if (!Object.hasOwn(data, field.name)) continue;
    path.push(field.name);
    missingIn(field.kind, Reflect.get(data, field.name), path, walk);
    path.pop();
  }
}

function check(file: ModelFile, model: ContentModel): Problem[] {
  if (!file.raw) return [];
  const missing: Missing[] = [];
  missingInFields(collectionFields(file.collection), file.raw, [], { ids: model.ids, own: { collection: file.collection, id: file.id }, missing });
  return missing.map(({ path, collection, id, itself }) => {
    if (itself) {
      return {
        file: file.file,
        line: file.yaml?.lineOf(path),
        field: fieldName(path),
        found: `"${id}", this entry itself`,
        expected: `the id of another ${COLLECTION_INFO[collection].singular}, or no ${String(path[0])} at all`,
      };
    }
    const elsewhere = model.ids.collectionOf.get(id);
    const noun = COLLECTION_INFO[collection].singular;
    return {
      file: file.file,
      line: file.yaml?.lineOf(path),
      field: fieldName(path),
      found: elsewhere ? `"${id}", which is ${withArticle(COLLECTION_INFO[elsewhere].singular)}` : `"${id}", which is not an id in ${collection}`,
      expected: `the id of ${withArticle(noun)}${namedHint(model, collection, id) || nearestOrList(id, model.ids.byCollection.get(collection)!, !elsewhere)}${
        elsewhere ? '' : `, or add it with: npm run new -- ${noun} "<Title>"`
      }`,
    };
  });
}

export const references: Rule = { name: 'references', severity: 'error', local: false, check };
