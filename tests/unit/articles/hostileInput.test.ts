/**
 * Every kind of hostile or broken article input, with the decision for it: accepted (and every
 * non-blank line accounted for) or rejected with one clear message naming the file and place.
 * The README's "Input handling" table is this list.
 */
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../../src/lib/contentError.ts';
import { decodeArticleText } from '../../../src/lib/articles/decodeArticleSource.ts';
import { parseArticle } from '../../../src/lib/articles/parseArticle.ts';
import { parseArticleMetadata } from '../../../src/lib/articles/articleMetadata.ts';
import { parseArticleFile } from '../../../src/lib/articles/parseArticleFile.ts';
import { pageBlocks } from '../../../src/lib/articles/pageBlocks.ts';
import { parsePageDocument } from '../../../src/lib/articles/pageDom.ts';
import { accountedLines, nonBlankLines } from '../../helpers/corpus.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const FILE = 'content/articles/x.txt';
const body = 'A headline\n\nFirst paragraph.\n\nSecond paragraph.\n';

interface FileCase {
  name: string;
  bytes: Uint8Array;
  titleOverride?: { text: string; reason: string };
  /** Expected error (formatted), or undefined when accepted. */
  rejected?: string;
}

const fileCases: FileCase[] = [
  { name: 'UTF-8 without BOM', bytes: utf8(body) },
  { name: 'UTF-8 with BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(body)]) },
  { name: 'CRLF line endings', bytes: utf8(body.replace(/\n/g, '\r\n')) },
  { name: 'lone CR line endings', bytes: utf8(body.replace(/\n/g, '\r')) },
  {
    name: 'invalid UTF-8 byte',
    bytes: new Uint8Array([...utf8('A headline\n\nCaf'), 0xe9, ...utf8(' au lait.\n')]),
    rejected: `${FILE}:3 (byte 15): The file is not valid UTF-8: byte 0xe9 at offset 15 cannot be decoded.\n  → Re-save the file as UTF-8 (for example \`iconv -f WINDOWS-1252 -t UTF-8\`), then check the text against the source page.`,
  },
  {
    name: 'NUL character',
    bytes: utf8('A headline\n\nText\u0000 with NUL.\n'),
    rejected: `${FILE}:3: Control character U+0000 at line 3, column 5: it is not text (the file may be corrupted or binary).\n  → Remove the character, then compare the text with the source page.`,
  },
  {
    name: 'other control character (ESC)',
    bytes: utf8('A headline\n\nText \u001b[31m red.\n'),
    rejected: `${FILE}:3: Control character U+001B at line 3, column 6: it is not text (the file may be corrupted or binary).\n  → Remove the character, then compare the text with the source page.`,
  },
  { name: 'tab characters', bytes: utf8('A headline\n\nCol\tumn\ttext.\n') },
  { name: 'zero-width characters', bytes: utf8('A headline\n\nZero\u200bwidth\u200d joiner\u200c.\n') },
  { name: 'bidi control characters', bytes: utf8('A headline\n\nOverride \u202etxet\u202c and isolate \u2067نص\u2069.\n') },
  { name: 'right-to-left script', bytes: utf8('عنوان الخبر\n\nمرحبا بالعالم، هذا نص تجريبي.\n\nשלום עולם.\n') },
  { name: 'emoji', bytes: utf8('Headline 🎉\n\nFamily 👩‍👩‍👧 and flag 🇰🇿.\n') },
  { name: 'combining marks', bytes: utf8('Cafe\u0301 headline\n\nNai\u0308ve re\u0301sume\u0301.\n') },
  {
    name: 'empty file',
    bytes: utf8(''),
    rejected: `${FILE}: The file has no article text: every line is blank or site chrome.\n  → Check that the right file was saved; remove it and its metadata entry if it holds no article.`,
  },
  {
    name: 'whitespace only',
    bytes: utf8('  \n\t\n\u00a0\n\n'),
    rejected: `${FILE}: The file has no article text: every line is blank or site chrome.\n  → Check that the right file was saved; remove it and its metadata entry if it holds no article.`,
  },
  {
    name: 'only boilerplate',
    bytes: utf8('Leave a Reply\n\nRead More »\n\nExit mobile version\n'),
    rejected: `${FILE}: The file has no article text: every line is blank or site chrome.\n  → Check that the right file was saved; remove it and its metadata entry if it holds no article.`,
  },
  { name: 'one enormous line (with a headline)', bytes: utf8(`A headline\n\n${'word '.repeat(100_000)}end.\n`) },
  {
    name: 'one enormous line (no headline)',
    bytes: utf8(`${'word '.repeat(100_000)}end.\n`),
    rejected: `${FILE}:1: The file has no headline: its first line of text reads as a paragraph ("${'word '.repeat(12)}…").\n  → Give this file an overrides.title (text and reason) in content/articles/articles.yaml.`,
  },
  {
    name: 'a file of 5 MB',
    bytes: utf8(`A headline\n\n${'0123456789 '.repeat(480_000)}\n`),
    rejected: `${FILE}: The file is 5.0 MB; an article file may be at most 2 MB.\n  → Check that this is one article and not a whole page dump or a binary file; split it or trim it to the article.`,
  },
  { name: 'no blank lines at all', bytes: utf8('A headline\nFirst paragraph.\nSecond paragraph.\nThird.') },
  {
    name: 'title-less file without an override',
    bytes: utf8('Sputnik\nThe copy starts with a sentence, as wire copy does.\nMore.\n'),
    rejected: `${FILE}:2: The file has no headline: its first line of text reads as a paragraph ("The copy starts with a sentence, as wire copy does.…").\n  → Give this file an overrides.title (text and reason) in content/articles/articles.yaml.`,
  },
  {
    name: 'title-less file with an override',
    bytes: utf8('Sputnik\nThe copy starts with a sentence, as wire copy does.\nMore.\n'),
    titleOverride: { text: 'Editors’ title', reason: 'The file has no headline of its own.' },
  },
  { name: '<script> and <img onerror>', bytes: utf8('<script>alert(1)</script> headline\n\nText <img src=x onerror=alert(2)> more.\n') },
  { name: 'javascript: and data: URLs', bytes: utf8('A headline\n\njavascript:alert(1) and data:text/html,<b>x</b>\n') },
  { name: 'Markdown link and image syntax', bytes: utf8('A headline\n\n[link](javascript:x) ![img](http://e/x.png) *em* _em_\n') },
  { name: 'HTML entities', bytes: utf8('A headline\n\n&lt;b&gt; &amp;amp; &#x3C;script&#x3E;\n') },
  { name: '{{ }} and { } template syntax', bytes: utf8('A headline {{ title }}\n\n{props.x} {{ constructor.constructor("x")() }} ${y}\n') },
  { name: '--- front matter look-alike at the top', bytes: utf8('---\ntitle: x\nlayout: y\n---\nA headline\n\nText.\n') },
];

function run(testCase: FileCase): string | undefined {
  try {
    const text = decodeArticleText(FILE, testCase.bytes);
    const parsed = parseArticle(text, { file: FILE, titleOverride: testCase.titleOverride });
    // Accepted: nothing is lost.
    expect(accountedLines(parsed)).toEqual(nonBlankLines(text).map(({ line, text: t }) => expect.objectContaining({ line, text: t })));
    return undefined;
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem).join('\n');
    throw error;
  }
}

