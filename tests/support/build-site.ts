/**
 * Builds the real site into dist/ once per test run (unless ORBITAL_SKIP_BUILD=1 says the
 * dist/ in place is current), so build and browser tests read what `npm run build` makes.
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject) {
  const names = project.vitest.projects.map((p) => p.name);
  const needsSite = names.some((n) => n === 'build' || n === 'e2e');
  if (!needsSite || process.env.ORBITAL_SKIP_BUILD === '1') return;
  // The README's build command itself, settings (build.env) and all, not Astro called around it.
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
