import { defineConfig } from 'vitest/config';

/**
 * Three suites: unit (pure code from src/), build (assertions over the built site in dist/,
 * and builds of small fixtures), e2e (real Chromium against the built site).
 * The global setup builds the site once before the build and e2e suites read it.
 */
export default defineConfig({
  test: {
    globalSetup: ['tests/support/browser-notice.ts', 'tests/support/build-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      // One browser at a time: the machine has two cores and each test starts its own page.
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], fileParallelism: false } },
    ],
  },
});
