/**
 * `npm run add-article` with a saved web page, end to end in a temporary copy of the project, and
 * the machine-readable preview (`--dry-run --json`): one JSON object, the same content as the
 * printed report, nothing written; a refusal is `{"error": …}` with a non-zero exit. Then the page
 * is added for real, kept byte for byte, and built: its article page shows the page's metadata
 * and the removed blocks with their places, is valid HTML and has no axe-core violation.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot, tempProject, type TempProject } from '../helpers/tempProject.ts';
import { axeProblems, htmlProblems } from '../helpers/builtPageChecks.ts';

const page = path.join(projectRoot, 'tests/fixtures/labelled/agency-jsonld.html');
const text = path.join(projectRoot, 'tests/fixtures/sites/wire-dateline-byline.txt');
const SLUG = 'putin-says-csto-troops-will-leave-kazakhstan-once';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let project: TempProject;
/** Every file of the copy's content/ folder with its hash: what "nothing written" compares. */
const contentState = () => {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(project.dir, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else files[rel] = sha256(readFileSync(path.join(project.dir, rel)));
    }
  };
  walk('content');
  return files;
};

interface Preview {
  slug: string;
  title: string | null;
  dek: string[];
  headings: string[];
  paragraphs: string[];
  removed: Array<{ text: string; rule: string; reason: string }>;
  suggestions: Array<{ claim: string; score: number }>;
  figures: Array<{ text: string; claim: string; relation: string }>;
}

beforeAll(() => {
  project = tempProject();
}, 60_000);

afterAll(() => project?.dispose());

describe('add-article --dry-run --json', () => {
  it('prints exactly one JSON object for a saved page, writes nothing, and says the same as the printed report', () => {
    const before = contentState();
    const json = project.run('add-article', [page, '--dry-run', '--json']);
    expect(json.stderr).toBe('');
    expect(json.status).toBe(0);
    const preview = JSON.parse(json.stdout) as Preview;
    expect(Object.keys(preview)).toEqual(['slug', 'title', 'dek', 'headings', 'paragraphs', 'removed', 'suggestions', 'figures']);
    expect(preview.slug).toBe(SLUG);
    expect(preview.title).toBe('Putin says CSTO troops will leave Kazakhstan once mission is done');
    expect(preview.paragraphs).toHaveLength(7);
    expect(preview.paragraphs[0]).toMatch(/^MOSCOW\/ALMATY, Jan 10 \(Steppe Wire\) - Russian President Vladimir Putin/u);
    expect(preview.removed).toContainEqual(expect.objectContaining({ text: 'Share on Facebook', rule: 'page-share' }));
    expect(preview.removed).toContainEqual(expect.objectContaining({ text: '<script>, 738 characters', rule: 'page-not-text' }));
    expect(preview.suggestions.map((s) => s.claim)).toContain('deaths-nationwide');
    for (const s of preview.suggestions) expect(s.score).toBeGreaterThan(0);
    expect(preview.figures).toContainEqual({ text: '164', claim: 'deaths-nationwide', relation: 'same' });
    for (const f of preview.figures) expect(['same', 'consistent', 'contradicts']).toContain(f.relation);
    expect(contentState()).toEqual(before);

    // The printed dry run: the same report object, rendered for reading.
    const printed = project.run('add-article', [page, '--dry-run']);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toMatch(/^Dry run: nothing was written\. content\/articles\/agency-jsonld\.html \(4,\d{3} bytes, sha256 [0-9a-f]{16}…\) would be added as draft "putin-says/u);
    expect(printed.stdout).toContain('  headline: Putin says CSTO troops will leave Kazakhstan once mission is done (from json-ld)');
    expect(printed.stdout).toContain('  byline: Marat Seitkali, Irina Volkova (from json-ld)');
    expect(printed.stdout).toContain('  published: 2022-01-10T14:05:00+00:00 (from json-ld)');
    const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
    for (const removed of preview.removed) expect(printed.stdout).toContain(`[${removed.rule}]  ${clip(removed.text, 100)}`);
    preview.paragraphs.forEach((paragraph, i) => expect(printed.stdout).toMatch(new RegExp(`p-${i + 1} \\(block \\d+\\)  ${RegExp.escape(clip(paragraph, 90))}`, 'u')));
    for (const { claim, score } of preview.suggestions) expect(printed.stdout).toContain(`${score.toFixed(2)}  ${claim}  `);
    for (const figure of preview.figures) expect(printed.stdout).toContain(`"${figure.text}" (`);
    expect(contentState()).toEqual(before);
  }, 120_000);

  it('works for a text file too', () => {
    const before = contentState();
    const json = project.run('add-article', [text, '--dry-run', '--json']);
    expect(json.status).toBe(0);
    const preview = JSON.parse(json.stdout) as Preview;
    expect(preview.title).toBe("Kazakh leader says coup attempt defeated; Putin vows no 'colour revolutions'");
    expect(preview.headings).toEqual(['A limited mission', 'Death toll']);
    expect(preview.removed).toContainEqual({ text: 'By Olga Petrova and James Hart', rule: 'byline', reason: expect.any(String) });
    expect(contentState()).toEqual(before);
  }, 60_000);

  it('refuses as {"error": …} with exit code 1, writing nothing', () => {
    const before = contentState();
    const missing = project.run('add-article', ['no/such/page.html', '--dry-run', '--json']);
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stdout)).toEqual({ error: expect.stringMatching(/^No such file: .*no\/such\/page\.html/u) });

    project.write('front-page.html', `<!doctype html><html><head><title>Front page</title></head><body><nav>${'<a href="/s">Section</a> '.repeat(30)}</nav></body></html>`);
    const notArticle = project.run('add-article', ['front-page.html', '--dry-run', '--json']);
    expect(notArticle.status).toBe(1);
    expect(notArticle.stdout.trim().split('\n')).toHaveLength(1);
    expect((JSON.parse(notArticle.stdout) as { error: string }).error).toMatch(/^The page is not an article: Readability found no readable article body/u);

    const typo = project.run('add-article', [page, '--dry-run', '--json', '--slgu', 'x']);
    expect(typo.status).toBe(1);
    expect((JSON.parse(typo.stdout) as { error: string }).error).toMatch(/^Unknown option '--slgu'/u);

    const jsonAlone = project.run('add-article', [page, '--json']);
    expect(jsonAlone.status).toBe(1);
    expect(JSON.parse(jsonAlone.stdout)).toEqual({ error: expect.stringMatching(/^--json is for the preview only\./u) });
    project.remove('front-page.html');
    expect(contentState()).toEqual(before);
  }, 60_000);
});

