/**
 * The site's link graph, built once per content model from its typed entries (their body
 * links were outlined when the model was read) and shared by every page, with each entry's
 * content file (its text keys the page cache, its path dates the page).
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

export async function getSite(): Promise<Site> {
  const model = currentModel();
  if (built?.model !== model) built = { model, site: { graph: buildLinkGraph(model.entries), files: model.fileByKey } };
  return built.site;
}

/**
 * A value computed from the site once per content model, so that in `astro dev` it is made
 * again after a save and never served stale.
 */
export function perSite<T>(make: (site: Site) => T | Promise<T>): () => Promise<T> {
  const made = new WeakMap<Site, Promise<T>>();
  return async () => {
    const site = await getSite();
    let value = made.get(site);
    if (!value) made.set(site, (value = Promise.resolve(make(site))));
    return value;
  };
}
