/**
 * A file in a collection folder must be an entry: the collection's extension and a slug for a
 * name. Nothing else may be in the content folder, since nothing else is built: an entry in a
 * folder named "person" would be left out of the site without a word.
 */
import path from 'node:path';
import { COLLECTION_INFO, COLLECTIONS } from '../../model/collections.ts';
import type { StrayPath } from '../../model/loader.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { nearest } from '../suggest.ts';

/** The field of a file-name problem, which the check lists before the problems it causes. */
export const FILE_NAME_FIELD = '(file name)';

export const fileNames: Rule = {
  name: 'file-names',
  severity: 'error',
  local: true,
  check(file) {
    if (!('problem' in file.fileId)) return [];
    const name = `"${file.file.slice(file.file.lastIndexOf('/') + 1)}"`;
    const expected =
      file.fileId.problem === 'extension'
        ? `a ${COLLECTION_INFO[file.collection].extension} file: only those are entries in ${file.collection}`
        : 'a lowercase slug such as "frank-rubio.mdx": the file name is the id and the URL';
    return [{ file: file.file, field: FILE_NAME_FIELD, found: name, expected }];
  },
};

const folders = `${COLLECTIONS.slice(0, -1).join(', ')} or ${COLLECTIONS.at(-1)}`;
/** A folder named for one entry ("person") means its collection ("people"). */
const bySingular = new Map<string, string>(COLLECTIONS.map((c) => [COLLECTION_INFO[c].singular, c]));

function meantFolder(name: string): string {
  const meant = nearest(name.toLowerCase(), [...COLLECTIONS, ...bySingular.keys()]);
  return meant === undefined ? '' : ` (did you mean "${bySingular.get(meant) ?? meant}"?)`;
}

/** What the content folder holds besides entries, each a problem: it would not be built. */
export function strayProblems(strays: readonly StrayPath[]): Problem[] {
  return strays.map(({ path: at, isFolder, collection }) => {
    const name = path.basename(at);
    const found = `${isFolder ? 'a folder' : 'a file'} "${name}", whose contents are not built`;
    if (collection) return { file: at, field: '(folder)', found, expected: `entry files directly in ${path.dirname(at)}/: a collection has no folders inside it` };
    return {
      file: at,
      field: isFolder ? '(folder)' : FILE_NAME_FIELD,
      found,
      expected: `${isFolder ? '' : 'entries inside '}a collection folder: ${folders}${isFolder ? meantFolder(name) : ''}`,
    };
  });
}
