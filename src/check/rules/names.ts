/**
 * An entry's aliases are other names of that entry only: its page prints them as "Also known
 * as", and search and the not-found page find the entry by them. An alias given twice, or the
 * same as its own title, is a slip; one that is another entry's title or alias would tell
 * readers this entry is that one and send searchers to the wrong page. Sources are left out:
 * a publication is often titled by what it is about ("Soyuz MS-22").
 */
import { keyOf } from '../../model/ids.ts';
import type { ContentModel, ModelFile } from '../../model/loader.ts';
import type { Entry } from '../../model/schema.ts';
import { show, type Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** Every name an entry goes by: its title, then its aliases (a source has none). */
export const namesOf = (entry: Entry): string[] => (entry.collection === 'sources' ? [entry.data.title] : [entry.data.title, ...entry.data.aliases]);

/** Each model's entity names (titles and aliases), to the files that use them. */
const namesByModel = new WeakMap<ContentModel, Map<string, string[]>>();

function entityNames(model: ContentModel): Map<string, string[]> {
  let names = namesByModel.get(model);
  if (names) return names;
  names = new Map();
  for (const entry of model.entries) {
    if (entry.collection === 'sources') continue;
    const file = model.fileByKey.get(keyOf(entry))?.file;
    if (!file) continue;
    for (const name of new Set(namesOf(entry).map(nameKey))) names.set(name, [...(names.get(name) ?? []), file]);
  }
  namesByModel.set(model, names);
  return names;
}

export function aliasProblems(file: ModelFile, model: ContentModel): Problem[] {
  const entry = file.entry;
  if (!entry || entry.collection === 'sources') return [];
  const names = entityNames(model);
  const seen = new Set([nameKey(entry.data.title)]);
  return entry.data.aliases.flatMap((alias, index): Problem[] => {
    const at = { file: file.file, line: file.yaml?.lineOf(['aliases', index]), field: `aliases[${index}]` };
    const name = nameKey(alias);
    if (seen.has(name)) {
      const found = name === nameKey(entry.data.title) ? `${show(alias)}, the entry's own title` : `${show(alias)}, given twice`;
      return [{ ...at, found, expected: 'each other name once, and not the title, which the page shows already: delete this line' }];
    }
    seen.add(name);
    const others = (names.get(name) ?? []).filter((other) => other !== file.file);
    if (others.length === 0) return [];
    return [{
      ...at,
      found: `${show(alias)}, which is also a name of ${others.join(', ')}`,
      expected: 'a name of this entry alone: the page would say it is also known as the other entry, and search would find it for that one',
    }];
  });
}

export const names: Rule = {
  name: 'names',
  severity: 'error',
  local: false,
  check: aliasProblems,
};
