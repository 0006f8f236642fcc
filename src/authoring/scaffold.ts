/**
 * A new entry generated from its collection's schema: every field present, required ones
 * filled with the values given or a valid placeholder marked `# TODO:` (the build lists
 * those), optional ones as comments that say what they mean. Pure: the CLI does the I/O.
 */
import { TODO } from '../check/rules/placeholders.ts';
import { didYouMean, nearest } from '../check/suggest.ts';
import { COLLECTION_INFO, COLLECTIONS, type CollectionName } from '../model/collections.ts';
import { PARTIAL_DATE_FORMS } from '../model/dates.ts';
import { collectionFields, describeKind, type Field, type FieldKind } from '../model/fields.ts';
import { SLUG, slugify } from '../model/ids.ts';

export class ScaffoldError extends Error {}

/** "person", "people", "Spacecraft" → the collection; anything else is refused with a hint. */
export function resolveCollection(name: string): CollectionName {
  const wanted = name.trim().toLowerCase();
  const found = COLLECTIONS.find((c) => c === wanted || COLLECTION_INFO[c].singular === wanted);
  if (found) return found;
  const best = nearest(wanted, COLLECTIONS.flatMap((c) => [COLLECTION_INFO[c].singular, c]));
  const hint = best === undefined ? '' : ` Did you mean "${best}"?`;
  throw new ScaffoldError(
    `There is no collection "${name}".${hint} Use one of: ${COLLECTIONS.map((c) => `${COLLECTION_INFO[c].singular} (${c})`).join(', ')}.`,
  );
}

/** Flags every collection understands, mapped to the field they fill there. */
const FLAG_FIELDS: Record<string, Partial<Record<CollectionName, string>>> = {
  date: { events: 'date', people: 'born', organizations: 'founded', sources: 'published', spacecraft: 'launch.date' },
  organization: { people: 'agency', spacecraft: 'operator', events: 'organizations', places: 'operator', organizations: 'parent' },
  source: { people: 'sources', spacecraft: 'sources', events: 'sources', organizations: 'sources', places: 'sources' },
};

export interface ScaffoldRequest {
  collection: CollectionName;
  title: string;
  /** Defaults to the slug of the title. */
  id?: string | undefined;
  /** Flag values by flag name (`summary`, `date`, `launch.date`, `source`…), each as given. */
  values: Record<string, string[]>;
  /** Ids already taken, in every collection, with the file that holds each. */
  existing: ReadonlyMap<string, string>;
  /** Ids per collection, for placeholder references. */
  idsByCollection: ReadonlyMap<CollectionName, readonly string[]>;
  /** Today as YYYY-MM-DD, the placeholder for a required date. */
  today: string;
}

export interface ScaffoldResult {
  id: string;
  /** Path inside the content folder, e.g. `people/test-person.mdx`. */
  path: string;
  text: string;
  /** Required fields filled with a placeholder, in order. */
  placeholders: string[];
}

const quote = (value: string) => JSON.stringify(value);

function placeholderValue(kind: FieldKind, request: ScaffoldRequest): string {
  switch (kind.type) {
    case 'text':
      return quote('TODO');
    case 'url':
      return quote('https://example.org/TODO');
    case 'date':
      return quote(request.today);
    case 'enum':
      return quote(kind.options[0]!);
    case 'reference':
      return request.idsByCollection.get(kind.collection)?.[0] ?? 'TODO';
    case 'list':
      return `[${placeholderValue(kind.of, request)}]`;
    case 'group':
      throw new ScaffoldError('a required group of fields has no placeholder');
  }
}

function givenValue(key: string, kind: FieldKind, values: string[]): string {
  // A list flag may repeat or hold comma-separated items; other values keep their commas.
  if (kind.type === 'list') return `[${values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean).map(quote).join(', ')}]`;
  if (values.length > 1) throw new ScaffoldError(`${key} takes one value, got ${values.map(quote).join(' and ')}`);
  return quote(values[0]!);
}

function hint(field: Field): string {
  const kind = field.kind.type === 'date' ? `date: ${PARTIAL_DATE_FORMS}` : describeKind(field.kind);
  return `${field.description} (${kind})`;
}

