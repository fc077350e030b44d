import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeSiteInBrowser, openSiteInBrowser, type ServedSite } from '../helpers/site.ts';
import { loadCorpus } from '../helpers/corpus.ts';

const corpus = loadCorpus();
let site: ServedSite;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  ({ site, browser } = await openSiteInBrowser());
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterAll(() => closeSiteInBrowser({ site, browser }));

describe('reading the articles in Chromium', () => {
  it('the event page (the index before events) lists the five articles with outlet, date, word count and excerpt', async () => {
    await page.goto(`${site.origin}/events/csto-summit-kazakhstan-2022/`);
    const cards = page.locator('.article-card');
    expect(await cards.count()).toBe(5);
    for (const { meta, parsed } of corpus) {
      const card = cards.filter({ has: page.locator(`a[href="/articles/${meta.slug}/"]`) });
      expect(await card.locator('h3').textContent()).toBe(parsed.title.text);
      expect(await card.locator('.meta').textContent()).toMatch(new RegExp(`${meta.outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · [^·]+ · [\\d,]+ words`));
    }
  });

  for (const { meta, parsed } of corpus) {
    it(`follows the index link to ${meta.slug} and shows its title`, async () => {
      await page.goto(`${site.origin}/`);
      await page.click(`a[href="/articles/${meta.slug}/"]`);
      await page.waitForURL(`**/articles/${meta.slug}/`);
      expect(await page.locator('h1').textContent()).toBe(parsed.title.text);
      expect(await page.title()).toContain(parsed.title.text);
      const paragraphs = parsed.sections.flatMap((s) => s.paragraphs);
      expect(await page.locator('.article-body p.para').count()).toBe(paragraphs.length);
      expect(await page.locator('#removed-lines').textContent()).toBe(`Removed lines (${parsed.removed.length})`);
      expect(await page.locator('#source-and-cleaning ~ p a[href$="/cleaning/"]').textContent()).toBe('The full source report');
    });

    it(`${meta.slug}#p-3 lands on paragraph 3 as the :target`, async () => {
      await page.goto(`${site.origin}/articles/${meta.slug}/#p-3`);
      const target = await page.evaluate(() => document.querySelector(':target')?.id ?? null);
      expect(target).toBe('p-3');
      const third = parsed.sections.flatMap((s) => s.paragraphs)[2];
      expect(await page.locator('#p-3 .para-text').textContent()).toBe(third?.text);
      // Below the sticky header, not under it.
      const top = await page.locator('#p-3').evaluate((el) => el.getBoundingClientRect().top);
      const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
      expect(top).toBeGreaterThanOrEqual(headerBottom);
    });
  }

  it('shows markup-like article text exactly as written', async () => {
    await page.goto(`${site.origin}/articles/trixabia-attempted-coup-unsuccessful/`);
    expect(await page.locator('#p-20 .para-text').textContent()).toContain('[the city of] Almaty');
    // A removed line's text is shown as received, on the article's source and cleaning page.
    await page.goto(`${site.origin}/articles/newsdirectory3-two-coup-attempts/cleaning/`);
    expect(await page.locator('.removed-table').textContent()).toContain('Required fields are marked *');
  });

  it('before search is used, article pages load one small script file (the search bootstrap and the enhancements) and the theme before paint', async () => {
    const scripts: string[] = [];
    const listener = (request: { resourceType(): string; url(): string }) => {
      if (request.resourceType() === 'script' || request.url().includes('search-index')) scripts.push(request.url());
    };
    page.on('request', listener);
    await page.goto(`${site.origin}/articles/worldwarthird-foreign-interference/`, { waitUntil: 'networkidle' });
    page.off('request', listener);
    // The layout's one script file: the focus listener that imports the search module on first
    // use, and the theme, link and highlights enhancements; not the search module, not the index.
    expect(scripts).toEqual([expect.stringMatching(/\/_astro\/BaseLayout\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/)]);
    // Inline: only the theme, set before the first paint (an external file would flash).
    const inline = await page.evaluate(() =>
      [...document.scripts].filter((s) => s.type !== 'application/ld+json' && !s.src).map((s) => s.textContent ?? ''),
    );
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain("localStorage.getItem('theme')");
    expect(inline[0]?.length).toBeLessThan(400);
  });

  it('section headings have their own anchor links', async () => {
    await page.goto(`${site.origin}/articles/worldwarthird-foreign-interference/`);
    const link = page.locator('a.heading-link[href="#pakistani-and-afghan-radicals-fueled-the-riots"]');
    expect(await link.count()).toBe(1);
    await link.click();
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toBe(
      'Pakistani and Afghan radicals fueled the riots',
    );
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
