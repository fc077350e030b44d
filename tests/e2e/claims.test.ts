import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { closeSiteInBrowser, openSiteInBrowser, type ServedSite } from '../helpers/site.ts';

let site: ServedSite;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  ({ site, browser } = await openSiteInBrowser());
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  // An aborted request is the browser leaving the page early, not a broken link.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
});

afterAll(() => closeSiteInBrowser({ site, browser }));

const targetInfo = () =>
  page.evaluate(() => {
    const target = document.querySelector(':target');
    return target ? { id: target.id, tag: target.tagName.toLowerCase(), className: target.className, text: target.textContent ?? '' } : null;
  });

describe('comparison tables and claim pages in Chromium', () => {
  it("a row's link to another article lands on the highlighted passage there", async () => {
    await page.goto(`${site.origin}/articles/asumetech-kazakhstan-speaks-of-a-coup/`);
    const row = page.locator('#claim-csto-troop-strength');
    const cell = row.locator('li.cell[data-label="News Directory 3"]');
    expect(await cell.locator('.status').textContent()).toBe('Different');
    expect(await cell.locator('.difference').first().textContent()).toBe('figure: 2,500 (here: 2,030)');
    await cell.locator('summary').click();
    await cell.locator('a', { hasText: 'Read it in News Directory 3' }).click();
    await page.waitForURL('**/articles/newsdirectory3-two-coup-attempts/#q-csto-troop-strength');
    const target = await targetInfo();
    expect(target).toMatchObject({ id: 'q-csto-troop-strength', tag: 'mark', className: 'quote quote-different' });
    expect(target?.text).toContain('which dispatched 2,500 peacekeepers to the region');
    // The target has an outline of its own, unlike any highlight.
    const outline = await page.locator('#q-csto-troop-strength').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });

  it('the highlighted passage links back to its row, and the row back to the passage', async () => {
    await page.goto(`${site.origin}/articles/newsdirectory3-two-coup-attempts/`);
    await page.locator('#q-csto-troop-strength > a.quote-ref').click();
    expect(await targetInfo()).toMatchObject({ id: 'claim-csto-troop-strength', tag: 'div', className: 'claim-card kind-different' });
    await page.locator('#claim-csto-troop-strength a.row-number').click();
    expect(await targetInfo()).toMatchObject({ id: 'q-csto-troop-strength', tag: 'mark' });
  });

  it('lists the claims other sources make that this article omits, on their own page', async () => {
    // A published link to the list lands on the article page's summary of it, which links to the list.
    await page.goto(`${site.origin}/articles/asumetech-kazakhstan-speaks-of-a-coup/#omitted-claims`);
    expect(await targetInfo()).toMatchObject({ id: 'omitted-claims', tag: 'h2' });
    const summary = page.locator('.omitted-section');
    expect(await summary.locator('h2').textContent()).toBe('Reported elsewhere, not here (51)');
    expect(await summary.locator('p').textContent()).toMatch(/^51 claims that other sources report are not in this article; \d+ of them are reported by all 4 others\. /u);
    expect(await page.locator('.omitted li').count()).toBe(0);
    await summary.locator('a').click();
    await page.waitForURL('**/articles/asumetech-kazakhstan-speaks-of-a-coup/reported-elsewhere/');
    expect(await page.locator('h1').textContent()).toBe('Reported elsewhere, not here');
    // 50 a page: the 51st claim is on page 2, numbered on from the first page.
    expect(await page.locator('.omitted > li').count()).toBe(50);
    expect(await page.locator('.pagination a[aria-current="page"]').textContent()).toBe('1');
    await page.locator('.pagination a', { hasText: '2' }).click();
    await page.waitForURL('**/reported-elsewhere/page/2/');
    expect(await page.locator('.omitted').getAttribute('start')).toBe('51');
    expect(await page.locator('.omitted > li').count()).toBe(1);
    // Across both pages, each claim links to its page and each source that reports it to its passage.
    const items: Array<{ claim: string | null; sources: Array<{ text: string; href: string }> }> = [];
    for (const url of ['reported-elsewhere/', 'reported-elsewhere/page/2/']) {
      await page.goto(`${site.origin}/articles/asumetech-kazakhstan-speaks-of-a-coup/${url}`);
      items.push(
        ...(await page.locator('.omitted > li').evaluateAll((lis) =>
          lis.map((li) => ({
            claim: li.querySelector(':scope > a')?.getAttribute('href') ?? null,
            sources: [...li.querySelectorAll('.omitted-sources a')].map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
          })),
        )),
      );
    }
    expect(items).toHaveLength(51);
    expect(items.filter((item) => item.claim === '/claims/detentions-total/')).toHaveLength(1);
    for (const item of items) {
      expect(item.claim).toMatch(/^\/claims\/[a-z0-9-]+\/$/u);
      expect(item.sources.length).toBeGreaterThan(0);
      for (const source of item.sources) expect(source.href).toMatch(new RegExp(`^/articles/[a-z0-9-]+/#q-${item.claim?.slice(8, -1)}$`, 'u'));
    }
    const detentions = items.find((item) => item.claim === '/claims/detentions-total/');
    expect(detentions?.sources).toEqual([
      { text: 'News Directory 3', href: '/articles/newsdirectory3-two-coup-attempts/#q-detentions-total' },
      { text: 'Trixabia', href: '/articles/trixabia-attempted-coup-unsuccessful/#q-detentions-total' },
    ]);
    // Following a source's link lands on its quote of that claim.
    await page.goto(`${site.origin}/articles/asumetech-kazakhstan-speaks-of-a-coup/reported-elsewhere/`);
    const first = page.locator('.omitted li:has(> a[href="/claims/detentions-total/"]) .omitted-sources a').first();
    await first.click();
    // The link goes to another page: its target is read once the browser is there (read at once, it was once the old page's, none).
    await page.waitForURL('**/articles/newsdirectory3-two-coup-attempts/#q-detentions-total');
    expect(await targetInfo()).toMatchObject({ id: 'q-detentions-total', tag: 'mark' });
  });

  it('a claim page shows every version side by side, the differences and a word diff', async () => {
    await page.goto(`${site.origin}/claims/csto-troop-strength/`);
    expect(await page.locator('.version').count()).toBe(2);
    expect(await page.locator('.differences-table tbody tr').allTextContents()).toEqual([
      'figure2,0302,500',
      'who says itKassym-Jomart Tokayevthe outlet, in its own voice',
    ]);
    // The two quotes share too few words to align: side by side, said to be worded differently.
    const wording = page.locator('.diff-set:visible .word-diff');
    expect(await wording.count()).toBe(1);
    expect(await wording.locator('.worded-differently').textContent()).toMatch(/^Worded differently: /u);
    expect(await wording.locator('.side-by-side blockquote').count()).toBe(2);
    expect(await wording.locator('ins, del').count()).toBe(0);
    expect(await page.locator('.not-reported a').count()).toBe(3);
  });

  it('the compare filters are plain links that work without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.origin}/compare/`);
    const all = await noJs.locator('.matrix tbody tr:not(.topic-row)').count();
    await noJs.click('.filters a:has-text("Divergent only")');
    await noJs.waitForURL('**/compare/divergent/');
    const divergentRows = noJs.locator('.matrix tbody tr:not(.topic-row)');
    expect(await divergentRows.count()).toBeLessThan(all);
    expect(await noJs.locator('.matrix tbody tr:not(.topic-row):not(.divergent)').count()).toBe(0);
    await noJs.click('.filters a:has-text("One source only")');
    const single = await noJs.locator('.matrix tbody tr:not(.topic-row)').evaluateAll((rows) =>
      rows.map((row) => row.querySelectorAll('td.cell-reported').length),
    );
    expect(single.length).toBeGreaterThan(0);
    expect(new Set(single)).toEqual(new Set([1]));
    await noJs.click('.filters a:has-text("Casualties")');
    await noJs.waitForURL('**/compare/topic/casualties/');
    expect(await noJs.locator('.matrix .topic-row').allTextContents()).toEqual([expect.stringMatching(/^Casualties \(\d+\)$/)]);
    await context.close();
  });

  it('/claims.json and /claims.csv parse and agree with each other', async () => {
    const json = (await (await fetch(`${site.origin}/claims.json`)).json()) as {
      articles: Array<{ id: string; sourceFile: string; title: string; outlet: string; url: string }>;
      claims: Array<{
        id: string;
        divergent: boolean;
        url: string;
        figure: { value: number; unit: string } | null;
        mentions: Array<{ article: string; quote: string; voice: string; figure: number | null; paragraph: string; url: string }>;
      }>;
    };
    const csvText = await (await fetch(`${site.origin}/claims.csv`)).text();
    const rows = parse(csvText, { columns: true }) as Array<Record<string, string>>;
    expect(json.articles).toHaveLength(5);
    expect(json.claims.length).toBeGreaterThanOrEqual(40);
    expect(rows).toHaveLength(json.claims.length * json.articles.length);
    for (const claim of json.claims) {
      for (const article of json.articles) {
        const row = rows.find((r) => r['claim_id'] === claim.id && r['article_id'] === article.id);
        const mentions = claim.mentions.filter((m) => m.article === article.id);
        expect(row?.['reported']).toBe(mentions.length > 0 ? 'yes' : 'no');
        expect(row?.['quotes']).toBe(mentions.map((m) => m.quote).join(' … '));
        expect(row?.['paragraphs']).toBe(mentions.map((m) => m.paragraph).join(' '));
        expect(row?.['divergent']).toBe(String(claim.divergent));
        expect(row?.['article_figure']).toBe(mentions[0]?.figure == null ? '' : String(mentions[0].figure));
      }
    }
    // Every deep link in the export lands on an element that exists.
    const sample = json.claims.flatMap((c) => c.mentions).slice(0, 12);
    for (const mention of sample) {
      // Export links are absolute on the configured site; follow them here on the test server.
      const url = new URL(mention.url);
      expect(url.origin).toBe('https://coverage-compare.example.org');
      await page.goto(`${site.origin}${url.pathname}${url.hash}`);
      const target = await targetInfo();
      expect(target?.tag).toBe('mark');
      expect(target?.text.replace(/\s+/g, ' ')).toContain(mention.quote.replace(/\s+/g, ' ').slice(0, 20));
    }
  });

  it('the compare page links both exports', async () => {
    await page.goto(`${site.origin}/compare/`);
    expect(await page.locator('a[href="/claims.json"]').count()).toBe(1);
    expect(await page.locator('a[href="/claims.csv"]').count()).toBe(1);
  });

  it('logged no console errors and no failed requests', () => {
    expect(problems).toEqual([]);
  });
});
