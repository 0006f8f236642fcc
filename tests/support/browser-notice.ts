/** Global setup: says at the start and again at the end of `npm test` which tests were skipped for a missing tool. */
import { browserAvailable, SKIPPED_NOTICE } from './chromium.ts';
import { KIWIX_SKIPPED_NOTICE, kiwixAvailable } from './kiwix.ts';

export default function notice() {
  const notices = [...(browserAvailable ? [] : [SKIPPED_NOTICE]), ...(kiwixAvailable ? [] : [KIWIX_SKIPPED_NOTICE])];
  if (notices.length === 0) return;
  const say = () => notices.forEach((n) => console.warn(n));
  say();
  return say;
}
