/**
 * In `astro dev`, an entry whose file the check refuses has no page: the not-found page shown
 * at its address lists the file's problems, so the author sees them where the page would be,
 * not only in the terminal. A body the check refuses is shown the same way, in its place.
 */
import { checkContent } from '../check/check.ts';
import type { Problem } from '../check/problem.ts';
import type { ContentModel } from '../model/loader.ts';
import { parseEntryLink } from '../site/routes.ts';

/**
 * Each model's problems by file, checked once: every entry page asks, and a whole check of
 * 10,000 entries takes about 0.2 s, which each page viewed in `astro dev` paid again. A save
 * makes a new model, so what is kept here is never stale.
 */
const problemsByModel = new WeakMap<ContentModel, Map<string, Problem[]>>();

/** The problems of one content file ("src/content/people/anna-kikina.mdx"). */
export function problemsOf(model: ContentModel, file: string): Problem[] {
  let byFile = problemsByModel.get(model);
  if (!byFile) {
    byFile = Map.groupBy(checkContent(model).problems, (p) => p.file);
    problemsByModel.set(model, byFile);
  }
  return byFile.get(file) ?? [];
}

/** The problems of the file behind an entry's address ("/people/anna-kikina/"), if any. */
export function problemsAt(model: ContentModel, pathname: string): Problem[] {
  const link = parseEntryLink(pathname);
  const file = link && model.files.find((f) => f.collection === link.collection && f.id === link.id);
  return file ? problemsOf(model, file.file) : [];
}
