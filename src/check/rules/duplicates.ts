/** An id names one entry across every collection: a second file with it is reported (once, on the later file). */
import type { Rule } from '../rule.ts';

export const duplicates: Rule = {
  name: 'duplicates',
  severity: 'error',
  local: false,
  check(file, model) {
    if (file.id === undefined) return [];
    const first = model.ids.fileOf.get(file.id);
    if (first === undefined || first === file.file) return [];
    return [{
      file: file.file,
      field: '(id)',
      found: `the id "${file.id}", already used by ${first}`,
      expected: 'an id used by no other entry, in any collection (a bare id in a reference or a search result must name one entry): rename one of the files',
    }];
  },
};
