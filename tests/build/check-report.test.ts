/** `npm run check -- --json` on the real content: its counts and findings agree with the files on disk. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_INFO, COLLECTIONS, ENTITY_COLLECTIONS, type CollectionName } from '../../src/model/collections.ts';
import { CONTENT, contentIds, frontmatter as entryFrontmatter } from '../support/dist.ts';

// The project's own content, whatever the caller's environment points at.
const env = { ...process.env };
delete env.ORBITAL_CONTENT_DIR;
// The content part of `npm run check`; astro check's type errors are the type checker's job.
const output = execFileSync('node_modules/.bin/node', ['scripts/check-content.ts', '--json', '--skip-astro-check'], {
  encoding: 'utf8',
  env,
});
const report = JSON.parse(output);

const parts = (key: string) => key.split('/') as [CollectionName, string];

function fileOf(key: string): string {
  const [collection, id] = parts(key);
  return path.join(CONTENT, collection, `${id}${COLLECTION_INFO[collection].extension}`);
}

const frontmatter = (key: string): Record<string, unknown> => entryFrontmatter(...parts(key));

const allFiles = COLLECTIONS.flatMap((c) => contentIds(c).map((id) => `${c}/${id}`));

describe('npm run check -- --json', () => {
  it('gives the same JSON, and nothing else on stdout, for `npm run check --json` with no "--"', () => {
    // npm takes that --json for itself and passes it on only in its environment.
    const viaNpm = execFileSync('npm', ['run', 'check', '--json', '--', '--skip-astro-check'], { encoding: 'utf8', env });
    expect(JSON.parse(viaNpm)).toEqual(report);
  });

  it('counts the entries of every collection as the files on disk', () => {
    for (const c of COLLECTIONS) expect(report.counts[c], c).toBe(contentIds(c).length);
    expect(report.problems).toEqual([]);
  });

  it('lists as orphans exactly the entities whose id no other file mentions', () => {
    const mentionedElsewhere = (key: string) => {
      const id = key.split('/')[1]!;
      const word = new RegExp(`(^|[^a-z0-9-])${id}([^a-z0-9-]|$)`, 'm');
      return allFiles.some((other) => other !== key && word.test(fs.readFileSync(fileOf(other), 'utf8')));
    };
    const expected = allFiles.filter((k) => (ENTITY_COLLECTIONS as readonly string[]).includes(k.split('/')[0]!) && !mentionedElsewhere(k));
    expect(report.orphans).toEqual(expected.sort());
  });

  it('counts paragraphs without a citation, listed sources never cited inline, and duplicate sources', () => {
    for (const field of ['uncitedParagraphs', 'unusedSources', 'duplicateSources'] as const) {
      expect(report[field], field).toBe(report.citations[field].length);
    }
    // Frank Rubio's page cites inline, so its cited sources are not reported as unused.
    const rubio = report.citations.unusedSources.filter((f: { file: string }) => f.file.endsWith('people/frank-rubio.mdx'));
    expect(rubio.map((f: { note: string }) => f.note).join('\n')).not.toContain('"tass-1681263"');
  });

  it('lists the entries whose body cites no source', () => {
    const bodies = allFiles.filter((k) => fileOf(k).endsWith('.mdx'));
    expect(bodies.length).toBeGreaterThan(40);
    const citesNone = bodies.filter((k) => !/<Cite\s+src=/.test(fs.readFileSync(fileOf(k), 'utf8')));
    expect(report.entriesWithoutSources).toEqual(citesNone.sort());
  });

  it('lists the events that name no person or spacecraft, and every disputed note', () => {
    const events = contentIds('events').map((id) => `events/${id}`);
    const bare = events.filter((k) => {
      const data = frontmatter(k);
      return [data.people, data.spacecraft, data.about].every((list) => !(list as unknown[] | undefined)?.length);
    });
    expect(report.eventsWithoutPeopleOrCraft).toEqual(bare.sort());
    const disputedNotes = allFiles.flatMap((k) => ((frontmatter(k).disputed as Array<{ note: string }> | undefined) ?? []).map((d) => d.note));
    expect(report.disputed.flatMap((d: { notes: string[] }) => d.notes).sort()).toEqual(disputedNotes.sort());
  });
});
