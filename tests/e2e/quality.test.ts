/**
 * Quality gates on the built site: valid HTML, no broken links or fragments, no accessibility
 * violations (axe-core, light and dark), and no console errors or failed requests on any page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { LinkChecker, LinkState } from 'linkinator';
import type { Browser } from 'playwright-core';
import { distDir, closeSiteInBrowser, openSiteInBrowser, type ServedSite } from '../helpers/site.ts';
import { builtPages, pageTypes } from '../helpers/pages.ts';
import { axeViolations } from '../helpers/axe.ts';

const pages = builtPages();

let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
  ({ site, browser } = await openSiteInBrowser());
});

afterAll(() => closeSiteInBrowser({ site, browser }));

describe('quality gates on every page of dist/', () => {
  it('finds every page type in the build', () => {
    for (const page of Object.values(pageTypes)) expect(pages).toContain(page);
  });

  it('html-validate: zero errors on every HTML file', async () => {
    // .htmlvalidate.json: html-validate:recommended, except long-title (titles are verbatim
    // headlines and claim statements; cutting them to 70 characters would misquote them).
    const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(distDir, '../.htmlvalidate.json'), 'utf8')));
    const errors: string[] = [];
    for (const page of pages) {
      const file = path.join(distDir, page.endsWith('/') ? `${page}index.html` : page);
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('no word or separator is glued to a link on any page (footnote markers aside)', () => {
    // "Full provenance· Raw file", "CharacterisationAll versions": text that reads, copies and
    // is spoken as one word. A quote's footnote marker ([1]) is meant to touch its quote.
    const glued: string[] = [];
    for (const page of pages) {
      const html = readFileSync(path.join(distDir, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
      for (const match of html.matchAll(/.{0,30}(?:[\p{L}\p{N}.,;:·]<a (?![^>]*class="quote-ref")|<\/a>[\p{L}\p{N}·]).{0,20}/gu)) glued.push(`${page}: ${match[0]}`);
    }
    expect(glued).toEqual([]);
  });

  it('every page that shows a table loads the tables’ shared rules, and the article page loads none', () => {
    // tableBase.css is imported by each component and page with a table, not by the layout: a
    // page that forgets it shows its table unruled and unpadded, which no other test would see.
    const sharedRule = /(?:^|[}\s])table\{border-collapse:collapse/u;
    const cssOf = (html: string): string =>
      [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map((m) => m[1]).join('') +
      [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/gu)].map((m) => readFileSync(path.join(distDir, m[1] ?? ''), 'utf8')).join('');
    const unruled: string[] = [];
    let withTables = 0;
    for (const page of pages.filter((p) => p.endsWith('/') || p.endsWith('.html'))) {
      const html = readFileSync(path.join(distDir, page.endsWith('/') ? `${page}index.html` : page), 'utf8');
      if (!html.includes('<table')) continue;
      withTables += 1;
      if (!sharedRule.test(cssOf(html))) unruled.push(page);
    }
    expect(withTables).toBeGreaterThan(5);
    expect(unruled).toEqual([]);
    expect(cssOf(readFileSync(path.join(distDir, pageTypes.article ?? '', 'index.html'), 'utf8'))).not.toMatch(sharedRule);
  });

  it('links: every internal href and src resolves, every #fragment exists', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${site.origin}/`,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      linksToSkip: async (link) => !link.startsWith(site.origin),
    });
    // linkinator takes a whole text directive (#id:~:text=…) for an id; those links are checked,
    // id and text, by the next test.
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN && !link.url.includes(':~:text='))
      .map((link) => `${link.url} (from ${link.parent}) ${link.status ?? ''} ${link.failureDetails?.map(String).join(' ') ?? ''}`);
    expect(broken).toEqual([]);
    const checked = result.links.filter((link) => link.state === LinkState.OK).length;
    expect(checked).toBeGreaterThan(pages.length);
  }, 120_000);

  it('text-fragment links: the element exists, and its paragraph contains the start and end text', async () => {
    const links = new Set<string>();
    for (const page of pages) {
      const file = path.join(distDir, page.endsWith('/') ? `${page}index.html` : page);
      for (const match of readFileSync(file, 'utf8').matchAll(/href="([^"]*#[^"]*:~:text=[^"]*)"/g)) {
        links.add(new URL((match[1] as string).replace(/&amp;/g, '&'), `${site.origin}${page}`).href);
      }
    }
    expect(links.size).toBeGreaterThan(100);
    const byPage = new Map<string, Array<{ id: string; parts: string[] }>>();
    for (const link of links) {
      const url = new URL(link);
      const [id = '', directive = ''] = url.hash.slice(1).split(':~:text=');
      const parts = directive.split(',').map((part) => decodeURIComponent(part));
      const key = `${url.origin}${url.pathname}`;
      byPage.set(key, [...(byPage.get(key) ?? []), { id: decodeURIComponent(id), parts }]);
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    for (const [url, fragments] of byPage) {
      await page.goto(url);
      const missing = await page.evaluate((list) => {
        const normalise = (text: string) => text.replace(/\s+/g, ' ');
        return list
          .filter(({ id, parts }) => {
            // A quote split around an overlapping one keeps its id on its first piece; the text
            // directive matches the paragraph's text.
            const element = document.getElementById(id);
            const text = normalise(element?.closest('p')?.textContent ?? '');
            return text === '' || !parts.every((part) => text.includes(normalise(part)));
          })
          .map(({ id, parts }) => `${id}: ${parts.join(' … ')}`);
      }, fragments);
      failures.push(...missing.map((m) => `${url}#${m}`));
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 120_000);

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe-core: zero violations on each page type, ${scheme} theme`, async () => {
      // bypassCSP: the page's CSP (rightly) refuses the injected axe-core script.
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const [type, url] of Object.entries(pageTypes)) {
        await page.goto(`${site.origin}${url}`);
        const found = await axeViolations(page);
        violations.push(...found.map((v) => `${type} ${url}: ${v}`));
      }
      await context.close();
      expect(violations).toEqual([]);
    }, 120_000);
  }

  it('no console errors, CSP violations, page errors or failed requests on any page', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const problems: string[] = [];
    let current = '';
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${current}: console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
    // ERR_ABORTED is the browser dropping a request (the favicon) as it navigates on; a missing
    // file shows up as a 4xx response instead, which is checked below and by the link check.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`${current}: failed ${request.url()} ${request.failure()?.errorText}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/404.html')) problems.push(`${current}: ${response.status()} ${response.url()}`);
    });
    for (const url of pages) {
      current = url;
      await page.goto(`${site.origin}${url}`, { waitUntil: 'load' });
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 180_000);
});
