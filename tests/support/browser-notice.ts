/** Global setup: says at the start and again at the end of `npm test` that browser tests were skipped. */
import { browserAvailable, SKIPPED_NOTICE } from './chromium.ts';

export default function notice() {
  if (browserAvailable) return;
  console.warn(SKIPPED_NOTICE);
  return () => console.warn(SKIPPED_NOTICE);
}
