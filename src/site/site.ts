/**
 * The site's link graph, built once per content model from its typed entries (their body
 * links were outlined when the model was read) and shared by every page, with each entry's
 * content file (its text keys the page cache, its path dates the page). Synchronous, as is
 * everything made from it (`perSite`): nothing in it awaits, so the components reading it need not.
 */
import { currentModel } from '../model/current-model.ts';
import type { EntryKey } from '../model/ids.ts';
import type { ContentModel, ModelFile } from '../model/loader.ts';
import { buildLinkGraph, type LinkGraph } from './graph.ts';

export interface Site {
  graph: LinkGraph;
  /** Each entry's content file. */
  files: ReadonlyMap<EntryKey, ModelFile>;
}

let built: { model: ContentModel; site: Site } | undefined;

export function getSite(): Site {
  const model = currentModel();
  if (built?.model !== model) built = { model, site: { graph: buildLinkGraph(model.entries), files: model.fileByKey } };
  return built.site;
}

/**
 * A value computed from the site once per content model, so that in `astro dev` it is made
 * again after a save and never served stale.
 */
export function perSite<T>(make: (site: Site) => T): () => T {
  const made = new WeakMap<Site, { value: T }>();
  return () => {
    const site = getSite();
    let box = made.get(site);
    if (!box) made.set(site, (box = { value: make(site) }));
    return box.value;
  };
}
