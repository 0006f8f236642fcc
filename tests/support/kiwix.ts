/**
 * Whether the Kiwix edition's tests can run: they need Debian's zim-tools and kiwix-tools.
 * In CI a missing tool fails them; elsewhere they are skipped, loudly.
 */
import { execFileSync } from 'node:child_process';

const TOOLS = ['zimwriterfs', 'kiwix-serve', 'kiwix-search'];

function installed(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const missingKiwixTools = TOOLS.filter((tool) => !installed(tool));
export const kiwixAvailable = missingKiwixTools.length === 0 || process.env.CI === 'true';

export const KIWIX_SKIPPED_NOTICE = [
  '',
  '!'.repeat(78),
  `!!! KIWIX EDITION TESTS SKIPPED: missing ${missingKiwixTools.join(', ')}.`,
  '!!! The .zim archive was not built, served or searched.',
  '!!! Install them with:  sudo apt-get install -y zim-tools kiwix-tools',
  '!'.repeat(78),
  '',
].join('\n');
