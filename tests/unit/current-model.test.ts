/**
 * `astro dev` keeps one model and updates it from file events. A save seen half done (the
 * file truncated, then written, with only the first change reported) must not leave the
 * model holding the broken read: the handler reads the file once more when it has settled.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { alsoOnceSettled, currentModel, updateCurrentModel } from '../../src/model/current-model.ts';

afterEach(() => {
  vi.useRealTimers();
  globalThis.orbitalRecordModel = undefined;
});

it('reads a file again once a save has settled, though no event reports its end', () => {
  vi.useFakeTimers();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'orbital-settle-'));
  fs.cpSync('tests/fixtures/content-errors/base', root, { recursive: true });
  const file = path.join(root, 'people/frank-rubio.mdx');
  const whole = fs.readFileSync(file, 'utf8');
  const entry = () => currentModel(root).files.find((f) => f.file === path.relative(process.cwd(), file))?.entry;
  expect(entry()).toBeDefined();

  const onEvent = alsoOnceSettled((changed: string) => void updateCurrentModel(changed, root));
  fs.writeFileSync(file, '');
  onEvent(file);
  expect(entry()).toBeUndefined();
  fs.writeFileSync(file, whole.replace(/^title: .*$/m, 'title: Francisco Rubio'));
  vi.advanceTimersByTime(1000);
  expect(entry()?.data.title).toBe('Francisco Rubio');
  fs.rmSync(root, { recursive: true, force: true });
});
