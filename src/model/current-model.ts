/**
 * The model of the running process, read once and then kept: the content-check integration
 * (loaded by Node) and the content loader and pages (loaded through Vite) are separate module
 * instances in one process, so the model lives on `globalThis`. In `astro dev` a saved file
 * is re-read alone (`updateCurrentModel`) and every holder sees the new model.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentRoot } from './content-root.ts';
import { loadContent, reloadFile, type ContentModel } from './loader.ts';

interface Holder {
  root: string;
  model: ContentModel;
}

declare global {
  // One per process; see above.
  var orbitalRecordModel: Holder | undefined;
}

export function currentModel(root: string = contentRoot()): ContentModel {
  if (globalThis.orbitalRecordModel?.root !== root) globalThis.orbitalRecordModel = { root, model: loadContent(root) };
  return globalThis.orbitalRecordModel.model;
}

/**
 * The model after a file event; the same model when the path is not content or its text is
 * what the model already holds (several watchers report one save).
 */
export function updateCurrentModel(absolutePath: string, root: string = contentRoot()): ContentModel {
  const model = currentModel(root);
  const file = path.relative(process.cwd(), absolutePath);
  const held = model.files.find((f) => f.file === file);
  const exists = fs.existsSync(absolutePath);
  if ((held === undefined && !exists) || (held !== undefined && exists && held.text === fs.readFileSync(absolutePath, 'utf8'))) return model;
  const next = reloadFile(model, root, absolutePath);
  if (next) globalThis.orbitalRecordModel = { root, model: next };
  return next ?? model;
}

/** How long after a file event it is read once more. */
const SETTLE_MS = 300;

/**
 * A file-event handler that also runs again a moment later. A save can be seen half done (a
 * file truncated, then written), and the watcher may report only the first change: the file
 * then stayed "no frontmatter block" in `astro dev` though it was whole on disk. Run again on
 * an unchanged file, `updateCurrentModel` returns the model it holds.
 */
export function alsoOnceSettled<A extends unknown[]>(handle: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    handle(...args);
    setTimeout(() => handle(...args), SETTLE_MS).unref();
  };
}