/** YAML lines for fields; optional ones not given are commented out with their meaning. */
function renderFields(fields: Field[], request: ScaffoldRequest, used: Set<string>, placeholders: string[], prefix = '', indent = ''): string[] {
  const lines: string[] = [];
  for (const field of fields) {
    const key = prefix + field.name;
    const given = request.values[key];
    if (given) used.add(key);
    if (field.kind.type === 'group') {
      const inner = field.kind.fields;
      const anyGiven = inner.some((f) => request.values[`${key}.${f.name}`]);
      if (anyGiven || field.required) {
        lines.push(`${indent}${field.name}: # ${field.description}`);
        lines.push(...renderFields(inner, request, used, placeholders, `${key}.`, `${indent}  `));
      } else {
        lines.push(`# ${indent}${field.name}: # ${field.description}`);
        lines.push(...inner.map((f) => `#   ${indent}${f.name}: # ${hint(f)}${f.required ? '' : ', optional'}`));
      }
      continue;
    }
    if (field.kind.type === 'list' && field.kind.of.type === 'group') {
      // Its items are groups of fields, which a flag cannot spell: refused, never dropped.
      if (given) throw new ScaffoldError(`--${key}: ${field.name} is a list of groups (${field.kind.of.fields.map((f) => f.name).join(', ')}), which a flag cannot give; fill it in the new file, where it is written out as a comment`);
      lines.push(`# ${indent}${field.name}: # ${field.description}`);
      field.kind.of.fields.forEach((f, i) => lines.push(`#   ${indent}${i === 0 ? '- ' : '  '}${f.name}: # ${hint(f)}`));
      continue;
    }
    if (given) {
      lines.push(`${indent}${field.name}: ${givenValue(key, field.kind, given)}`);
    } else if (field.required) {
      placeholders.push(key);
      lines.push(`${indent}${field.name}: ${placeholderValue(field.kind, request)} # ${TODO} ${hint(field)}`);
    } else {
      lines.push(`# ${indent}${field.name}: # ${hint(field)}`);
    }
  }
  return lines;
}

export function scaffoldEntry(request: ScaffoldRequest): ScaffoldResult {
  const { collection } = request;
  const id = request.id ?? slugify(request.title);
  if (!id) throw new ScaffoldError(`"${request.title}" gives no id in Latin letters; pass one with --id, the name in lowercase Latin letters joined by hyphens (for "Юрий Гагарин", --id yuri-gagarin)`);
  if (!SLUG.test(id)) throw new ScaffoldError(`"${id}" is not an id; ids are lowercase words joined by hyphens, e.g. "${slugify(id) || 'frank-rubio'}"`);
  const taken = request.existing.get(id);
  if (taken) throw new ScaffoldError(`The id "${id}" is taken by ${taken} (ids are unique across collections). Choose another with --id.`);

  // Flags: any field by name (or dotted path), plus the common ones mapped per collection.
  const values: Record<string, string[]> = {};
  for (const [flag, given] of Object.entries(request.values)) {
    const mapped = FLAG_FIELDS[flag];
    const target = mapped ? mapped[collection] : flag;
    if (!target) throw new ScaffoldError(`--${flag} does not apply to ${collection}`);
    values[target] = [...(values[target] ?? []), ...given];
  }
  values.title = [request.title];

  const used = new Set<string>();
  const placeholders: string[] = [];
  const fields = collectionFields(collection);
  const yaml = renderFields(fields, { ...request, values }, used, placeholders);
  const unknown = Object.keys(values).filter((k) => !used.has(k));
  if (unknown.length > 0) {
    const names = fields.map((f) => f.name);
    throw new ScaffoldError(
      `${unknown.map((k) => `--${k}${didYouMean(k, names)}`).join(', ')}: no such field in ${collection}. Fields: ${names.join(', ')}; also --date, --organization, --source.`,
    );
  }
  const { extension } = COLLECTION_INFO[collection];
  const firstSource = values.sources?.[0]?.split(',')[0]?.trim() || 'source-id';
  const text =
    collection === 'sources'
      ? `${yaml.join('\n')}\n`
      : `---\n${yaml.join('\n')}\n---\n\n{/* ${TODO} write about ${request.title} from its sources, ending each statement with the sources behind it: <Cite src="${firstSource}" />, or several: <Cite src="id-one, id-two" />. Link other entries with Markdown links to their pages, e.g. [Frank Rubio](/people/frank-rubio/). */}\n`;
  return { id, path: `${collection}/${id}${extension}`, text, placeholders };
}
