/**
 * The Astro content loader of every collection: it tells Astro which entries the content
 * model holds (already read, checked and parsed by our schemas), so Astro reads no
 * frontmatter of its own; MDX bodies are rendered from their files as the glob loader would.
 * Astro's store keeps only what rendering a body needs (the file and a digest of its text),
 * not the data: pages read the typed data from the model (`src/site/site.ts`). At 10,000
 * entries a store with the data was 6.7 MB that `astro dev` wrote and read back after every
 * save. In `astro dev` a saved file is re-read alone and only its entry replaced.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { hasBody, type CollectionName } from '../model/collections.ts';
import { alsoOnceSettled, currentModel, updateCurrentModel } from '../model/current-model.ts';
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
        const changed = store.set({ id: file.id, data: {}, filePath, digest: generateDigest(file.text), deferredRender });
        // An unchanged entry keeps its stored data, but its body module must still be imported.
        if (!changed && deferredRender) store.addModuleImport(filePath);
      };
      const mine = (file: ModelFile) => file.collection === collection;
      const model = currentModel();
      const ids = new Set(model.files.filter(mine).flatMap((f) => (f.entry && f.id ? [f.id] : [])));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      model.files.filter(mine).forEach(put);
      watcher?.on('all', alsoOnceSettled((event: string, changedPath: string) => {
        // Files are held by their path relative to the project; resolving all 10,000 on every event cost more than the save.
        const changed = path.relative(process.cwd(), changedPath);
        const next = updateCurrentModel(changedPath);
        const after = next.files.find((f) => f.file === changed && mine(f));
        // A file that no longer parses keeps its last good entry; the content check reports it.
        if (after) put(after);
        else if (event === 'unlink') {
          // Gone from the model, whichever watcher saw the deletion first: gone from the store.
          const held = new Set(next.files.filter(mine).map((f) => f.id));
          for (const id of store.keys()) if (!held.has(id)) store.delete(id);
        }
      }));
    },
  };
}
