/** npm run guide: regenerates the fields section of CONTRIBUTING.md from the schemas. */
import fs from 'node:fs';
import { withFieldsReference } from '../src/authoring/author-guide.ts';

const file = 'CONTRIBUTING.md';
fs.writeFileSync(file, withFieldsReference(fs.readFileSync(file, 'utf8')));
process.stdout.write(`${file}: fields section regenerated\n`);
