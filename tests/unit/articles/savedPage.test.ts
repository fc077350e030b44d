/**
 * Saved web pages: the page's metadata and where each value came from, the blocks and their
 * numbers and paths, what is kept and what is removed, and the refusals (not an article, no
 * headline, charset, size, element count, depth).
 */
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../../src/lib/contentError.ts';
import { parseArticleFile } from '../../../src/lib/articles/parseArticleFile.ts';
import { parsePageDocument, estimateDepth, countStartTags } from '../../../src/lib/articles/pageDom.ts';
import { pageBlocks } from '../../../src/lib/articles/pageBlocks.ts';
import { readPageMetadata, stripSiteName } from '../../../src/lib/articles/pageMetadata.ts';
import { declaredCharset, parseSavedPage } from '../../../src/lib/articles/parseSavedPage.ts';
import { accountedLines } from '../../helpers/corpus.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const FILE = 'content/articles/page.html';

/** Three paragraphs of article text, enough for Readability and the word minimum. */
export const ARTICLE_TEXT = [
  'Kazakh President Kassym-Jomart Tokayev told a video summit of the Collective Security Treaty Organization on Monday that the unrest had been an attempted coup.',
  'Russian President Vladimir Putin told the same meeting that the alliance would not allow colour revolutions, and that the troops would leave once their mission was over.',
  'The health ministry said 164 people had been killed in the unrest, and the interior ministry said 7,939 people had been detained across the country.',
];
const body = ARTICLE_TEXT.map((p) => `<p>${p}</p>`).join('\n');

