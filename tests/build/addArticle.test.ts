/**
 * `npm run add-article` end to end, in a temporary copy of the project: a site fixture is added
 * as a draft, the refusals are clear, the suggestions file is valid, one suggestion is accepted
 * as an editor would, the site builds with the draft shown and marked wherever it is named, and
 * marking it reviewed makes the strict checks fail the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { mentionSchema } from '../../src/lib/claims/claimsData.ts';
import { locateQuote } from '../../src/lib/claims/locateQuote.ts';
import { parseArticle } from '../../src/lib/articles/parseArticle.ts';
import { projectRoot, tempProject, type TempProject } from '../helpers/tempProject.ts';
import { axeProblems, htmlProblems } from '../helpers/builtPageChecks.ts';

const fixture = path.join(projectRoot, 'tests/fixtures/sites/wire-dateline-byline.txt');
const SLUG = 'kazakh-leader-says-coup-attempt-defeated-putin-vows';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let project: TempProject;
let added: { status: number | null; stdout: string; stderr: string };
let build: { status: number | null; output: string };
const built = (file: string) => readFileSync(path.join(project.dir, 'dist', file), 'utf8');
const suggestionsPath = () => path.join(project.dir, `content/claims/_suggestions/${SLUG}.yaml`);

/** What an editor does with one suggestion: copy its mention into the claim's mentions. */
function acceptSuggestion(claim: string, claimsFile: string): void {
  const suggestions = parse(readFileSync(suggestionsPath(), 'utf8')) as { claims: Array<{ claim: string; sentences: Array<{ mention: unknown }> }> };
  const mention = suggestions.claims.find((c) => c.claim === claim)?.sentences[0]?.mention;
  if (!mention) throw new Error(`no suggestion for ${claim}`);
  project.edit(claimsFile, (text) => {
    const doc = parseDocument(text);
    const claims = doc.get('claims') as YAMLSeq<YAMLMap>;
    const target = claims.items.find((item) => item.get('id') === claim);
    (target?.get('mentions') as YAMLSeq).add(doc.createNode(mention));
    return doc.toString();
  });
}

beforeAll(() => {
  project = tempProject();
  added = project.run('add-article', [fixture]);
  acceptSuggestion('detentions-total', 'content/claims/detentions.yaml');
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
    const file = suggestionsPath();
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
    const passages = parseArticle(readFileSync(fixture, 'utf8'), { file: 'wire-dateline-byline.txt' }).sections.flatMap((s) => s.paragraphs);
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
    expect(again.stderr).toContain(`add-article: The file is already present: content/articles/wire-dateline-byline.txt has the same bytes (slug ${SLUG}).`);

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
    expect(none.stderr).toContain('Usage: npm run add-article -- <raw.txt | page.html>');

    const typo = project.run('add-article', [other, '--titel', 'x']);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toMatch(/^add-article: Unknown option '--titel'/u);
    expect(typo.stderr).not.toMatch(/\n\s+at /u);

    const language = project.run('add-article', [other, '--language', 'EN']);
    expect(language.stderr).toContain('add-article: The language "EN" is not a BCP 47 tag.');

    const title = project.run('add-article', [other, '--title', 'Another title']);
    expect(title.status).toBe(1);
    expect(title.stderr).toContain('add-article: The file has a headline of its own (line 1:');

    project.write('empty.txt', '\n  \n');
    const empty = project.run('add-article', ['empty.txt']);
    expect(empty.stderr).toBe('add-article: The file has no article text: every line is blank or site chrome.\n  → Check that this is the article text; nothing was added.\n');

    project.write('headline-only.txt', 'Only a headline here\n');
    const headlineOnly = project.run('add-article', ['headline-only.txt']);
    expect(headlineOnly.stderr).toContain('add-article: The file has a headline ("Only a headline here") but no paragraph of text.');

    project.write('no-headline.txt', 'This first line reads like a paragraph, with a comma, and it ends with a full stop.\n\nMore text.\n');
    const noHeadline = project.run('add-article', ['no-headline.txt']);
    expect(noHeadline.stderr).toMatch(/^add-article: Line 1: The file has no headline: .*\n {2}→ If the file really has no headline, give one with --title "…"\.\n$/u);

    // Nothing was written by a refusal.
    const entries = parse(readFileSync(path.join(project.dir, 'content/articles/articles.yaml'), 'utf8')) as unknown[];
    expect(entries).toHaveLength(6);
    for (const file of ['ad-breaks.txt', 'empty.txt', 'headline-only.txt', 'no-headline.txt']) {
      expect(existsSync(path.join(project.dir, 'content/articles', file)), file).toBe(false);
    }
  }, 180_000);

  it('gives a title to a file without a headline, and registers a file already copied in by hand', () => {
    const titled = project.run('add-article', ['no-headline.txt', '--title', 'Kazakhstan after the unrest']);
    expect(titled.stderr).toBe('');
    expect(titled.stdout).toContain('Title: Kazakhstan after the unrest (given with --title)');
    expect(titled.stdout).toContain('as draft "kazakhstan-after-the-unrest"');

    const handCopied = path.join(projectRoot, 'tests/fixtures/sites/ad-breaks.txt');
    project.write('content/articles/ad-breaks.txt', readFileSync(handCopied));
    const registered = project.run('add-article', [handCopied]);
    expect(registered.stderr).toBe('');
    expect(registered.stdout).toMatch(/^Registered content\/articles\/ad-breaks\.txt, already in content\/articles without metadata/u);
    const entries = parse(readFileSync(path.join(project.dir, 'content/articles/articles.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    expect(entries.slice(-2)).toEqual([
      expect.objectContaining({ file: 'no-headline.txt', overrides: { title: expect.objectContaining({ text: 'Kazakhstan after the unrest' }) } }),
      expect.objectContaining({ file: 'ad-breaks.txt', status: 'draft' }),
    ]);
  });
});

