/**
 * Runs the content check before Astro loads any entry, so a build with bad content stops
 * with every problem listed (file, line, field, found, expected) and no stack trace.
 * In `astro dev` the problems are logged, and the check runs again whenever an entry is
 * saved, while the server keeps running.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { contentRoot } from '../lib/content-root.ts';
import { readContentFiles } from '../lib/read-content.ts';
import { formatProblems, validateContent } from '../lib/validate.ts';

function check(logger: AstroIntegrationLogger, consequence: string): boolean {
  const files = readContentFiles(contentRoot());
  const problems = validateContent(files);
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