describe('add-article with a saved page, then the build', () => {
  let build: { status: number | null; output: string };
  const built = (file: string) => readFileSync(path.join(project.dir, 'dist', file), 'utf8');

  beforeAll(() => {
    const added = project.run('add-article', [page]);
    if (added.status !== 0) throw new Error(`add-article failed:\n${added.stdout}\n${added.stderr}`);
    build = project.build();
  }, 300_000);

  it('keeps the page byte for byte, with a draft entry in the page’s language', () => {
    const copy = readFileSync(path.join(project.dir, 'content/articles/agency-jsonld.html'));
    expect(sha256(copy)).toBe(sha256(readFileSync(page)));
    const entries = parse(readFileSync(path.join(project.dir, 'content/articles/articles.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    expect(entries.at(-1)).toMatchObject({ file: 'agency-jsonld.html', slug: SLUG, status: 'draft', language: 'en' });
    expect(existsSync(path.join(project.dir, `content/claims/_suggestions/${SLUG}.yaml`))).toBe(true);
  });

  it('builds; the article page shows the text and the removed blocks by rule, its source and cleaning page the page’s metadata and each block with its place, and no markup of the page', () => {
    expect(build.status, build.output).toBe(0);
    const html = built(`articles/${SLUG}/index.html`);
    expect(html).toContain('<h1');
    expect(html).toContain('Putin says CSTO troops will leave Kazakhstan once mission is done');
    expect(html).toContain('id="p-7"');
    // The article page counts the removed blocks by rule; their page lists each with its place.
    expect(html).toMatch(/<ul class="removed-by-rule"><li><code>[\w-]+<\/code>, \d+ blocks?: <a id="removed-line-(\d+)" href="[^"]*#removed-line-\1">/u);
    expect(html).toContain(`href="/articles/${SLUG}/cleaning/#removed-line-`);
    const cleaning = built(`articles/${SLUG}/cleaning/index.html`);
    // The page's metadata, each value with where it came from, is in the full source report.
    expect(cleaning).toContain('<dt>Saved web page</dt>');
    expect(cleaning).toMatch(/Byline: <span dir="auto">Marat Seitkali, Irina Volkova<\/span> \(from json-ld\)/u);
    expect(cleaning).toMatch(/Published: <span dir="auto">2022-01-10T14:05:00\+00:00<\/span> \(from json-ld\)/u);
    expect(cleaning).toContain('<th scope="col">Block</th>');
    expect(cleaning).toMatch(/<code class="block-path"[^>]*>html &gt; body\.article-page &gt; main\.content &gt; article\.story &gt; div\.share-bar\[2\] &gt; button\[1\]<\/code>/u);
    for (const page of [html, cleaning]) for (const markup of ['gtm.js', 'tags.example', 'application/ld+json">{\n  "@context"']) expect(page).not.toContain(markup);
  });

  it('the page is valid HTML with no axe-core violation, light and dark', async () => {
    const urls = [`/articles/${SLUG}/`, `/articles/${SLUG}/cleaning/`];
    const dist = path.join(project.dir, 'dist');
    expect(await htmlProblems(dist, urls)).toEqual([]);
    expect(await axeProblems(dist, urls)).toEqual([]);
  }, 120_000);
});