describe('article file input: accepted with every line accounted for, or rejected with one message', () => {
  for (const testCase of fileCases) {
    it(`${testCase.name}: ${testCase.rejected ? 'rejected' : 'accepted'}`, () => {
      expect(run(testCase)).toBe(testCase.rejected);
    });
  }
});

/** Saved web pages (.html): the same table for markup. Text reaches the site; markup never does. */
const PAGE = 'content/articles/x.html';
const pageText = [
  'Kazakh President Kassym-Jomart Tokayev told a video summit of the Collective Security Treaty Organization on Monday that the unrest had been an attempted coup.',
  'Russian President Vladimir Putin told the same meeting that the alliance would not allow colour revolutions, and that the troops would leave once their mission was over.',
];
const article = (extra = '') => `<h1>A headline</h1>${pageText.map((p) => `<p>${p}</p>`).join('')}${extra}`;
const html = (head: string, main: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A headline</title>${head}</head><body><main><article>${main}</article></main></body></html>`;

interface PageCase {
  name: string;
  bytes: Uint8Array;
  /** Expected error (formatted, or a pattern), or undefined when accepted. */
  rejected?: string | RegExp;
  /** Strings of the page's markup that must not reach the parsed article. */
  absent?: string[];
  /** Text the parsed paragraphs must hold. */
  present?: string[];
}

const pageCases: PageCase[] = [
  {
    name: '<script>, <style>, <template>, <noscript>, <iframe>, <object>',
    bytes: utf8(html('<script>alert("s")</script><style>body{display:none}</style>', article('<template><p>tpl text</p></template><noscript><p>ns text</p></noscript><iframe src="https://evil.example/f"></iframe><object data="x.swf">obj text</object>'))),
    absent: ['alert', 'display:none', 'tpl text', 'ns text', 'evil.example', 'obj text'],
  },
  {
    name: 'on* handlers, javascript: and data: URLs',
    bytes: utf8(html('', article(`<p onclick="alert(1)">Text with <a href="javascript:alert(2)">a javascript link</a> and <img src="data:image/png;base64,AAAA" onerror="alert(3)"> an image, in a sentence.</p>`))),
    absent: ['alert', 'javascript:', 'data:', 'onclick', 'onerror', 'base64'],
    present: ['Text with a javascript link and an image, in a sentence.'],
  },
  {
    name: '<base> and <meta http-equiv="refresh">',
    bytes: utf8(html('<base href="https://evil.example/"><meta http-equiv="refresh" content="0; url=https://evil.example/r">', article())),
    absent: ['evil.example', 'refresh'],
  },
  {
    name: 'markup written as text (entities)',
    bytes: utf8(html('', article('<p>&lt;script&gt;alert(&quot;shown&quot;)&lt;/script&gt; &amp;amp; &#x3C;b&#x3E; is text, shown as written.</p>'))),
    present: ['<script>alert("shown")</script> &amp; <b> is text, shown as written.'],
  },
  {
    name: 'malformed HTML: no <html>, <head> or <body>, unclosed and misnested tags',
    bytes: utf8(`<title>A headline</title><h1>A headline</h1><p>${pageText[0]}<p><b><i>${pageText[1]}</b></i><div>unclosed`),
    present: pageText,
  },
  { name: 'a wrong charset declaration on valid UTF-8', bytes: utf8(html('<meta charset="windows-1251">', article('<p>Қазақстан, café and naïve text in one sentence.</p>'))) },
  {
    name: 'invalid UTF-8 under a declared charset',
    bytes: new Uint8Array([...utf8('<meta charset="windows-1251"><h1>Caf'), 0xe9, ...utf8('</h1>')]),
    rejected: `${PAGE}:1 (byte 36): The file is not valid UTF-8: byte 0xe9 at offset 36 cannot be decoded. The page declares charset windows-1251; saved pages are read as UTF-8.\n  → Convert it (for example \`iconv -f WINDOWS-1251 -t UTF-8\`), then check the text against the source page.`,
  },
  {
    name: 'NUL character in a page',
    bytes: utf8(html('', article('<p>Text\u0000 with NUL.</p>'))),
    rejected: /^content\/articles\/x\.html:1: Control character U\+0000 at line 1, column \d+/u,
  },
  {
    name: 'an empty page',
    bytes: utf8(''),
    rejected: `${PAGE}: The page has no headline: no JSON-LD headline, og:title, <h1> above the text or <title>.\n  → Give this file an overrides.title (text and reason) in content/articles/articles.yaml.`,
  },
  {
    name: 'a page that is not an article (navigation only)',
    bytes: utf8(html('', `<nav>${'<a href="/s">Section</a> '.repeat(30)}</nav>`)),
    rejected: /^content\/articles\/x\.html: The page is not an article: Readability found no readable article body/u,
  },
  {
    name: 'a page of 5 MB',
    bytes: utf8(html('', article(`<p>${'0123456789 '.repeat(480_000)}</p>`))),
    rejected: /^content\/articles\/x\.html: The file is 5\.0 MB; an article file may be at most 4 MB\./u,
  },
  {
    name: '100,000 elements',
    bytes: utf8(html('', article('<span>x</span>'.repeat(100_000)))),
    rejected: /^content\/articles\/x\.html: The page has 100,0\d\d start tags; a saved page may have at most 30,000 elements\./u,
  },
  {
    name: 'elements nested 20,000 deep',
    bytes: utf8(html('', article(`${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`))),
    rejected: /^content\/articles\/x\.html: The page nests elements about 20,00\d deep; a saved page may nest at most 200 deep/u,
  },
];

