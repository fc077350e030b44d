/**
 * Site search in Chromium against the built site: nothing of it loads before the box is
 * focused, the combobox works from the keyboard, /search/?q=… keeps its state through typing,
 * reload and Back, a passage result lands on its paragraph, and it all works without JavaScript
 * as plain links and a GET form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { closeSiteInBrowser, openSiteInBrowser, type ServedSite } from '../helpers/site.ts';
import { axeViolations } from '../helpers/axe.ts';

let site: ServedSite;
let browser: Browser;
const problems: string[] = [];

beforeAll(async () => {
  ({ site, browser } = await openSiteInBrowser());
});

afterAll(() => closeSiteInBrowser({ site, browser }));

/** A fresh page whose console errors, failed requests and 4xx/5xx responses are collected. */
async function openPage(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  return { context, page, requests };
}

// The index is a manifest plus the shards and records a query needs (src/lib/search/searchShards.ts):
// "the index" is the manifest, fetched once; the whole file is never fetched by the browser.
const isIndex = (path: string) => path === '/search-index/manifest.json';
const isIndexFile = (path: string) => path.startsWith('/search-index');
const isSearchChunk = (path: string) => /^\/_astro\/searchUi\.[\w-]+\.js$/u.test(path);

const header = {
  input: '#site-search',
  options: '#site-search-listbox [role="option"]',
};

async function expanded(page: Page, input: string): Promise<string | null> {
  return page.locator(input).getAttribute('aria-expanded');
}

