/**
 * Writes the JSON Schemas of the collections (ids as enums) to `.astro/json-schema/` on every
 * build, dev start and check, for the editor set-up in `.vscode/settings.json`. After
 * Astro's content sync it also puts them where the Astro extension's content intellisense
 * looks (`.astro/collections/`), replacing Astro's own schemas, which accept any id.
 */
import type { AstroIntegration } from 'astro';
import { writeEditorSchemas } from '../authoring/write-editor-schemas.ts';
import { currentModel } from '../model/current-model.ts';

export default function editorSchemas(): AstroIntegration {
  const write = (folder: string): void => {
    // A fixture or benchmark corpus (ORBITAL_CONTENT_DIR) must not replace the project's schemas.
    if (!process.env.ORBITAL_CONTENT_DIR) writeEditorSchemas(currentModel().ids, folder);
  };
  return {
    name: 'orbital-record:editor-schemas',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'preview') write('.astro/json-schema');
      },
      'astro:build:start': () => write('.astro/collections'),
      'astro:server:start': () => write('.astro/collections'),
    },
  };
}
