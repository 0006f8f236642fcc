/**
 * npm run new -- <collection> "<Title>" [--summary "…"] [--date 2022-12-14] [--organization nasa]
 *                [--source <id>]… [--<field> <value>]… [--id <id>]
 * Writes a new entry generated from the collection's schema and says what to do next.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolveCollection, scaffoldEntry, ScaffoldError } from '../src/authoring/scaffold.ts';
import { checkContent } from '../src/check/check.ts';
import { formatProblem, formatProblems } from '../src/check/problem.ts';
import { contentRoot } from '../src/model/content-root.ts';
import { loadContent, withFile } from '../src/model/loader.ts';

const USAGE = `Usage: npm run new -- <collection> "<Title>" [--summary "…"] [--date YYYY-MM-DD] [--organization <id>] [--source <id>]… [--<field> <value>]… [--id <id>]
Collections: person, spacecraft, event, organization, place, source (singular or plural).`;

function parseArgs(argv: string[]) {
  const positional: string[] = [];
  const values: Record<string, string[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.slice(2).split(/=(.*)/s);
    const value = inline ?? argv[++i];
    if (!flag || value === undefined) throw new ScaffoldError(`${arg} needs a value`);
    values[flag] = [...(values[flag] ?? []), value];
  }
  return { positional, values };
}

function main(): number {
  const args = process.argv.slice(2);
  if (args.some((arg) => arg === '--help' || arg === '-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { positional, values } = parseArgs(args);
  // `npm run new -- person Andrey Fedyaev`: the shell split an unquoted title into words.
  if (positional.length > 2) {
    throw new ScaffoldError(`The title is one argument; put it in quotes: npm run new -- ${positional[0]} "${positional.slice(1).join(' ')}"`);
  }
  if (positional.length !== 2) throw new ScaffoldError(USAGE);
  const collection = resolveCollection(positional[0]!);
  const { id: idFlag, ...fieldValues } = values;
  if (idFlag && idFlag.length !== 1) throw new ScaffoldError('--id takes one id');

  const root = contentRoot();
  const model = loadContent(root);
  const { ids } = model;

  const entry = scaffoldEntry({
    collection,
    title: positional[1]!,
    id: idFlag?.[0],
    values: fieldValues,
    existing: ids.fileOf,
    idsByCollection: ids.byCollection,
    today: new Date().toISOString().slice(0, 10),
  });
  const target = path.join(root, entry.path);
  const draft = { collection, file: path.relative(process.cwd(), target), text: entry.text };

  // The values given must add no problem to the build (placeholders pass by construction), in
  // the new file or another: a title that is another entry's alias is reported on that entry.
  const before = new Set(checkContent(model).problems.map(formatProblem));
  const check = checkContent(withFile(model, draft));
  const problems = check.problems.filter((p) => !before.has(formatProblem(p)));
  if (problems.length > 0) {
    process.stderr.write(`${formatProblems(problems, 'nothing was written')}`);
    return 1;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, entry.text, { flag: 'wx' });

  const todo = check.warnings.filter((p) => p.file === draft.file);
  const lines = [`Created ${draft.file}`, '', 'Next steps:'];
  if (todo.length > 0) {
    lines.push(`  1. Replace the ${todo.length} placeholder(s) marked "TODO:" (${todo.map((p) => p.field).join(', ')}); the build lists any left.`);
  } else {
    lines.push('  1. Check the values you gave.');
  }
  lines.push(
    '  2. Uncomment the optional fields you can source; delete the rest.',
    collection === 'sources'
      ? `  3. Cite it where an entry's body states what it supports: <Cite src="${entry.id}" /> (and list it in that entry's \`sources\`).`
      : '  3. Write the body; link entries as [Title](/<collection>/<id>/).',
    `  4. Preview with \`npm run dev\` at http://localhost:4321/${collection}/${entry.id}/ ; \`npm run build\` checks everything.`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
