/**
 * Runs the content check before Astro loads any entry, so a build with bad content stops
 * with every problem listed (file, line, field, found, expected) and no stack trace.
 * In `astro dev` the problems are logged, and the check runs again whenever an entry is
 * saved, while the server keeps running.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { formatCitationWarning } from '../authoring/content-report.ts';
import { contentRoot } from '../model/content-root.ts';
import { findPlaceholders } from '../check/rules/placeholders.ts';
import { readContentFiles } from '../model/loader.ts';
import { checkContent, formatProblem, formatProblems } from '../check/check.ts';

function check(logger: AstroIntegrationLogger, consequence: string): boolean {
  const files = readContentFiles(contentRoot());
  const { problems, citations } = checkContent(files);
  const placeholders = findPlaceholders(files);
  const citationWarning = formatCitationWarning(citations);
  // Worth fixing, never worth refusing a build: the text is still right, only less traceable.
  if (citationWarning) logger.warn(citationWarning);
  if (placeholders.length > 0) {
    // A scaffolded draft builds so it can be previewed, but never silently.
    logger.warn(`${placeholders.length} scaffold placeholder(s) still to fill:\n\n${placeholders.map(formatProblem).join('\n\n')}\n`);
  }
  if (problems.length === 0) {
    logger.info(`${files.length} content files checked, no problems`);
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
        if (command === 'preview' || command === 'dev') return;
        // An author's mistake is not a crash: exit without Astro's stack trace.
        if (!check(logger, 'the site was not built')) process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        const consequence = 'fix them and save: the affected pages are wrong until then';
        check(logger, consequence);
        const root = contentRoot() + path.sep;
        let pending: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(root)) return;
          clearTimeout(pending);
          pending = setTimeout(() => check(logger, consequence), 150);
        });
      },
    },
  };
}