function runPage(testCase: PageCase): string | undefined {
  try {
    const { parsed } = parseArticleFile(testCase.bytes, { file: PAGE });
    // Accepted: every block of the page is accounted for, and only text came through.
    const blocks = pageBlocks(parsePageDocument(new TextDecoder().decode(testCase.bytes)), PAGE);
    expect(accountedLines(parsed).map((row) => row.line)).toEqual(blocks.map((block) => block.number));
    const out = JSON.stringify(parsed);
    for (const bad of testCase.absent ?? []) expect(out, bad).not.toContain(bad);
    const paragraphs = parsed.sections.flatMap((section) => section.paragraphs.map((p) => p.text));
    for (const text of testCase.present ?? []) expect(paragraphs).toContain(text);
    return undefined;
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem).join('\n');
    throw error;
  }
}

describe('saved web page input: accepted with only its text, or rejected with one message', () => {
  for (const testCase of pageCases) {
    it(`${testCase.name}: ${testCase.rejected ? 'rejected' : 'accepted'}`, () => {
      const result = runPage(testCase);
      if (testCase.rejected instanceof RegExp) expect(result).toMatch(testCase.rejected);
      else expect(result).toBe(testCase.rejected);
    });
  }
});

describe('metadata input', () => {
  const entry = (file: string, slug: string, extra = '') =>
    `- file: ${file}\n  slug: ${slug}\n  label: L\n  outlet: o\n  attribution: confirmed\n  foundAt: null\n  evidence: e\n  lineage: l\n${extra}`;
  const problems = (yaml: string, files: string[]) => {
    try {
      parseArticleMetadata(yaml, 'content/articles/articles.yaml', files);
      return [];
    } catch (error) {
      if (error instanceof ContentError) return error.problems.map(formatProblem);
      throw error;
    }
  };

  it('duplicate slugs: rejected', () => {
    expect(problems(entry('a.txt', 'same') + entry('b.txt', 'same'), ['a.txt', 'b.txt'])).toEqual([
      'content/articles/articles.yaml:9: [same] Duplicate slug "same" (first used at line 1).\n  → Give each article its own slug; never reuse a published one.',
    ]);
  });

  it('a metadata entry for a missing file: rejected', () => {
    expect(problems(entry('gone.txt', 'gone'), [])).toEqual([
      'content/articles/articles.yaml:1: [gone] The article file gone.txt does not exist.\n  → Add the raw file beside the metadata, or remove this entry.',
    ]);
  });

  it('a file without metadata: rejected', () => {
    expect(problems(entry('a.txt', 'a'), ['a.txt', 'new.txt'])).toEqual([
      'content/articles/articles.yaml: The article file new.txt has no metadata entry.\n  → Add an entry with file: new.txt, slug, outlet, attribution, foundAt, evidence and lineage.',
    ]);
  });

  it('a javascript: URL as foundAt: rejected', () => {
    const yaml = entry('a.txt', 'a').replace('foundAt: null', 'foundAt: "javascript:alert(1)"');
    expect(problems(yaml, ['a.txt'])).toEqual([
      'content/articles/articles.yaml:6: 0.foundAt: must be an http(s) URL, or null\n  → Fix this entry; the README lists the fields every article needs.',
    ]);
  });
});
