/**
 * npm run check [-- --json] [-- --skip-astro-check] (or `npm run check --json`); with --json, `npm run --silent` keeps npm's own first lines out of the JSON
 * Runs `astro check` (type errors), then the content report: what an editor should look at
 * next. Report findings never fail; content problems that would fail the build do.
 * With --json only the report's JSON goes to stdout (astro check's output goes to stderr).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { contentReport, formatReport } from '../src/authoring/content-report.ts';
import { writeAstroIntellisense, writeEditorSchemas } from '../src/authoring/write-editor-schemas.ts';
import { checkContent } from '../src/check/check.ts';
import { contentRoot } from '../src/model/content-root.ts';
import { loadContent } from '../src/model/loader.ts';

const args = new Set(process.argv.slice(2));
// `npm run check --json` (no `--`) hands the flag to npm, which passes it on only as npm_config_json.
const json = args.has('--json') || process.env.npm_config_json === 'true';

let status = 0;
if (!args.has('--skip-astro-check')) {
  const astro = path.join(import.meta.dirname, '../node_modules/.bin/astro');
  const result = spawnSync(astro, ['check'], { stdio: ['ignore', json ? process.stderr : 'inherit', 'inherit'] });
  status = result.status ?? 1;
}

const model = loadContent(contentRoot());
if (!process.env.ORBITAL_CONTENT_DIR) {
  writeEditorSchemas(model, '.astro/json-schema');
  // After astro check's sync, which leaves the Astro extension's manifest empty.
  writeAstroIntellisense(model, '.astro/collections');
}
const check = checkContent(model);
const report = contentReport(model, check);
process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
process.exitCode = status || (check.problems.length > 0 ? 1 : 0);
