/**
 * The two quality gates a test runs on a few pages of a temporary project's build: html-validate
 * with the project's rules, and axe-core in Chromium in the light and the dark theme. Each returns
 * its problems, one line each, for an assertion that lists them (`toEqual([])`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { projectRoot } from './tempProject.ts';
import { closeSiteInBrowser, openSiteInBrowser } from './site.ts';
import { axeViolations } from './axe.ts';

/** The page at `url` ("/articles/x/") in a built folder. */
const pageFile = (dist: string, url: string) => path.join(dist, url.slice(1), url.endsWith('/') ? 'index.html' : '');

/** html-validate's messages for each page (`<url>:<line>: <message>`). */
export async function htmlProblems(dist: string, urls: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')));
  const problems: string[] = [];
  for (const url of urls) {
    const report = await validator.validateString(readFileSync(pageFile(dist, url), 'utf8'), url);
    problems.push(...report.results.flatMap((r) => r.messages.map((m) => `${url}:${m.line}: ${m.message}`)));
  }
  return problems;
}

/** axe-core's violations for each page, light and dark, served from `dist` (`<theme> <url>: <violation>`). */
export async function axeProblems(dist: string, urls: readonly string[]): Promise<string[]> {
  const opened = await openSiteInBrowser(dist);
  try {
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await opened.browser.newContext({ bypassCSP: true, colorScheme });
      const page = await context.newPage();
      for (const url of urls) {
        await page.goto(`${opened.site.origin}${url}`);
        violations.push(...(await axeViolations(page)).map((v) => `${colorScheme} ${url}: ${v}`));
      }
      await context.close();
    }
    return violations;
  } finally {
    await closeSiteInBrowser(opened);
  }
}
