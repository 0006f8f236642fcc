/**
 * `npm run zim`: the offline edition for Kiwix. Builds the site's Kiwix edition into
 * dist-offline/site/ (ORBITAL_EDITION=kiwix: no service worker, no Pagefind), makes every
 * link in it relative, and writes dist-offline/orbital-record.zim with zimwriterfs.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { rewriteSite } from '../src/offline/kiwix/rewrite-site.ts';
import { writeZim } from '../src/offline/kiwix/write-zim.ts';
import { SHARE_IMAGES_VARIABLE } from '../src/publish/share-paths.ts';
import { DEFAULT_SITE_URL, SITE_URL_VARIABLE, siteUrlFromEnv } from '../src/publish/site-url.ts';

const OUT = path.resolve('dist-offline');
const SITE = path.join(OUT, 'site');
const ZIM = path.join(OUT, 'orbital-record.zim');

try {
  execFileSync('zimwriterfs', ['--version'], { stdio: 'ignore' });
} catch {
  console.error('zimwriterfs is missing: install it with `sudo apt-get install zim-tools` (Debian, Ubuntu), then run `npm run zim` again.');
  process.exit(1);
}

// The site's own build command (npm run build: Astro with build.env's settings), into SITE.
execFileSync('npm', ['run', '--silent', 'build', '--', '--outDir', SITE], {
  stdio: ['ignore', 'inherit', 'inherit'],
  // The archive leaves share images out (rewrite-site.ts), so the build does not draw them.
  env: { ...process.env, ORBITAL_EDITION: 'kiwix', [SHARE_IMAGES_VARIABLE]: 'off' },
});
const { pages, files } = rewriteSite(SITE);
await writeZim(SITE, path.resolve('public/favicon.svg'), ZIM);
console.log(`Wrote ${path.relative(process.cwd(), ZIM)}: ${pages} pages, ${files} files, every link relative. Open it in Kiwix, or: kiwix-serve --port 8080 ${path.relative(process.cwd(), ZIM)}`);
// Said last, where it is read: the build's own line about it scrolls away.
if (siteUrlFromEnv(process.env) === DEFAULT_SITE_URL) {
  console.warn(`Its "Cite this page" and canonical links name ${DEFAULT_SITE_URL}, the local preview. For an archive to share, give the public address: ${SITE_URL_VARIABLE}=https://… npm run zim`);
}
