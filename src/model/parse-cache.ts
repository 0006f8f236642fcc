/**
 * What parsing a file's text gave (its YAML as data, or the YAML error; its body outline, or
 * the MDX error), kept on disk by a hash of the text, so that a new process (a build, `npm run
 * check`, `astro dev` starting) parses again only the files whose text changed. Positions are
 * not kept: a file that needs one (to report a problem) is parsed again when asked.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BodyOutline } from './body-outline.ts';
import type { CutValue, YamlError } from './frontmatter.ts';

export interface CachedParse {
  value: unknown;
  yamlError?: YamlError | undefined;
  yamlCut?: CutValue[] | undefined;
  outline?: BodyOutline | undefined;
  mdxError?: { message: string; line: number | undefined; column: number | undefined } | undefined;
}

/** Bump when what is kept, or how it is parsed, changes. */
const FORMAT = 12;

export class ParseCache {
  readonly #file: string;
  readonly #before: Map<string, CachedParse>;
  readonly #now = new Map<string, CachedParse>();
  #changed = false;

  constructor(file: string) {
    this.#file = file;
    this.#before = new Map();
    try {
      const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: number; parses: Record<string, CachedParse> };
      if (stored.format === FORMAT) this.#before = new Map(Object.entries(stored.parses));
    } catch {
      // No cache yet, or one this version cannot read: every file is parsed.
    }
  }

  /** The cache of the files under a content folder, in the project's .astro/. */
  static forRoot(root: string, cwd: string = process.cwd()): ParseCache {
    const name = createHash('sha256').update(path.resolve(root)).digest('hex').slice(0, 16);
    return new ParseCache(path.join(cwd, '.astro', 'parse-cache', `${name}.json`));
  }

  static key(text: string, hasBody: boolean): string {
    return createHash('sha1').update(hasBody ? 'mdx\0' : 'yaml\0').update(text).digest('base64url');
  }

  get(key: string): CachedParse | undefined {
    const found = this.#before.get(key);
    if (found) this.#now.set(key, found);
    return found;
  }

  set(key: string, parsed: CachedParse): void {
    this.#now.set(key, parsed);
    this.#changed = true;
  }

  /** Writes the parses of this load only (a removed file's goes), atomically: builds may run side by side. */
  save(): void {
    if (!this.#changed && this.#now.size === this.#before.size) return;
    try {
      fs.mkdirSync(path.dirname(this.#file), { recursive: true });
      const temporary = `${this.#file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify({ format: FORMAT, parses: Object.fromEntries(this.#now) }));
      fs.renameSync(temporary, this.#file);
    } catch {
      // A read-only checkout: the next load parses again.
    }
  }
}
