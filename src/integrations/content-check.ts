/**
 * Runs the content check before Astro loads any entry, so a build with bad content stops
 * with every problem listed (file, line, field, found, expected) and no stack trace.
 * In `astro dev` the problems are logged, and whenever a content file is saved the model
 * re-reads that file alone and the check runs again, while the server keeps running.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatCitationWarning } from '../authoring/content-report.ts';
import { checkContent } from '../check/check.ts';
import { formatProblem, formatProblems } from '../check/problem.ts';
import { contentRoot } from '../model/content-root.ts';
import { alsoOnceSettled, currentModel, updateCurrentModel } from '../model/current-model.ts';
import type { ContentModel } from '../model/loader.ts';
import { setAstroCommand } from '../site/astro-command.ts';

/** The placeholders a build found before its pages: said again once they are written, below the pages' log. */
let placeholders: string[] = [];

function check(model: ContentModel, logger: AstroIntegrationLogger, consequence: string): boolean {
  const { problems, warnings, citations } = checkContent(model);
  placeholders = warnings.map((w) => `${w.file}${w.line ? `:${w.line}` : ''} ${w.field}`);
  const citationWarning = formatCitationWarning(citations);
  // Worth fixing, never worth refusing a build: the text is still right, only less traceable.
  if (citationWarning) logger.warn(citationWarning);
  if (warnings.length > 0) {
    // A scaffolded draft builds so it can be previewed, but never silently.
    logger.warn(`${warnings.length} scaffold placeholder(s) still to fill:\n\n${warnings.map(formatProblem).join('\n\n')}\n`);
  }
  if (problems.length === 0) {
    logger.info(`${model.files.length} content files checked, no problems`);
    return true;
  }
  logger.error(formatProblems(problems, consequence));
  return false;
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'orbital-record:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        setAstroCommand(command);
        if (command === 'preview' || command === 'dev') return;
        // An author's mistake is not a crash: exit without Astro's stack trace.
        if (!check(currentModel(), logger, 'the site was not built')) process.exit(1);
      },
      'astro:build:done': ({ logger }) => {
        if (placeholders.length > 0) logger.warn(`built with ${placeholders.length} scaffold placeholder(s) still to fill (listed above, before the pages): ${placeholders.join(', ')}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const consequence = 'fix them and save: the affected pages are wrong until then';
        let model = currentModel();
        check(model, logger, consequence);
        const root = contentRoot();
        server.watcher.on(
          'all',
          alsoOnceSettled((_event: string, file: string) => {
            if (!file.startsWith(root)) return;
            const next = updateCurrentModel(file, root);
            if (next === model) return;
            model = next;
            check(model, logger, consequence);
          }),
        );
      },
    },
  };
}
