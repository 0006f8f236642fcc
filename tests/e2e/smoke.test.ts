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
});
