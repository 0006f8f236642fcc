/**
 * The Astro content loader of every collection: it hands Astro the entries of the content
 * model (already read, checked and parsed by our schemas), so Astro reads no frontmatter of
 * its own; MDX bodies are rendered from their files as the glob loader would. In `astro dev`
 * a saved file is re-read alone and only its entry replaced.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { hasBody, type CollectionName } from '../model/collections.ts';
import { currentModel, updateCurrentModel } from '../model/current-model.ts';
import type { ModelFile } from '../model/loader.ts';

export function modelLoader(collection: CollectionName): Loader {
  return {
    name: 'orbital-record:model',
    load: async ({ store, config, generateDigest, watcher }: LoaderContext) => {
      const root = fileURLToPath(config.root);
      const put = (file: ModelFile) => {
        if (!file.entry || file.id === undefined) return;
        const filePath = path.relative(root, path.resolve(file.file)).split(path.sep).join('/');
        const deferredRender = hasBody(collection);
        const changed = store.set({ id: file.id, data: file.entry.data, filePath, digest: generateDigest(file.text), deferredRender });
        // An unchanged entry keeps its stored data, but its body module must still be imported.
        if (!changed && deferredRender) store.addModuleImport(filePath);
      };
      const mine = (file: ModelFile) => file.collection === collection;
      const model = currentModel();
      const ids = new Set(model.files.filter(mine).flatMap((f) => (f.entry && f.id ? [f.id] : [])));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      model.files.filter(mine).forEach(put);
      watcher?.on('all', (event, changedPath) => {
        const before = currentModel().files.find((f) => mine(f) && path.resolve(f.file) === changedPath);
        const after = updateCurrentModel(changedPath).files.find((f) => mine(f) && path.resolve(f.file) === changedPath);
        // A file that no longer parses keeps its last good entry; the content check reports it.
        if (after) put(after);
        else if (event === 'unlink' && before?.id) store.delete(before.id);
      });
    },
  };
}
