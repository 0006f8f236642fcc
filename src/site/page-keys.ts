/**
 * The cache keys of this build's pages, from the site's graph (see cache-key.ts for what a
 * key covers). Digests are computed once per entry and shared by every page.
 */
import { getEntityTimelines } from './timeline.ts';
import { cacheKey, digest, entityPageDependencies, listedDigest, shownDigest, type PageDependencies } from './cache-key.ts';
import type { EntryKey } from './graph.ts';
import { perSite, type Site } from './site.ts';
import { isDevServer } from './astro-command.ts';
import { lastUpdated } from '../publish/last-updated.ts';

const VERSION = import.meta.env.ORBITAL_TEMPLATE_VERSION ?? 'dev';

export interface PageKeys {
  /** An entry's page: its own file (frontmatter and body) and all it shows. */
  entity(key: EntryKey): string;
  /** A list of entries (index page, complete backlinks): each entry as listed, and the page's own facts. */
  list(page: string, entries: readonly EntryKey[], facts: unknown[], listed?: boolean): string;
}

function load({ graph, files }: Site): PageKeys {
  const timelines = getEntityTimelines();
  const shown = new Map<EntryKey, string>();
  const shownOf = (k: EntryKey) => {
    let d = shown.get(k);
    if (d === undefined) shown.set(k, (d = graph.entries.has(k) ? shownDigest(graph.entries.get(k)!) : 'missing'));
    return d;
  };
  const listedOf = (k: EntryKey) => (graph.entries.has(k) ? listedDigest(graph.entries.get(k)!) : 'missing');
  return {
    entity: (key) => {
      const file = files.get(key);
      // The file's last commit dates the page ("Cite this page", JSON-LD): a commit of an edit
      // already built, or a rebase, changes the date and not the text.
      const own = file ? digest([file.text, lastUpdated(file.file)]) : listedOf(key);
      return cacheKey(VERSION, own, entityPageDependencies(graph, key, timelines.get(key)), shownOf);
    },
    list: (page, list, facts, listed = false) => {
      const deps: PageDependencies = { entries: new Set(list), facts: [list, ...facts] };
      return cacheKey(VERSION, page, deps, listed ? listedOf : shownOf);
    },
  };
}

/** `astro dev` renders every request afresh and never reads a cache key: none is computed after each save. */
const UNUSED: PageKeys = { entity: () => 'dev', list: () => 'dev' };

const keysOfSite = perSite(load);

export function getPageKeys(): PageKeys {
  return isDevServer() ? UNUSED : keysOfSite();
}
