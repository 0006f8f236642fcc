/**
 * Inline citations in real Chromium on Frank Rubio's page: a marker jumps to its source in the
 * list, the source's back-link returns to the sentence, with JavaScript on or off, and axe finds
 * nothing with a citation or a source as the target, in light and dark.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, openPage, useBuiltSite } from '../support/browser.ts';

const AXE = path.resolve('node_modules/axe-core/axe.min.js');
const PAGE = '/people/frank-rubio/';

/** Whether the element with this id is inside the viewport. */
function inView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((id) => {
    const box = document.getElementById(id)!.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight && box.height > 0;
  }, id);
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(d: Document): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}`));
  });
}

describe.runIf(browserAvailable)('citation markers on Frank Rubio\'s page', () => {
  const site = useBuiltSite();

  for (const javaScript of [true, false]) {
    it(`jump to the source and back to the sentence (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { page, errors } = await openPage(site, PAGE, { javaScript });
      try {
        // A marker near the end of the page, so the jump must scroll: one in the record paragraph.
        const marker = page.locator('.prose p:has-text("record") sup.cite a').first();
        const markerId = (await marker.getAttribute('id'))!;
        const sentence = await marker.evaluate((a) => a.closest('p')!.textContent!);
        expect(sentence).toContain('record');
        expect(await inView(page, markerId)).toBe(false);

        await marker.click();
        const noteId = (await page.evaluate(() => location.hash)).slice(1);
        expect(noteId).toMatch(/^cite-note-/);
        expect(await inView(page, noteId)).toBe(true);
        const item = page.locator(`#${noteId}`);
        await expect(item.locator('a[href^="/sources/"]').textContent()).resolves.toBeTruthy();

        await item.locator(`a[href="#${markerId}"]`).click();
        expect(await page.evaluate(() => location.hash)).toBe(`#${markerId}`);
        expect(await inView(page, markerId)).toBe(true);
        // Not at the window's top edge: the sentence it cites stays in view above it.
        expect(await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top / innerHeight, markerId)).toBeGreaterThan(0.2);
        expect(errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }

  it('gives a finger a 24 px tall marker on a touch screen, without moving the lines', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/spacecraft/soyuz-ms-22/`);
      const measure = () => page.evaluate(() => {
        const marker = document.querySelector('ul.disputed sup.cite a')!;
        return { height: marker.getBoundingClientRect().height, line: marker.closest('li')!.getBoundingClientRect().height };
      });
      const touched = await measure();
      expect(touched.height).toBeGreaterThanOrEqual(24);
      // The same note without the touch rule: as tall.
      await page.addStyleTag({ content: '.cite a { display: inline; padding: 0; margin: 0; line-height: inherit; }' });
      expect((await measure()).line).toBe(touched.line);
    } finally {
      await context.close();
    }
  });

  it('numbers a source cited twice once, with a back-link to each place ("^ a b")', async () => {
    const { page } = await openPage(site, PAGE);
    try {
      const twice = page.locator('#sources ~ ol > li:has(.cite-back a + a)').first();
      await expect(twice.locator('.cite-back').textContent()).resolves.toMatch(/^\^\s*a\s*b(\s*[c-z])*$/);
      const targets = await twice.locator('.cite-back a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const numbers = await Promise.all(targets.map((t) => page.locator(t).textContent()));
      expect(new Set(numbers).size).toBe(1);
      await twice.locator('.cite-back a').nth(1).click();
      expect(await inView(page, targets[1]!.slice(1))).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`is clean for axe with a marker and a source as the target (${colorScheme})`, async () => {
      const { page } = await openPage(site, PAGE, { colorScheme });
      try {
        await page.locator('.prose sup.cite a').first().click();
        expect(await axeViolations(page)).toEqual([]);
        const back = (await page.locator('.prose sup.cite a').first().getAttribute('id'))!;
        await page.goto(`${site.url}${PAGE}#${back}`);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }

  it('prints the markers and leaves the back-links out', async () => {
    const { page } = await openPage(site, PAGE);
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.prose sup.cite a').first().isVisible()).toBe(true);
      expect(await page.locator('.cite-back').first().isVisible()).toBe(false);
    } finally {
      await page.context().close();
    }
  });
});
