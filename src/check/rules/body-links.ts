/**
 * A body link to this site is written from its root and goes to a page that exists, and to an
 * anchor that page has (a link to `#…` alone, to an anchor of its own page).
 */
import { COLLECTION_INFO } from '../../model/collections.ts';
import { keyOf } from '../../model/ids.ts';
import { entryPath, parseEntryLink, SECTION_IDS, STATIC_PATHS } from '../../site/routes.ts';
import type { BodyOutline } from '../../model/body-outline.ts';
import type { Problem } from '../problem.ts';
import type { Rule } from '../rule.ts';
import { didYouMean, namedHint } from '../suggest.ts';

const STATIC = new Set(STATIC_PATHS);
const anchorsOf = (outline: BodyOutline | undefined) => outline?.headings.map((h) => h.anchor) ?? [];
const SECTIONS: readonly string[] = Object.values(SECTION_IDS);
/** An address with a scheme: `https:`, `mailto:`. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** An address copied from `astro dev` or `astro preview` on the author's own computer. */
const LOCAL = /^https?:\/\/(?:localhost|127(?:\.\d+){3}|0\.0\.0\.0|\[::1\])(?::\d+)?\/?/i;

export const bodyLinks: Rule = {
  name: 'body-links',
  severity: 'error',
  local: false,
  check(file, model) {
    const problems: Problem[] = [];
    const problem = (line: number, found: string, expected: string) => problems.push({ file: file.file, line, field: '(body link)', found, expected });
    const anchorProblem = (line: number, anchor: string, url: string, anchors: readonly string[], page: string) => {
      if (SECTIONS.includes(anchor) || anchors.includes(anchor)) return;
      const all = [...SECTIONS, ...anchors];
      problem(line, `the anchor "#${anchor}" in "${url}"`, `an anchor on ${page}${didYouMean(anchor, all)}: ${all.join(', ')}`);
    };
    for (const { url, line } of file.outline?.links ?? []) {
      if (url.startsWith('#')) {
        anchorProblem(line, url.slice(1), url, anchorsOf(file.outline), 'this page');
        continue;
      }
      if (LOCAL.test(url)) {
        problem(line, `a link to "${url}", a preview on this computer`, `the page's address on this site, written from its root: ${url.replace(LOCAL, '/')}`);
        continue;
      }
      // Another site's address (the urls rule judges its scheme).
      if (SCHEME.test(url)) continue;
      if (!url.startsWith('/')) {
        problem(line, `a relative link "${url}"`, 'a link written from the site\'s root, /<collection>/<id>/ (e.g. /people/frank-rubio/): it then leads to the same page from every page, and in the Kiwix edition');
        continue;
      }
      // A search or a section of a page of the site's own: /search/?q=leak, /timeline/#…
      if (STATIC.has(url.replace(/[?#].*$/, ''))) continue;
      const target = parseEntryLink(url);
      if (!target) {
        // Most such links name an entry in the wrong folder or case: /person/frank-rubio/, /people/Frank-Rubio/.
        const id = url.replace(/[?#].*$/, '').split('/').filter(Boolean).at(-1)?.toLowerCase() ?? '';
        const collection = model.ids.collectionOf.get(id);
        const hint = collection ? `; did you mean ${entryPath(collection, id)}${/#.*$/.exec(url)?.[0] ?? ''}?` : '';
        problem(line, `a link to "${url}"`, `a link to an entry, written /<collection>/<id>/ (e.g. /people/frank-rubio/), or to /timeline/ or /search/${hint}`);
      } else if (!model.ids.has(target)) {
        const ids = model.ids.byCollection.get(target.collection)!;
        // The id of an entry of another kind: a link with the wrong collection.
        const elsewhere = model.ids.collectionOf.get(target.id);
        const hint = elsewhere ? ` ("${target.id}" is a ${COLLECTION_INFO[elsewhere].singular}: ${entryPath(elsewhere, target.id)})` : namedHint(model, target.collection, target.id) || didYouMean(target.id, ids);
        problem(line, `a link to "${url}"`, `a link to an existing ${COLLECTION_INFO[target.collection].singular}${hint}`);
      } else if (url.replace(/#.*$/, '') !== entryPath(target.collection, target.id)) {
        // Served either way by most hosts, but a relative link in the Kiwix edition needs the folder's slash.
        problem(line, `a link to "${url}"`, `the address with its final slash: ${entryPath(target.collection, target.id)}${target.anchor ? `#${target.anchor}` : ''}`);
      } else if (target.anchor) {
        anchorProblem(line, target.anchor, url, anchorsOf(model.fileByKey.get(keyOf(target))?.outline), 'that page');
      }
    }
    return problems;
  },
};