function page(head: string, main: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${extra}<main><article>${main}</article></main></body></html>`;
}

function problems(html: string | Uint8Array, titleOverride?: { text: string; reason: string }): string {
  try {
    parseSavedPage(typeof html === 'string' ? utf8(html) : html, { file: FILE, titleOverride });
    return 'accepted';
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem).join('\n');
    throw error;
  }
}

describe('page metadata, each value with its source', () => {
  const doc = (head: string, main = '<h1>The page heading</h1>') => parsePageDocument(page(head, main));

  it('takes the headline from JSON-LD, then og:title, then the h1 above the text, then <title>', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD"}</script>';
    const og = '<meta property="og:title" content="From Open Graph">';
    const title = '<title>From the title | Site</title>';
    expect(readPageMetadata(doc(ld + og + title), 'The page heading').headline).toEqual({ value: 'From JSON-LD', source: 'json-ld' });
    expect(readPageMetadata(doc(og + title), 'The page heading').headline).toEqual({ value: 'From Open Graph', source: 'og' });
    expect(readPageMetadata(doc(title), 'The page heading').headline).toEqual({ value: 'The page heading', source: 'h1' });
    expect(readPageMetadata(doc(title), null).headline).toEqual({ value: 'From the title', source: 'title' });
  });

  it('reads JSON-LD inside @graph and lists, and skips a broken blob', () => {
    const head =
      '<script type="application/ld+json">{ broken </script>' +
      '<script type="application/ld+json">[{"@type":"WebSite","name":"x"},{"@graph":[{"@type":["ReportageNewsArticle"],"headline":"H","author":[{"name":"Ann Lee"},"Bo Chen"],"datePublished":"2022-01-10","publisher":{"name":"Wire"},"inLanguage":"ru","url":"https://wire.example/a"}]}]</script>';
    expect(readPageMetadata(doc(head), null)).toEqual({
      headline: { value: 'H', source: 'json-ld' },
      byline: { value: 'Ann Lee, Bo Chen', source: 'json-ld' },
      published: { value: '2022-01-10', source: 'json-ld' },
      siteName: { value: 'Wire', source: 'json-ld' },
      canonicalUrl: { value: 'https://wire.example/a', source: 'json-ld' },
      language: { value: 'en', source: 'html-lang' },
    });
  });

  it('keeps only http(s) URLs, ISO dates and BCP 47 languages', () => {
    const head =
      '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x">' +
      '<meta property="article:published_time" content="yesterday"><meta name="date" content="2022-01-10T18:00:00+06:00">';
    const metadata = readPageMetadata(parsePageDocument(`<html lang="not a language"><head>${head}</head><body></body></html>`), null);
    expect(metadata.canonicalUrl).toBeNull();
    expect(metadata.published).toEqual({ value: '2022-01-10T18:00:00+06:00', source: 'meta' });
    expect(metadata.language).toBeNull();
  });

  it('finds the innermost byline element and drops its "By"', () => {
    const metadata = readPageMetadata(doc('', '<div class="byline-block"><span class="byline">By Anna Kovacs</span> <span>Correspondent</span></div>'), null);
    expect(metadata.byline).toEqual({ value: 'Anna Kovacs', source: 'page' });
  });

  it('strips the site name from a title, and only a short last part when the name is unknown', () => {
    expect(stripSiteName('Kazakh leader speaks - North Sea News', 'North Sea News')).toBe('Kazakh leader speaks');
    expect(stripSiteName('Wire :: Kazakh leader speaks', 'Wire')).toBe('Kazakh leader speaks');
    expect(stripSiteName('Kazakh leader speaks | Daily Portal', null)).toBe('Kazakh leader speaks');
    expect(stripSiteName('Putin - we will not allow revolutions', null)).toBe('Putin - we will not allow revolutions');
  });
});

describe('blocks: numbered in reading order, with a path, nothing lost', () => {
  const html = page(
    '<title>T</title><style>p{}</style>',
    '<header><h1>Kazakh leader speaks</h1><p class="standfirst">The summit in brief</p><p class="byline">By Ann Lee</p></header>' +
      body +
      '<figure><img src="x.jpg"><figcaption>Tokayev at the summit. Photo: Reuters</figcaption></figure>' +
      '<ul class="related"><li><a href="/a">Other story</a></li></ul>',
    '<nav><a href="/">Home</a></nav><div hidden>Secret offer</div>',
  );
  const { parsed, page: metadata } = parseSavedPage(utf8(html), { file: FILE });

  it('places the title, dek, paragraphs and each removed block', () => {
    expect(parsed.title).toEqual({ text: 'Kazakh leader speaks', line: 5, overrideReason: null });
    expect(metadata.headline?.source).toBe('h1');
    expect(parsed.dek).toEqual([{ line: 6, text: 'The summit in brief' }]);
    expect(parsed.sections).toEqual([
      { id: 'intro', heading: null, paragraphs: ARTICLE_TEXT.map((text, i) => ({ line: 8 + i, text, id: `p-${i + 1}` })) },
    ]);
    expect(parsed.removed.map(({ line, text, rule, path }) => ({ line, text, rule, path }))).toEqual([
      { line: 1, text: 'T', rule: 'page-metadata', path: 'html > head > title' },
      { line: 2, text: '<style>, 3 characters', rule: 'page-not-text', path: 'html > head > style' },
      { line: 3, text: 'Home', rule: 'page-navigation', path: 'html > body > nav' },
      { line: 4, text: 'Secret offer', rule: 'page-hidden', path: 'html > body > div' },
      { line: 7, text: 'By Ann Lee', rule: 'page-metadata', path: 'html > body > main > article > header > p.byline[2]' },
      { line: 11, text: 'Tokayev at the summit. Photo: Reuters', rule: 'page-caption', path: 'html > body > main > article > figure > figcaption' },
      { line: 12, text: 'Other story', rule: 'page-related', path: 'html > body > main > article > ul.related > li' },
    ]);
  });

  it('accounts for every block exactly once', () => {
    const blocks = pageBlocks(parsePageDocument(html), FILE);
    expect(accountedLines(parsed).map((row) => row.line)).toEqual(blocks.map((block) => block.number));
  });

  it('passes no markup, script or URL through: only the blocks’ text', () => {
    const hostile = page(
      '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><script>alert("head")</script>',
      `<h1 onclick="alert(2)">Headline <img src=x onerror="alert(3)"></h1>${body}<p><a href="javascript:alert(4)">a link</a> in text and <iframe src="data:text/html,<script>alert(5)</script>"></iframe> more words to make it a sentence.</p>`,
      '<template><p>template text</p></template><noscript><p>no script</p></noscript>',
    );
    const out = JSON.stringify(parseSavedPage(utf8(hostile), { file: FILE }));
    for (const bad of ['alert', 'javascript:', 'data:', 'evil.example', 'onerror', 'onclick', '<img', '<iframe', 'template text', 'refresh']) {
      expect(out, bad).not.toContain(bad);
    }
    expect(out).toContain('a link in text and more words to make it a sentence.');
  });

  it('decodes entities and collapses white space as a browser shows it', () => {
    const { parsed: p } = parseSavedPage(utf8(page('', `<h1>A &amp; B &#8211; C</h1>${body}<p>Tab\tand\n  newline &lt;b&gt; and&nbsp;no-break, all in one sentence here.</p>`)), { file: FILE });
    expect(p.title.text).toBe('A & B – C');
    expect(p.sections[0]?.paragraphs.at(-1)?.text).toBe('Tab and newline <b> and\u00a0no-break, all in one sentence here.');
  });

  it('reads malformed HTML as a browser does: implied end tags, no <html> or <body>', () => {
    const sloppy = `<title>Sloppy</title><h1>Kazakh leader speaks</h1>${ARTICLE_TEXT.map((p) => `<p>${p}`).join('')}<div>Unclosed`;
    const { parsed: p } = parseSavedPage(utf8(sloppy), { file: FILE });
    expect(p.sections.flatMap((s) => s.paragraphs.map((para) => para.text))).toEqual(ARTICLE_TEXT);
  });

  it('is a text file’s shape: parseArticleFile dispatches on the extension', () => {
    expect(parseArticleFile(utf8(html), { file: FILE }).page?.headline?.value).toBe('Kazakh leader speaks');
    expect(parseArticleFile(utf8('A headline\n\nText.\n'), { file: 'x.txt' }).page).toBeNull();
  });
});

