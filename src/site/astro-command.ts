/**
 * Which Astro command this process runs, as the content-check integration is told at set-up
 * (integrations and pages are separate module instances in one process, hence `globalThis`).
 * Not `import.meta.env.DEV`: Astro reads it from the environment too, so a build started where
 * DEV=1 is set (as under the test runner) would think it is the dev server.
 */
type AstroCommand = 'dev' | 'build' | 'preview' | 'sync';

declare global {
  // One per process; see above.
  var orbitalRecordCommand: AstroCommand | undefined;
}

export function setAstroCommand(command: AstroCommand): void {
  globalThis.orbitalRecordCommand = command;
}

export function isDevServer(): boolean {
  return globalThis.orbitalRecordCommand === 'dev';
}