describe('loading', () => {
  it('fetches neither the index nor the search code before the box is focused, then each once', async () => {
    const { context, page, requests } = await openPage();
    await page.goto(`${site.origin}/articles/newsdirectory3-two-coup-attempts/`);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    expect(requests.filter(isIndexFile)).toEqual([]);
    expect(requests.filter(isSearchChunk)).toEqual([]);
    // The page carries only the small bootstrap: no fuse.js in any script it loaded.
    const scripts = requests.filter((path) => path.endsWith('.js'));
    // (the layout's one script file holds the bootstrap and the page's small enhancements)
    expect(scripts.some((path) => path.includes('BaseLayout'))).toBe(true);
    for (const path of scripts) {
      const body = await (await fetch(`${site.origin}${path}`)).text();
      expect(body, path).not.toContain('Pattern length exceeds max');
      if (path.includes('BaseLayout')) expect(body.length, path).toBeLessThan(4000);
    }

    const index = page.waitForResponse((response) => isIndex(new URL(response.url()).pathname));
    await page.focus(header.input);
    await index;
    await page.keyboard.type('coup');
    await page.waitForSelector(header.options);
    await page.mouse.click(20, 880); // outside the box: it closes
    expect(await page.locator('.search-popup').isHidden()).toBe(true);
    await page.focus(header.input);
    await page.keyboard.type('s');
    await page.waitForTimeout(200);
    expect(requests.filter(isIndex)).toHaveLength(1);
    expect(requests.filter(isSearchChunk)).toHaveLength(1);
    await context.close();
  });

  it('/search/ without a query waits for focus too; /search/?q=… is a search, and loads at once', async () => {
    const { context, page, requests } = await openPage();
    await page.goto(`${site.origin}/search/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => isIndexFile(path) || isSearchChunk(path))).toEqual([]);
    await page.goto(`${site.origin}/search/?q=coup`);
    await page.waitForSelector('#search-page-listbox [role="option"]');
    expect(requests.filter(isIndex)).toHaveLength(1);
    await context.close();
  });
});

describe('the header search box', () => {
  it('"/" focuses it, arrows move through the results, Escape closes, Enter opens a claim', async () => {
    const { context, page } = await openPage();
    await page.goto(`${site.origin}/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');

    const input = page.locator(header.input);
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-controls')).toBe('site-search-listbox');
    expect(await page.locator('#site-search-listbox').getAttribute('role')).toBe('listbox');
    await page.keyboard.type('shoot to kill');
    await page.waitForSelector(header.options);
    expect(await expanded(page, header.input)).toBe('true');
    await expect.poll(() => page.locator('#site-search-status').textContent()).toMatch(/^2 claims and 1 passage for “shoot to kill”\./u);

    const options = page.locator(header.options);
    const ids = await options.evaluateAll((els) => els.map((el) => el.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await options.first().textContent()).toContain('open fire on protesters');
    expect(await options.first().locator('mark').allTextContents()).toEqual(expect.arrayContaining(['shoot', 'kill']));
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();

    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(ids[0]);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(ids[1]);
    expect(await options.first().getAttribute('aria-selected')).toBe('false');
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(ids[0]);
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(ids[ids.length - 1]);

    await page.keyboard.press('Escape');
    expect(await expanded(page, header.input)).toBe('false');
    expect(await page.locator('.search-popup').isHidden()).toBe(true);
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();
    expect(await input.inputValue()).toBe('shoot to kill');

    await page.keyboard.press('ArrowDown');
    expect(await expanded(page, header.input)).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(ids[0]);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/claims/shoot-to-kill-order/');
    await context.close();
  });

  it('"/" is typed as a character in another text field', async () => {
    const { context, page } = await openPage();
    await page.goto(`${site.origin}/compare/`);
    await page.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'other-field';
      document.querySelector('main')?.prepend(field);
    });
    await page.focus('#other-field');
    await page.keyboard.type('a/b');
    expect(await page.locator('#other-field').inputValue()).toBe('a/b');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('other-field');
    await context.close();
  });

  it('Enter on a passage lands on its paragraph, highlighted as the :target', async () => {
    const { context, page } = await openPage();
    await page.goto(`${site.origin}/`);
    await page.focus(header.input);
    await page.keyboard.type('7,939');
    await page.waitForSelector(header.options);
    const hrefs = await page.locator(header.options).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const passage = hrefs.findIndex((href) => href?.includes('#p-'));
    expect(passage).toBeGreaterThan(0);
    for (let i = 0; i <= passage; i += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const href = hrefs[passage] as string;
    await page.waitForURL(`**${href}`);
    const target = await page.evaluate(() => {
      const el = document.querySelector(':target');
      return el ? { id: el.id, text: el.textContent ?? '', background: getComputedStyle(el).backgroundColor } : null;
    });
    expect(target?.id).toBe(href.split('#')[1]);
    expect(target?.text).toContain('7,939');
    expect(target?.background).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  it('Enter with no option chosen goes to the search page for the query', async () => {
    const { context, page } = await openPage();
    await page.goto(`${site.origin}/compare/`);
    await page.focus(header.input);
    await page.keyboard.type('Tokaev coup');
    await page.waitForSelector(header.options);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=Tokaev+coup');
    await page.waitForSelector('#search-page-listbox [role="option"]');
    expect(await page.locator('#search-page-input').inputValue()).toBe('Tokaev coup');
    await context.close();
  });

  it('says so when nothing matches', async () => {
    const { context, page } = await openPage();
    await page.goto(`${site.origin}/`);
    await page.focus(header.input);
    await page.keyboard.type('qqzzxxy');
    await expect.poll(() => page.locator('.search-popup .search-message').textContent()).toContain('No claim or passage matches');
    expect(await expanded(page, header.input)).toBe('false');
    await expect.poll(() => page.locator('#site-search-status').textContent()).toContain('No claim or passage matches “qqzzxxy”');
    await context.close();
  });
});

describe('the search page', () => {
  const pageOptions = '#search-page-listbox [role="option"]';

  it('shows the results for ?q= on load, follows the query in the address, and survives reload and Back', async () => {
    const { context, page } = await openPage();
    await page.goto(`${site.origin}/search/?q=peacekeepers`);
    await page.waitForSelector(pageOptions);
    const input = page.locator('#search-page-input');
    expect(await input.inputValue()).toBe('peacekeepers');
    expect(await page.locator(pageOptions).first().getAttribute('href')).toBe('/claims/csto-troop-strength/');
    expect(await page.locator('[data-search-browse]').isHidden()).toBe(true);
    await expect.poll(() => page.locator('#search-page-status').textContent()).toMatch(/for “peacekeepers”/u);

    const historyLength = await page.evaluate(() => history.length);
    await input.fill('');
    await input.focus();
    await page.keyboard.type('Tokaev coup', { delay: 20 });
    await page.waitForURL('**/search/?q=Tokaev%20coup');
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await expect.poll(() => page.locator(pageOptions).first().getAttribute('href')).toBe('/claims/tokayev-attempted-coup/');
    expect(await page.title()).toContain('“Tokaev coup”');

    await page.reload();
    await page.waitForSelector(pageOptions);
    expect(await input.inputValue()).toBe('Tokaev coup');
    expect(await page.locator(pageOptions).first().getAttribute('href')).toBe('/claims/tokayev-attempted-coup/');

    await page.locator(pageOptions).first().click();
    await page.waitForURL('**/claims/tokayev-attempted-coup/');
    await page.goBack();
    await page.waitForURL('**/search/?q=Tokaev%20coup');
    await page.waitForSelector(pageOptions);
    expect(await input.inputValue()).toBe('Tokaev coup');
    expect(await page.locator(pageOptions).first().getAttribute('href')).toBe('/claims/tokayev-attempted-coup/');

    // Clearing the box goes back to the list of every claim, and the address to /search/.
    await input.fill('');
    await page.waitForURL(`${site.origin}/search/`);
    expect(await page.locator('[data-search-browse]').isVisible()).toBe(true);
    await context.close();
  });

  it('arrows and Enter work on the page too, and a passage result opens its paragraph', async () => {
    const { context, page } = await openPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('"Maidan technologies"')}`);
    await page.waitForSelector(pageOptions);
    await page.focus('#search-page-input');
    const hrefs = await page.locator(pageOptions).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const passage = hrefs.findIndex((href) => href.includes('#p-'));
    for (let i = 0; i <= passage; i += 1) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-page-input').getAttribute('aria-activedescendant')).toBe(`search-page-listbox-${passage}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${hrefs[passage]}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).toContain('Maidan technologies');
    await context.close();
  });

  it('without JavaScript: lists every claim by topic, and the header box is a GET form to /search/', async () => {
    const { context, page } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/search/`);
    const claims = (await (await fetch(`${site.origin}/claims.json`)).json()) as { claims: Array<{ id: string; topic: string }> };
    const links = await page.locator('[data-search-browse] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(links)).toEqual(new Set(claims.claims.map((c) => `/claims/${c.id}/`)));
    expect(await page.locator('[data-search-browse] h3').count()).toBe(new Set(claims.claims.map((c) => c.topic)).size);

    await page.goto(`${site.origin}/articles/sputnik-copy-blog-repost/`);
    await page.fill(header.input, 'peacekeepers');
    await page.press(header.input, 'Enter');
    await page.waitForURL('**/search/?q=peacekeepers');
    expect(await page.locator('[data-search-browse] li').count()).toBe(claims.claims.length);
    await context.close();
  });
});

describe('the sharded index', () => {
  it('a query fetches the manifest, the shards of its words and the records it ranks, never the whole file', async () => {
    const { context, page, requests } = await openPage();
    await page.goto(`${site.origin}/`);
    await page.focus(header.input);
    await page.keyboard.type('peacekeepers');
    await expect.poll(() => page.locator(header.options).first().getAttribute('href')).toBe('/claims/csto-troop-strength/');
    const files = requests.filter(isIndexFile);
    expect(files).not.toContain('/search-index.json');
    expect(files.filter(isIndex)).toHaveLength(1);
    const manifest = (await (await fetch(`${site.origin}/search-index/manifest.json`)).json()) as { claims: number; passages: number; warm: string };
    // On focus, the warm-up query's one shard (searchWarmUp.ts); it is not a shard of "pe".
    const warmShard = `/t/${manifest.warm.slice(0, 2)}.json`;
    const shards = files.filter((path) => /\/t\/[^/]+\.json$/u.test(path));
    expect(shards.filter((path) => path.endsWith(warmShard))).toHaveLength(1);
    // "p", "pe", … "peacekeepers": every word of the query lives in the shard of "pe" (and "p", the one-letter word, has none).
    const queried = shards.filter((path) => !path.endsWith(warmShard));
    expect(queried.length).toBeGreaterThan(0);
    expect(queried.length).toBeLessThanOrEqual(2);
    expect(new Set(files).size).toBe(files.length);
    expect(files.filter((path) => /\/[cp]\/\d+\.json$/u.test(path)).length).toBeLessThan(manifest.claims + manifest.passages);
    await context.close();
  });
});

describe('landing on a passage from search', () => {
  it('"2030 troops" finds the paragraph that says "2,030 soldiers", and opening it marks the matched words', async () => {
    const { context, page } = await openPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('2030 troops')}`);
    await page.waitForSelector('#search-page-listbox [role="option"]');
    const option = page.locator('#search-page-listbox a[role="option"][href*="/articles/asumetech-kazakhstan-speaks-of-a-coup/"][href$="#p-12"]');
    expect(await option.count()).toBe(1);
    expect(await option.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['2,030', 'soldiers']));
    await option.click();
    await page.waitForURL('**/articles/asumetech-kazakhstan-speaks-of-a-coup/?hl=*#p-12');
    // The marks come from a module the page imports on arrival: wait for it, not for the URL only
    // (on a loaded machine the first read came before it had run).
    await page.waitForSelector('#p-12 mark.search-landing');
    const marks = await page.locator('#p-12 mark.search-landing').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['2,030', 'soldiers']));
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p-12');
    // Only the target paragraph is marked, and the text reads as before.
    expect(await page.locator('mark.search-landing').count()).toBe(marks.length);
    expect(await page.locator('#p-12').textContent()).toContain('2,030 soldiers');
    await page.goto(`${site.origin}/articles/asumetech-kazakhstan-speaks-of-a-coup/#p-12`);
    expect(await page.locator('mark.search-landing').count()).toBe(0);
    await context.close();
  });
});

describe('accessibility of the results', () => {
  it('axe finds nothing on /search/?q=coup (no link nested inside an option)', async () => {
    const { context, page } = await openPage({ bypassCSP: true });
    await page.goto(`${site.origin}/search/?q=coup`);
    await page.waitForSelector('#search-page-listbox [role="option"]');
    expect(await page.locator('#search-page-listbox [role="option"] a, #search-page-listbox [role="option"] button').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${site.origin}/`);
    await page.focus(header.input);
    await page.keyboard.type('coup');
    await page.waitForSelector(header.options);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the page', () => {
  it('logged no console errors and no failed requests', () => {
    expect(problems).toEqual([]);
  });
});
