/** Reading the built site: its pages, parsed, and the content files they come from. */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { COLLECTION_INFO, COLLECTIONS, hasBody, type CollectionName } from '../../src/model/collections.ts';
import { parseYaml, splitFrontmatter } from '../../src/model/frontmatter.ts';
import { idOfFile } from '../../src/model/ids.ts';

export const DIST = path.resolve('dist');
export const CONTENT = path.resolve('src/content');

/** Every HTML file in dist/, as site paths ("/people/frank-rubio/"). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, name.name);
      if (name.isDirectory()) walk(full);
      else if (name.name.endsWith('.html')) {
        const rel = path.relative(DIST, full).split(path.sep).join('/');
        pages.push(`/${rel.replace(/index\.html$/, '')}`);
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

export function readPage(sitePath: string): Document {
  const file = path.join(DIST, sitePath, sitePath.endsWith('/') ? 'index.html' : '');
  return parseHTML(fs.readFileSync(file, 'utf8')).document;
}

/** Ids of the entries on disk, from their file names by the one id rule. */
export function contentIds(collection: CollectionName): string[] {
  return fs.readdirSync(path.join(CONTENT, collection)).flatMap((f) => {
    const fileId = idOfFile(collection, f);
    return 'id' in fileId ? [fileId.id] : [];
  });
}

export function allContentPaths(): string[] {
  return COLLECTIONS.flatMap((c) => contentIds(c).map((id) => `/${c}/${id}/`));
}

/** An entry's frontmatter as written, read by the content model's own splitter and YAML reader. */
export function frontmatter(collection: CollectionName, id: string): Record<string, any> {
  const text = fs.readFileSync(path.join(CONTENT, collection, `${id}${COLLECTION_INFO[collection].extension}`), 'utf8');
  const split = splitFrontmatter(text, hasBody(collection))!;
  return parseYaml(split.yaml, split.yamlOffset).value as Record<string, any>;
}