describe('add-article on a file with kept lines that look like chrome', () => {
  it('lists each with its reasons, and takes --slug', () => {
    project.write(
      'suspect.txt',
      // Lines no rule removes ("www.example.com/live" and "CLICK HERE FOR LIVE UPDATES", used before,
      // are now removed as a bare link and a "click here" label).
      'Troops leave Almaty as curfew ends\n\nThe last CSTO units left Almaty on Thursday, officials said.\n\nFull coverage at www.example.com/live.\n\n' +
        'FOLLOW OUR LIVE COVERAGE »\n\nThe curfew was lifted at midnight, the mayor’s office said.\n',
    );
    const result = project.run('add-article', ['suspect.txt', '--slug', 'troops-leave-almaty']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('as draft "troops-leave-almaty"');
    expect(result.stdout).toContain('Kept lines that look like site chrome (2;');
    expect(result.stdout).toContain('line 5  [looks like a link, menu or call to action]  Full coverage at www.example.com/live.');
    expect(result.stdout).toContain('line 7  [looks like a link, menu or call to action; all in capitals]  FOLLOW OUR LIVE COVERAGE »');
  });
});

describe('a draft in the build', () => {
  it('builds, with the draft page marked and kept out of search engines', () => {
    expect(build.status, build.output).toBe(0);
    const page = built(`articles/${SLUG}/index.html`);
    expect(page).toContain('<strong>Draft: not yet reviewed.</strong>');
    expect(page).toContain('<meta name="robots" content="noindex">');
    // Eight numbers in digits, one of them (7,939) now quoted in the accepted claim.
    expect(page).toContain(`7 figures in it are in no claim yet: <a href="/report/#draft-${SLUG}">see the editorial report</a>`);
    expect(page).toContain('Reported elsewhere, not yet found here (');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/su.exec(page)?.[1] ?? '{}') as Record<string, unknown>;
    expect(jsonLd['headline']).toBe("Kazakh leader says coup attempt defeated; Putin vows no 'colour revolutions'");
    expect(jsonLd).not.toHaveProperty('publisher');
    const sitemap = built('sitemap-0.xml');
    expect(sitemap).toContain('/articles/sputnik-copy-blog-repost/');
    expect(sitemap).not.toContain(SLUG);
  });

  it('marks the draft in lists: the event page, the home page and the tables that name it', () => {
    // The event's page is what the home page was before events; the home page lists the events.
    const eventPage = built('events/csto-summit-kazakhstan-2022/index.html');
    expect(eventPage).toContain('<p class="draft-badge">Draft: not yet reviewed</p>');
    expect(eventPage).toContain('6 articles (1 draft) from 6 outlets');
    expect(eventPage).toContain('Kazakh leader says coup… (draft)');
    expect(built('index.html')).toContain('6 articles (1 draft) from 6 outlets');
    expect(built('compare/index.html')).toContain('Kazakh leader says coup… (draft)');
    expect(built('search-index.json')).toContain('unattributed (draft: not yet reviewed)');
  });

  it('with an accepted suggestion: the claim page names the draft, claims it was not checked for say so, the exports carry its status', () => {
    const accepted = built('claims/detentions-total/index.html');
    expect(accepted).toContain('Kazakh leader says coup… (draft)');
    expect(accepted).toContain('The interior ministry said 7,939 people had been detained across the country.');
    const other = built('claims/deaths-nationwide/index.html');
    expect(other).toMatch(/<strong>Not yet reviewed for this claim:<\/strong> <a href="\/articles\/kazakh-leader[^"]*\/">Kazakh leader says coup… \(draft\)<\/a>/u);
    expect(other).not.toMatch(/Not reported by:<\/strong>[^<]*(?:<a [^>]*>[^<]*<\/a>,? ?)*<a href="\/articles\/kazakh-leader/u);
    // In the matrix, the draft's cell of a claim it has no mention of is not "Not reported".
    const matrix = built('compare/index.html');
    expect(matrix).toMatch(/data-label="Kazakh leader says coup… \(draft\)"><span class="status status-not-reported">Not yet reviewed<\/span>/u);
    expect(matrix).not.toMatch(/data-label="Kazakh leader says coup… \(draft\)"><span class="status status-not-reported">Not reported</u);
    const csv = built('claims.csv');
    expect(csv).toMatch(new RegExp(`^detentions-total,.*,${SLUG},unattributed,draft,yes,`, 'mu'));
    const json = JSON.parse(built('claims.json')) as { articles: Array<{ id: string; status: string }> };
    expect(json.articles.find((a) => a.id === SLUG)?.status).toBe('draft');
  });

  it('lists the draft’s uncovered figures in the editorial report', () => {
    const report = built('report/index.html');
    expect(report).toContain(`<h3 id="draft-${SLUG}">`);
    for (const number of ['2,030', '164', '250']) expect(report).toContain(`<strong>${number}</strong>`);
    // Quoted in the accepted suggestion, 7,939 is covered.
    expect(report).not.toContain('<strong>7,939</strong>');
    expect(report).toContain(`href="/articles/${SLUG}/#p-8"`);
  });

  it('the draft page, the report and the home page are valid HTML with no axe-core violation, light and dark', async () => {
    const urls = [`/articles/${SLUG}/`, '/report/', '/'];
    const dist = path.join(project.dir, 'dist');
    expect(await htmlProblems(dist, urls)).toEqual([]);
    expect(await axeProblems(dist, urls)).toEqual([]);
  }, 120_000);

  it('marked reviewed, the same article fails the build on its uncovered figures', () => {
    project.edit('content/articles/articles.yaml', (text) => text.replace(/status: draft\n/u, 'status: reviewed\n'));
    const strict = project.build();
    expect(strict.status).not.toBe(0);
    expect(strict.output).toContain('content/articles/wire-dateline-byline.txt:27:');
    expect(strict.output).toMatch(/The number "164" in p-8 \(.*\) is in no claim's quote\./);
    expect(strict.output).not.toContain('The number "7,939"');
  });

  it('a suggestions file moved in among the claims stops the build with what it is', () => {
    project.write('content/claims/suggested.yaml', readFileSync(suggestionsPath()));
    const moved = project.build();
    expect(moved.status).not.toBe(0);
    expect(moved.output).toContain('content/claims/suggested.yaml: This is a claim-suggestions file written by npm run add-article, not a claims file.');
    project.remove('content/claims/suggested.yaml');
  });
});
