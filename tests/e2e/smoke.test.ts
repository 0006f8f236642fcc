import { describe, expect, it } from 'vitest';
import { browserAvailable, openPage, useBuiltSite } from '../support/browser.ts';

describe.runIf(browserAvailable)('pages without JavaScript', () => {
  const site = useBuiltSite();

  it('shows an entity page with its infobox and backlinks, loading nothing from other hosts', async () => {
    const { page, offsite, failed } = await openPage(site, '/people/frank-rubio/', { javaScript: false });
    await expect(page.locator('h1').textContent()).resolves.toBe('Frank Rubio');
    expect(await page.locator('#what-links-here').isVisible()).toBe(true);
    expect(offsite).toEqual([]);
    expect(failed).toEqual([]);
  });

  // Controls a script fills and shows are marked `hidden`; a class's own `display` once overrode that on the timeline.
  it.each(['/', '/timeline/', '/timeline/2022/', '/search/', '/events/', '/people/frank-rubio/'])('%s shows nothing marked hidden', async (path) => {
    const { page } = await openPage(site, path, { javaScript: false });
    const hidden = page.locator('[hidden]');
    const shown: string[] = [];
    for (let i = 0; i < (await hidden.count()); i++) {
      if (await hidden.nth(i).isVisible()) shown.push(await hidden.nth(i).evaluate((e) => e.outerHTML.slice(0, 120)));
    }
    expect(shown).toEqual([]);
  });

  it('prints an entry with each source\'s address and without buttons or links onward', async () => {
    const { page } = await openPage(site, '/spacecraft/soyuz-ms-22/');
    await page.emulateMedia({ media: 'print' });
    const original = page.locator('#sources ~ ol .source-list__original').first();
    const printed = await original.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printed).toBe(`": ${await original.getAttribute('href')}"`);
    for (const onward of ['.cite-this-page__actions', '.mini-timeline figcaption']) expect(await page.locator(onward).isVisible(), onward).toBe(false);
    await page.context().close();
  });

  it('offers no timeline control that needs the script: the chart\'s buttons and filters stay out of sight', async () => {
    const { page } = await openPage(site, '/timeline/', { javaScript: false });
    expect(await page.locator('main').getByRole('button').count()).toBe(0);
    expect(await page.locator('main').getByRole('combobox').count()).toBe(0);
  });
});
