/**
 * pageDom: a saved web page's HTML → a DOM Document, with the work bounded before any parser runs.
 *
 * Three ways to get a server-side DOM, measured by `npm run bench:html` on the labelled pages:
 * - `linkedom`: a light DOM over htmlparser2. Fast, but not the browser's parse: a page that leaves
 *   out the optional `<html>`, `<head>` or `<body>` tags (valid HTML) comes out with its elements
 *   beside the document element, and the text is lost.
 * - `jsdom`: the WHATWG parser (parse5) and a full DOM with a window. The browser's tree, five to
 *   ten times slower, and slowest on deep nesting.
 * - `parse5-linkedom` (used): parse5 builds the browser's tree and writes it back as explicit,
 *   well-formed HTML, which linkedom then reads: the browser's tree at linkedom's speed.
 * None runs a script or fetches anything: jsdom is created without `runScripts` or `resources`,
 * parse5 and linkedom have no script engine.
 */
import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { ContentError } from '../contentError.ts';

export type PageDomEngine = 'linkedom' | 'jsdom' | 'parse5-linkedom';

/** The DOM the loader and add-article use (chosen by `npm run bench:html`; README says why). */
export const PAGE_DOM_ENGINE: PageDomEngine = 'parse5-linkedom';

/**
 * A page with more start tags than this is refused before it is parsed: a news page has 1,000 to
 * 15,000 elements; hundreds of thousands mean a generated or hostile file.
 */
export const MAX_PAGE_ELEMENTS = 30_000;

/** Elements nested deeper than this are refused (real pages nest 20 to 40 deep). */
export const MAX_PAGE_DEPTH = 200;

/** Start tags in the raw text: an upper bound of the elements a parser will build. */
export function countStartTags(html: string): number {
  let count = 0;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    const next = html.charCodeAt(i + 1);
    // A-Z or a-z: a start tag (end tags, comments and doctypes start with / or !).
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) count += 1;
  }
  return count;
}

/** Elements that never hold others, and those whose end tag may be left out (a parser closes them). */
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr param keygen p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp html head body'.split(' '),
);
/** Elements whose content is raw text: a `<` inside them starts no tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);

/**
 * How deep the page nests, estimated from its tags in one linear scan before any parser runs:
 * start tags open, end tags close, elements that cannot nest (void, or with an optional end tag)
 * are not counted, comments and raw text are skipped. A parser nests unclosed `<div>`s just as
 * deep, so the estimate refuses what the parse would build; the walk over the DOM checks again.
 */
export function estimateDepth(html: string): number {
  let depth = 0;
  let max = 0;
  const lower = html.toLowerCase();
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>|<!--/gu;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', tag.lastIndex);
      tag.lastIndex = end === -1 ? html.length : end + 3;
      continue;
    }
    const name = (match[2] as string).toLowerCase();
    if (match[1] === '/') {
      if (!NOT_NESTING.has(name)) depth = Math.max(0, depth - 1);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, tag.lastIndex);
      tag.lastIndex = end === -1 ? html.length : end;
      continue;
    }
    if (NOT_NESTING.has(name) || match[3] === '/') continue;
    depth += 1;
    if (depth > max) max = depth;
  }
  return max;
}

/**
 * Refuses, in linear scans before any parser runs, a page with more start tags than
 * MAX_PAGE_ELEMENTS or nested deeper than MAX_PAGE_DEPTH (parsers and DOMs slow down on deep
 * nesting, and jsdom overflows its stack at about 29,000 levels).
 */
export function checkPageSize(file: string, html: string): void {
  const tags = countStartTags(html);
  if (tags > MAX_PAGE_ELEMENTS) {
    throw new ContentError({
      file,
      message: `The page has ${tags.toLocaleString('en')} start tags; a saved page may have at most ${MAX_PAGE_ELEMENTS.toLocaleString('en')} elements.`,
      hint: 'Save the article page itself (File › Save Page As, "Web Page, HTML only"), not a listing, an archive or generated markup.',
    });
  }
  const depth = estimateDepth(html);
  if (depth > MAX_PAGE_DEPTH) {
    throw new ContentError({
      file,
      message: `The page nests elements about ${depth.toLocaleString('en')} deep; a saved page may nest at most ${MAX_PAGE_DEPTH} deep (real pages nest 20 to 40 deep).`,
      hint: 'Save the article page itself; a page nested this deep is generated or hostile markup.',
    });
  }
}

/** Parses the page with the given engine. Call checkPageSize first. */
export function parsePageDocument(html: string, engine: PageDomEngine = PAGE_DOM_ENGINE): Document {
  if (engine === 'jsdom') {
    // Loaded only when asked for (the bench): jsdom alone takes longer to load than a page to read.
    const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as typeof Jsdom;
    // A silent console: jsdom reports unparsable page CSS there, which is the page's business.
    return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  }
  const source = engine === 'parse5-linkedom' ? serialize(parse(html)) : html;
  return parseHTML(source).document as unknown as Document;
}
