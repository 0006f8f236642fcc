/** A file in a collection folder must be an entry: the collection's extension and a slug for a name. */
import { COLLECTION_INFO } from '../../model/collections.ts';
import type { Rule } from '../rule.ts';

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
    return [{ file: file.file, field: '(file name)', found: name, expected }];
  },
};