describe('refusals', () => {
  it('a page with no readable article body: "not an article", with what was found', () => {
    const nav = page('<title>Front page</title>', '', `<nav>${'<a href="/x">Section</a> '.repeat(20)}</nav><footer><p>© Site</p></footer>`);
    expect(problems(nav)).toMatch(
      /^content\/articles\/page\.html: The page is not an article: Readability found no readable article body \(0 paragraphs, 0 words; an article has at least 50\)\. The page has 3 text blocks \(\d+ page-[a-z-]+.*\); the longest is block \d+ \(.*\)\.\n {2}→ Save the article page itself/u,
    );
  });

  it('a page with no headline anywhere, unless the editors give one', () => {
    const html = `<!doctype html><html><body><main><article>${body}</article></main></body></html>`;
    expect(problems(html)).toBe(
      `${FILE}: The page has no headline: no JSON-LD headline, og:title, <h1> above the text or <title>.\n  → Give this file an overrides.title (text and reason) in content/articles/articles.yaml.`,
    );
    expect(problems(html, { text: 'Editors’ title', reason: 'The page has no headline of its own.' })).toBe('accepted');
  });

  it('invalid UTF-8 under another declared charset: the conversion to run', () => {
    const bytes = new Uint8Array([...utf8('<meta charset="windows-1251"><title>Caf'), 0xe9, ...utf8('</title>')]);
    expect(declaredCharset(bytes)).toBe('windows-1251');
    expect(problems(bytes)).toBe(
      `${FILE}:1 (byte 39): The file is not valid UTF-8: byte 0xe9 at offset 39 cannot be decoded. The page declares charset windows-1251; saved pages are read as UTF-8.\n  → Convert it (for example \`iconv -f WINDOWS-1251 -t UTF-8\`), then check the text against the source page.`,
    );
  });

  it('a wrong charset declaration on valid UTF-8 is read as UTF-8', () => {
    const { parsed } = parseSavedPage(utf8(page('<meta charset="iso-8859-1">', `<h1>Қазақстан café</h1>${body}`)), { file: FILE });
    expect(parsed.title.text).toBe('Қазақстан café');
  });

  it('over 4 MB, over 30,000 elements, deeper than 200: refused before parsing', () => {
    expect(problems(page('', `<h1>Big</h1><p>${'word '.repeat(900_000)}</p>`))).toMatch(/^content\/articles\/page\.html: The file is 4\.3 MB; an article file may be at most 4 MB\./u);
    expect(problems(`<title>Many</title>${'<b>x</b>'.repeat(30_001)}`)).toMatch(/The page has 30,002 start tags; a saved page may have at most 30,000 elements\./u);
    expect(problems(`<title>Deep</title>${'<div>'.repeat(201)}text`)).toMatch(/The page nests elements about 201 deep; a saved page may nest at most 200 deep/u);
  });

  it('estimates depth from the tags: void elements, optional end tags, comments and raw text do not nest', () => {
    expect(estimateDepth('<div><p>a<p>b<li>c<br><img src=x><input/></div>')).toBe(1);
    expect(estimateDepth('<div><span><b>x</b></span></div><div></div>')).toBe(3);
    expect(estimateDepth(`<!-- ${'<div>'.repeat(500)} --><script>${'<div>'.repeat(500)}</script><div></div>`)).toBe(1);
    expect(countStartTags('<a><b></b><!-- <c> --> 1 < 2 </a>')).toBe(3);
  });
});
