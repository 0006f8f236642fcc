/**
 * Runs the content check before Astro loads any entry, so a build with bad content stops
 * with every problem listed (file, line, field, found, expected) and no stack trace.
 * In `astro dev` the problems are logged and the server keeps running while the author fixes them.
 */
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../lib/content-root.ts';
import { findPlaceholders } from '../lib/placeholders.ts';
import { readContentFiles } from '../lib/read-content.ts';
import { formatProblem, formatProblems, validateContent } from '../lib/validate.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'orbital-record:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const files = readContentFiles(contentRoot());
        const problems = validateContent(files);
        const placeholders = findPlaceholders(files);
        if (placeholders.length > 0) {
          // A scaffolded draft builds so it can be previewed, but never silently.
          logger.warn(`${placeholders.length} scaffold placeholder(s) still to fill:\n\n${placeholders.map(formatProblem).join('\n\n')}\n`);
        }
        if (problems.length === 0) {
          logger.info(`${files.length} content files checked, no problems`);
          return;
        }
        if (command === 'dev') {
          logger.warn(formatProblems(problems));
          return;
        }
        logger.error(formatProblems(problems));
        // An author's mistake is not a crash: exit without Astro's stack trace.
        process.exit(1);
      },
    },
  };
}
