import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldsReference, GUIDE_END, GUIDE_START } from '../../src/authoring/author-guide.ts';
import { COLLECTIONS } from '../../src/model/collections.ts';
import { SCHEMAS } from '../../src/model/schema.ts';

const guide = fs.readFileSync('CONTRIBUTING.md', 'utf8');
const committed = guide.slice(guide.indexOf(GUIDE_START) + GUIDE_START.length, guide.indexOf(GUIDE_END)).trim();

describe('CONTRIBUTING.md', () => {
  it('has the fields section the schemas generate today (run `npm run guide` after changing a schema)', () => {
    expect(committed).toBe(fieldsReference());
  });

  it('lists every field of every collection, as the schemas define them', () => {
    for (const collection of COLLECTIONS) {
      const section = committed.split(`### ${collection} `)[1]!.split('\n### ')[0]!;
      const listed = [...section.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((m) => m[1]);
      expect(listed, collection).toEqual(Object.keys(SCHEMAS[collection].shape));
    }
  });

  it("is linked from the README's section on adding an entry", () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('\n## Adding an entry'));
    expect(section.slice(0, section.indexOf('\n## ', 1))).toContain('(CONTRIBUTING.md)');
  });
});
