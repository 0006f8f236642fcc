/**
 * In `astro dev`, an entry whose file the check refuses has no page: the not-found page shown
 * at its address lists the file's problems, so the author sees them where the page would be,
 * not only in the terminal. A body the check refuses is shown the same way, in its place.
 */
import { checkContent } from '../check/check.ts';
import type { Problem } from '../check/problem.ts';
import type { ContentModel } from '../model/loader.ts';
import { parseEntryLink } from '../site/routes.ts';

/** The problems of one content file ("src/content/people/anna-kikina.mdx"). */
export function problemsOf(model: ContentModel, file: string): Problem[] {
  return checkContent(model).problems.filter((p) => p.file === file);
}

/** The problems of the file behind an entry's address ("/people/anna-kikina/"), if any. */
export function problemsAt(model: ContentModel, pathname: string): Problem[] {
  const link = parseEntryLink(pathname);
  const file = link && model.files.find((f) => f.collection === link.collection && f.id === link.id);
  return file ? problemsOf(model, file.file) : [];
}
