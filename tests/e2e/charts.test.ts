/**
 * The build-time charts in a browser: no script of their own, named for assistive technology,
 * drawn in the theme's colours in light and dark, and in black and white in print.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { closeSiteInBrowser, openSiteInBrowser, type ServedSite } from '../helpers/site.ts';

const EVENT = '/events/csto-summit-kazakhstan-2022/';
let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
  ({ site, browser } = await openSiteInBrowser());
});
afterAll(() => closeSiteInBrowser({ site, browser }));

describe('charts on the event page', () => {
  it('load no script beyond the site’s own, and each has an accessible name and a table', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = async (url: string) => {
      await page.goto(`${site.origin}${url}`);
      return page.evaluate(() => [...document.scripts].map((s) => s.src || `inline:${s.type}`).sort());
    };
    const withCharts = await scripts(EVENT);
    const without = (await scripts('/search/')).filter((s) => s !== 'inline:application/ld+json');
    expect(withCharts.filter((s) => s !== 'inline:application/ld+json')).toEqual(without);
    await page.goto(`${site.origin}${EVENT}`);
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('svg[role="img"]')].map((svg) => ({
        name: document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent,
        table: svg.closest('figure')?.querySelectorAll('table tbody tr').length ?? 0,
      })),
    );
    expect(charts).toEqual([
      { name: 'Coverage per source', table: 5 },
      { name: 'Claims by topic, for each source', table: 6 },
      { name: 'When each source published', table: 5 },
    ]);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`follow the ${scheme} theme: labels in the text colour, bars in the accent colour`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${site.origin}${EVENT}`);
      const colours = await page.evaluate(() => {
        const fill = (selector: string) => getComputedStyle(document.querySelector(selector) as Element).fill;
        const probe = document.createElement('span');
        document.body.append(probe);
        probe.style.color = 'var(--fg)';
        const fg = getComputedStyle(probe).color;
        probe.style.color = 'var(--accent)';
        const accent = getComputedStyle(probe).color;
        return { label: fill('.chart-label'), bar: fill('.chart-bar'), fg, accent, bg: getComputedStyle(document.body).backgroundColor };
      });
      expect(colours.label).toBe(colours.fg);
      expect(colours.bar).toBe(colours.accent);
      expect(colours.label).not.toBe(colours.bg);
      await context.close();
    });
  }

  it('print in black on white', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.origin}${EVENT}`);
    await page.emulateMedia({ media: 'print' });
    const fills = await page.evaluate(() => ['.chart-bar', '.chart-label', '.chart-level-4', '.chart-cell-value-4'].map((s) => getComputedStyle(document.querySelector(s) as Element).fill));
    expect(fills).toEqual(['rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await context.close();
  });
});
