/**
 * Packs a rewritten site (see rewrite-site.ts) into a ZIM archive with Debian's zimwriterfs
 * (package zim-tools): title, description, language, a 48×48 illustration rendered from the
 * site's icon, and the home page as welcome page. Kiwix builds its full-text index from it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export const ZIM_METADATA = {
  // ZIM metadata limits: a title of at most 30 characters, a description of at most 80.
  title: 'Orbital Record',
  description: 'A sourced, cross-linked record of human spaceflight, starting with Soyuz MS-22',
  language: 'eng',
  creator: 'Orbital Record contributors',
  publisher: 'Orbital Record',
  name: 'orbital-record_en_all',
  tags: 'spaceflight;_category:other',
};

const ILLUSTRATION = 'illustration-48x48.png';

export async function writeZim(site: string, icon: string, zim: string): Promise<void> {
  // The site's square icon at 48 px, rasterised by sharp as the share images are.
  const png = await sharp(fs.readFileSync(icon)).resize(48, 48).png().toBuffer();
  fs.writeFileSync(path.join(site, ILLUSTRATION), png);
  fs.mkdirSync(path.dirname(zim), { recursive: true });
  fs.rmSync(zim, { force: true });
  const m = ZIM_METADATA;
  execFileSync(
    'zimwriterfs',
    [
      `--welcome=index.html`,
      `--illustration=${ILLUSTRATION}`,
      `--language=${m.language}`,
      `--title=${m.title}`,
      `--description=${m.description}`,
      `--creator=${m.creator}`,
      `--publisher=${m.publisher}`,
      `--name=${m.name}`,
      `--tags=${m.tags}`,
      `--scraper=orbital-record npm run zim`,
      site,
      zim,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
