/**
 * An entry's names are its own: its title is every link's text, and its aliases are printed as
 * "Also known as"; search and the not-found page find the entry by them. An alias given twice,
 * or the same as its own title, is a slip; one that is another entry's title or alias would
 * tell readers this entry is that one and send searchers to the wrong page, and two entries of
 * one title leave links and search unable to say which is meant. Sources are left out: a
 * publication is often titled by what it is about ("Soyuz MS-22").
 */
import { keyOf, slugify } from '../../model/ids.ts';
import type { ContentModel, ModelFile } from '../../model/loader.ts';
import type { Entry } from '../../model/schema.ts';
import { show, type Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** Every name an entry goes by: its title, then its aliases (a source has none). */
export const namesOf = (entry: Entry): string[] => (entry.collection === 'sources' ? [entry.data.title] : [entry.data.title, ...entry.data.aliases]);

/** A file that goes by a name, whether as its title, and its place among the files that share a title. */
interface NameUse {
  file: string;
  title: boolean;
  rank: string;
}

/**
 * Of two entries with one title, the one whose id is its title's (frank-rubio, "Frank Rubio")
 * is taken to be the first: it keeps the title, and the other (frank-rubio-2) is told to change.
 */
const titleRank = (file: string, id: string, title: string) => `${id === slugify(title) ? 0 : 1}${file}`;

/** Each model's entity names (titles and aliases), to the files that use them. */
const namesByModel = new WeakMap<ContentModel, Map<string, NameUse[]>>();

function entityNames(model: ContentModel): Map<string, NameUse[]> {
  let names = namesByModel.get(model);
  if (names) return names;
  names = new Map();
  for (const entry of model.entries) {
    if (entry.collection === 'sources') continue;
    const file = model.fileByKey.get(keyOf(entry))?.file;
    if (!file) continue;
    const title = nameKey(entry.data.title);
    const rank = titleRank(file, entry.id, entry.data.title);
    for (const name of new Set(namesOf(entry).map(nameKey))) names.set(name, [...(names.get(name) ?? []), { file, title: name === title, rank }]);
  }
  namesByModel.set(model, names);
  return names;
}

export function nameProblems(file: ModelFile, model: ContentModel): Problem[] {
  const entry = file.entry;
  if (!entry || entry.collection === 'sources') return [];
  const names = entityNames(model);
  const title = nameKey(entry.data.title);
  // One message for one clash, at the entry that comes later; a title that is another entry's
  // alias is reported at that alias.
  const rank = titleRank(file.file, entry.id, entry.data.title);
  const sameTitle = (names.get(title) ?? []).filter((use) => use.title && use.rank < rank).map((use) => use.file);
  const titleProblems: Problem[] = sameTitle.length === 0 ? [] : [{
    file: file.file,
    line: file.yaml?.lineOf(['title']),
    field: 'title',
    found: `${show(entry.data.title)}, which is also the title of ${sameTitle.join(', ')}`,
    expected: 'a title of its own, with what tells them apart (as "Soyuz (rocket)" beside "Soyuz (spacecraft)"): links and search could not say which is meant',
  }];
  const seen = new Set([title]);
  return [...titleProblems, ...entry.data.aliases.flatMap((alias, index): Problem[] => {
    const at = { file: file.file, line: file.yaml?.lineOf(['aliases', index]), field: `aliases[${index}]` };
    const name = nameKey(alias);
    if (seen.has(name)) {
      const found = name === nameKey(entry.data.title) ? `${show(alias)}, the entry's own title` : `${show(alias)}, given twice`;
      return [{ ...at, found, expected: 'each other name once, and not the title, which the page shows already: delete this line' }];
    }
    seen.add(name);
    const others = (names.get(name) ?? []).filter((other) => other.file !== file.file).map((other) => other.file);
    if (others.length === 0) return [];
    return [{
      ...at,
      found: `${show(alias)}, which is also a name of ${others.join(', ')}`,
      expected: 'a name of this entry alone: the page would say it is also known as the other entry, and search would find it for that one',
    }];
  })];
}

export const names: Rule = {
  name: 'names',
  severity: 'error',
  local: false,
  check: nameProblems,
};
