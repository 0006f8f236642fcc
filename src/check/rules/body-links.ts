/** A body link to this site goes to a page that exists, and to an anchor that page has. */
import { COLLECTION_INFO } from '../../model/collections.ts';
import { keyOf } from '../../model/ids.ts';
import { parseEntryLink, SECTION_IDS, STATIC_PATHS } from '../../site/routes.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { didYouMean } from '../suggest.ts';

const STATIC = new Set(STATIC_PATHS);

export const bodyLinks: Rule = {
  name: 'body-links',
  severity: 'error',
  local: false,
  check(file, model) {
    const problems: Problem[] = [];
    for (const link of file.outline?.links ?? []) {
      if (!link.url.startsWith('/')) continue;
      const hash = link.url.indexOf('#');
      if (STATIC.has(hash < 0 ? link.url : link.url.slice(0, hash))) continue;
      const problem = (found: string, expected: string) => problems.push({ file: file.file, line: link.line, field: '(body link)', found, expected });
      const target = parseEntryLink(link.url);
      if (!target) {
        problem(`a link to "${link.url}"`, 'a link to an entry, written /<collection>/<id>/ (e.g. /people/frank-rubio/), or to /timeline/ or /search/');
        continue;
      }
      if (!model.ids.has(target)) {
        const ids = model.ids.byCollection.get(target.collection)!;
        problem(`a link to "${link.url}"`, `a link to an existing ${COLLECTION_INFO[target.collection].singular}${didYouMean(target.id, ids)}`);
        continue;
      }
      if (target.anchor) {
        const anchors = [...Object.values(SECTION_IDS), ...(model.fileByKey.get(keyOf(target))?.outline?.anchors ?? [])];
        if (!anchors.includes(target.anchor)) {
          problem(`the anchor "#${target.anchor}" in "${link.url}"`, `an anchor on that page${didYouMean(target.anchor, anchors)}: ${anchors.join(', ')}`);
        }
      }
    }
    return problems;
  },
};
