/**
 * Writes the JSON Schemas of the collections (ids as enums) to `.astro/json-schema/` on every
 * build, dev start and check, for the editor set-up in `.vscode/settings.json`. After
 * Astro's content sync it also puts them where the Astro extension's content intellisense
 * looks (`.astro/collections/`), with the manifest naming each entry file's collection, which
 * Astro's sync leaves empty.
 */
import type { AstroIntegration } from 'astro';
import { writeAstroIntellisense, writeEditorSchemas } from '../authoring/write-editor-schemas.ts';
import { currentModel } from '../model/current-model.ts';

export default function editorSchemas(): AstroIntegration {
  // A fixture or benchmark corpus (ORBITAL_CONTENT_DIR) must not replace the project's schemas.
  const ours = () => !process.env.ORBITAL_CONTENT_DIR;
  const intellisense = () => {
    if (ours()) writeAstroIntellisense(currentModel(), '.astro/collections');
  };
  return {
    name: 'orbital-record:editor-schemas',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'preview' && ours()) writeEditorSchemas(currentModel(), '.astro/json-schema');
      },
      'astro:build:start': intellisense,
      'astro:server:start': intellisense,
    },
  };
}
