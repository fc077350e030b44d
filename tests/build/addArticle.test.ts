/**
 * `npm run add-article` end to end, in a temporary copy of the project: a site fixture is added
 * as a draft, the refusals are clear, the suggestions file is valid, the site builds with the
 * draft shown and marked, and marking it reviewed makes the strict checks fail the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mentionSchema } from '../../src/lib/claimsData.ts';
import { locateQuote } from '../../src/lib/locateQuote.ts';
import { HtmlValidate } from 'html-validate';
import { projectRoot, tempProject, type TempProject } from '../helpers/tempProject.ts';
import { closeSiteInBrowser, openSiteInBrowser } from '../helpers/site.ts';
import { axeViolations } from '../helpers/axe.ts';

const fixture = path.join(projectRoot, 'tests/fixtures/sites/wire-dateline-byline.txt');
const SLUG = 'kazakh-leader-says-coup-attempt-defeated-putin-vows';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let project: TempProject;
let added: { status: number | null; stdout: string; stderr: string };
let build: { status: number | null; output: string };
const built = (file: string) => readFileSync(path.join(project.dir, 'dist', file), 'utf8');

beforeAll(() => {
  project = tempProject();
  added = project.run('add-article', [fixture]);
  build = project.build();
}, 300_000);

afterAll(() => project?.dispose());

describe('add-article', () => {
  it('copies the file byte-for-byte and appends a draft metadata entry', () => {
    expect(added.stderr).not.toMatch(/add-article:/);
    expect(added.status).toBe(0);
    const copy = readFileSync(path.join(project.dir, 'content/articles/wire-dateline-byline.txt'));
    expect(sha256(copy)).toBe(sha256(readFileSync(fixture)));
    const entries = parse(readFileSync(path.join(project.dir, 'content/articles/articles.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    expect(entries).toHaveLength(6);
    expect(entries.at(-1)).toMatchObject({
      file: 'wire-dateline-byline.txt',
      slug: SLUG,
      outlet: 'unattributed',
      attribution: 'unattributed',
      foundAt: null,
      status: 'draft',
    });
    // The entries already there are untouched, comments included.
    const before = readFileSync(path.join(projectRoot, 'content/articles/articles.yaml'), 'utf8');
    expect(readFileSync(path.join(project.dir, 'content/articles/articles.yaml'), 'utf8').startsWith(before)).toBe(true);
  });

  it('prints the title, sections, paragraphs, every removed line with its rule, and the suggestions', () => {
    const out = added.stdout;
    expect(out).toContain(`as draft "${SLUG}"`);
    expect(out).toContain("Title: Kazakh leader says coup attempt defeated; Putin vows no 'colour revolutions' (line 1)");
    expect(out).toMatch(/#a-limited-mission {2}"A limited mission" \(line 17\): 2 paragraphs/);
    expect(out).toContain('Paragraphs: 9');
    expect(out).toMatch(/line 3 {2}\[byline\] {2}By Olga Petrova and James Hart/);
    expect(out).toMatch(/line 25 {2}\[dateline\] {2}NUR-SULTAN, Jan 10/);
    expect(out).toMatch(/Removed lines \(5\):/);
    expect(out).toMatch(/Kept lines that look like site chrome/);
    expect(out).toMatch(/\d\.\d\d {2}detentions-total {2}p-8: "The interior ministry said 7,939/);
    expect(out).toContain('"about 2,000" (p-6): consistent with csto-troop-strength (about 2,000 is consistent with 2,030)');
    expect(out).toContain('Candidate new claims: 1 sentence matches no claim');
  });

  it('writes a suggestions file whose mentions are valid and quote the article verbatim', () => {
    const file = path.join(project.dir, `content/claims/_suggestions/${SLUG}.yaml`);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# Claim suggestions for the draft article/);
    const doc = parse(text) as {
      article: string;
      claims: Array<{ claim: string; file: string; sentences: Array<{ paragraph: string; score: number; reasons: string[]; mention: unknown }> }>;
      figures: Array<{ figure: string; matches: Array<{ claim: string }>; contradicts: unknown[] }>;
      newClaimCandidates: Array<{ paragraph: string; sentence: string }>;
    };
    expect(doc.article).toBe(SLUG);
    expect(doc.claims.map((c) => c.claim)).toEqual(expect.arrayContaining(['detentions-total', 'csto-troop-strength', 'deaths-nationwide']));
    const passages = [{ id: 'all', text: readFileSync(fixture, 'utf8') }];
    for (const claim of doc.claims) {
      expect(existsSync(path.join(project.dir, claim.file)), claim.file).toBe(true);
      for (const sentence of claim.sentences) {
        const mention = mentionSchema.parse(sentence.mention);
        expect(mention.article).toBe(SLUG);
        for (const quote of mention.quotes) expect(locateQuote(quote, passages), quote).not.toBeNull();
        expect(sentence.reasons.length).toBeGreaterThan(0);
      }
    }
    expect(doc.figures.find((f) => f.figure === '7,939')?.matches.map((m) => m.claim)).toContain('detentions-total');
    expect(doc.newClaimCandidates).toEqual([{ paragraph: 'p-9', sentence: 'The curfew remains in place.' }]);
  });

  it('refuses clearly: the same file again, a missing file, a binary file, a taken slug, no argument', () => {
    const again = project.run('add-article', [fixture]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('add-article: The file is already present: content/articles/wire-dateline-byline.txt has the same bytes.');

    const missing = project.run('add-article', ['no/such/file.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/add-article: No such file: .*no\/such\/file\.txt/);

    project.write('binary.txt', new Uint8Array([0x4b, 0x61, 0x7a, 0x00, 0x01, 0xff, 0xfe]));
    const binary = project.run('add-article', ['binary.txt']);
    expect(binary.status).toBe(1);
    expect(binary.stderr).toMatch(/add-article: The file is not article text:\nbinary\.txt:1.*not valid UTF-8/);

    const other = path.join(projectRoot, 'tests/fixtures/sites/ad-breaks.txt');
    const taken = project.run('add-article', [other, '--slug', 'sputnik-copy-blog-repost']);
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('add-article: The slug "sputnik-copy-blog-repost" is taken by content/articles/002_1da12e83afc5f8cf.txt.');

    const none = project.run('add-article', []);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('Usage: npm run add-article -- <path-to-raw.txt>');

    // Nothing was written by a refusal.
    const entries = parse(readFileSync(path.join(project.dir, 'content/articles/articles.yaml'), 'utf8')) as unknown[];
    expect(entries).toHaveLength(6);
    expect(existsSync(path.join(project.dir, 'content/articles/ad-breaks.txt'))).toBe(false);
  });
});

describe('add-article on a file with kept lines that look like chrome', () => {
  it('lists each with its reasons, and takes --slug', () => {
    project.write(
      'suspect.txt',
      'Troops leave Almaty as curfew ends\n\nThe last CSTO units left Almaty on Thursday, officials said.\n\nwww.example.com/live\n\n' +
        'CLICK HERE FOR LIVE UPDATES\n\nThe curfew was lifted at midnight, the mayor’s office said.\n',
    );
    const result = project.run('add-article', ['suspect.txt', '--slug', 'troops-leave-almaty']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('as draft "troops-leave-almaty"');
    expect(result.stdout).toContain('Kept lines that look like site chrome (2;');
    expect(result.stdout).toContain('line 5  [short paragraph that does not end like a sentence; looks like a link, menu or call to action]  www.example.com/live');
    expect(result.stdout).toContain('line 7  [looks like a link, menu or call to action; all in capitals]  CLICK HERE FOR LIVE UPDATES');
  });
});

describe('a draft in the build', () => {
  it('builds, with the draft page marked and kept out of search engines', () => {
    expect(build.status, build.output).toBe(0);
    const page = built(`articles/${SLUG}/index.html`);
    expect(page).toContain('<strong>Draft: not yet reviewed.</strong>');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('8 figures in it are in no claim yet: <a href="/report/#' + SLUG + '">see the editorial report</a>');
    expect(page).toContain(`href="/report/#${SLUG}"`);
    const sitemap = built('sitemap-0.xml');
    expect(sitemap).toContain('/articles/sputnik-copy-blog-repost/');
    expect(sitemap).not.toContain(SLUG);
  });

  it('marks the draft in lists: the home page and the tables that name it', () => {
    const home = built('index.html');
    expect(home).toContain('<p class="draft-badge">Draft: not yet reviewed</p>');
    expect(home).toContain('Kazakh leader says coup… (draft)');
    expect(built('compare/index.html')).toContain('Kazakh leader says coup… (draft)');
    expect(built('search-index.json')).toContain('unattributed (draft: not yet reviewed)');
  });

  it('lists the draft’s uncovered figures in the editorial report', () => {
    const report = built('report/index.html');
    expect(report).toContain(`<h3 id="${SLUG}">`);
    for (const number of ['2,030', '7,939', '164', '250']) expect(report).toContain(`<strong>${number}</strong>`);
    expect(report).toContain(`href="/articles/${SLUG}/#p-8"`);
  });

  it('the draft page, the report and the home page are valid HTML with no axe-core violation', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')));
    const urls = [`/articles/${SLUG}/`, '/report/', '/'];
    const errors: string[] = [];
    for (const url of urls) {
      const report = await validator.validateString(built(`${url.slice(1)}index.html`), url);
      errors.push(...report.results.flatMap((r) => r.messages.map((m) => `${url}:${m.line}: ${m.message}`)));
    }
    expect(errors).toEqual([]);
    const opened = await openSiteInBrowser(path.join(project.dir, 'dist'));
    try {
      const context = await opened.browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const url of urls) {
        await page.goto(`${opened.site.origin}${url}`);
        violations.push(...(await axeViolations(page)).map((v) => `${url}: ${v}`));
      }
      await context.close();
      expect(violations).toEqual([]);
    } finally {
      await closeSiteInBrowser(opened);
    }
  }, 120_000);

  it('marked reviewed, the same article fails the build on its uncovered figures', () => {
    project.edit('content/articles/articles.yaml', (text) => text.replace(/status: draft\n/u, 'status: reviewed\n'));
    const strict = project.build();
    expect(strict.status).not.toBe(0);
    expect(strict.output).toContain('content/articles/wire-dateline-byline.txt:27:');
    expect(strict.output).toMatch(/The number "7,939" in p-8 \(.*\) is in no claim's quote\./);
  });
});
