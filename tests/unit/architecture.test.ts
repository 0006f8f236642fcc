/**
 * The shape of src/: no import cycles anywhere, nothing bundled for the browser (files in
 * a `client/` folder, and everything they import) imports a Node module, and types are never
 * forced (no `any`, no `as unknown as`, no reading Zod's internals through `_zod.def`).
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'content' && dir === SRC ? [] : sourceFiles(full);
    return /\.(ts|astro)$/.test(d.name) ? [full] : [];
  });
}

/** Imports of a file, with `import type` kept apart: types vanish from the bundle, not from cycles. */
export function importsOf(text: string): Array<{ spec: string; typeOnly: boolean }> {
  return [...text.matchAll(IMPORT)].map((m) => ({ spec: (m[1] ?? m[2])!, typeOnly: /^(?:import|export)\s+type\s/.test(m[0]) }));
}

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, `${base}.astro`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(fs.readFileSync(f, 'utf8'))]));

export function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Code without its comments, which may say "any" in English. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** Ways of turning the type checker off. */
export function forcedTypes(text: string): string[] {
  const found = [...code(text).matchAll(/\bas unknown as\b|\b_zod\.def\b|(?:[:<,|(]|\bas)\s*any\b(?![\w-])/g)];
  return found.map((m) => m[0].replace(/^[:<,|(]\s*/, '').trim());
}

const isNode = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec);

describe('architecture', () => {
  it('has no import cycle in src/', () => {
    const edges = new Map([...graph].map(([f, imports]) => [f, imports.flatMap((i) => resolve(f, i.spec) ?? [])]));
    const cycle = findCycle(edges);
    expect(cycle?.map((f) => path.relative(SRC, f))).toBeUndefined();
  });

  it('finds a cycle when there is one', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', []]]))).toBeUndefined();
  });

  it('forces no type in src/: no any, no as unknown as, no _zod.def', () => {
    const offending = files.flatMap((f) => forcedTypes(fs.readFileSync(f, 'utf8')).map((what) => `${path.relative(SRC, f)}: ${what}`));
    expect(offending).toEqual([]);
  });

  it('recognises each way of forcing a type, and not the English word', () => {
    const text = "let a: any = 1;\nconst b = c as any;\ntype D = Record<string, any>;\nconst e = f as unknown as G;\nconst h = z._zod.def;\nlet i: any[] = [];\n// works with any input\n/* any */";
    expect(forcedTypes(text)).toEqual(['any', 'as any', 'any', 'as unknown as', '_zod.def', 'any']);
    expect(forcedTypes("const s = 'any'; // take any\nconst many = anything;")).toEqual([]);
  });

  it('bundles no Node module for the browser', () => {
    const client = files.filter((f) => /[/\\](client|scripts)[/\\]/.test(f));
    expect(client.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    const offending: string[] = [];
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const { spec, typeOnly } of graph.get(file) ?? importsOf(fs.readFileSync(file, 'utf8'))) {
        if (typeOnly) continue;
        if (isNode(spec)) offending.push(`${path.relative(SRC, file)} imports ${spec}`);
        const next = resolve(file, spec);
        if (next) walk(next);
      }
    };
    client.forEach(walk);
    expect(offending).toEqual([]);
  });

  it('recognises a Node import, by either spelling', () => {
    const specs = importsOf("import fs from 'node:fs';\nimport path from 'path';\nimport type { X } from 'node:url';\nimport { y } from './y.ts';");
    expect(specs.filter((s) => !s.typeOnly && isNode(s.spec)).map((s) => s.spec)).toEqual(['node:fs', 'path']);
  });
});
