/** A body link to this site goes to a page that exists, and to an anchor that page has. */
import { COLLECTION_INFO } from '../../model/collections.ts';
import { keyOf } from '../../model/ids.ts';
import { parseEntryLink, SECTION_IDS, STATIC_PATHS } from '../../site/routes.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { didYouMean } from '../suggest.ts';

const STATIC = new Set(STATIC_PATHS);
const SECTIONS: readonly string[] = Object.values(SECTION_IDS);

export const bodyLinks: Rule = {
  name: 'body-links',
  severity: 'error',
  local: false,
  check(file, model) {
    const problems: Problem[] = [];
    const problem = (line: number, found: string, expected: string) => problems.push({ file: file.file, line, field: '(body link)', found, expected });
    for (const { url, line } of file.outline?.links ?? []) {
      if (!url.startsWith('/')) continue;
      const hash = url.indexOf('#');
      if (STATIC.has(hash < 0 ? url : url.slice(0, hash))) continue;
      const target = parseEntryLink(url);
      if (!target) {
        problem(line, `a link to "${url}"`, 'a link to an entry, written /<collection>/<id>/ (e.g. /people/frank-rubio/), or to /timeline/ or /search/');
      } else if (!model.ids.has(target)) {
        const ids = model.ids.byCollection.get(target.collection)!;
        problem(line, `a link to "${url}"`, `a link to an existing ${COLLECTION_INFO[target.collection].singular}${didYouMean(target.id, ids)}`);
      } else if (target.anchor && !SECTIONS.includes(target.anchor)) {
        const anchors = model.fileByKey.get(keyOf(target))?.outline?.anchors ?? [];
        if (!anchors.includes(target.anchor)) {
          const all = [...SECTIONS, ...anchors];
          problem(line, `the anchor "#${target.anchor}" in "${url}"`, `an anchor on that page${didYouMean(target.anchor, all)}: ${all.join(', ')}`);
        }
      }
    }
    return problems;
  },
};
