/**
 * Whether the browser suites can run. They run where Chromium is installed and always in CI,
 * where a missing browser must fail rather than skip; elsewhere they are skipped, loudly.
 */
import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
export const browserAvailable = hasChromium || process.env.CI === 'true';

export const SKIPPED_NOTICE = [
  '',
  '!'.repeat(78),
  `!!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}.`,
  '!!! Accessibility, keyboard and no-JavaScript tests did not run.',
  '!!! Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)',
  '!'.repeat(78),
  '',
].join('\n');
