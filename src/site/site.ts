/**
 * The site's link graph, built once per content model from its typed entries (their body
 * links were outlined when the model was read) and shared by every page.
 */
import { currentModel } from '../model/current-model.ts';
import type { ContentModel } from '../model/loader.ts';
import { buildLinkGraph, type LinkGraph } from './graph.ts';

export interface Site {
  graph: LinkGraph;
}

let built: { model: ContentModel; site: Site } | undefined;

export async function getSite(): Promise<Site> {
  const model = currentModel();
  if (built?.model !== model) built = { model, site: { graph: buildLinkGraph(model.entries) } };
  return built.site;
}
