/**
 * pageDom: a saved web page's HTML → a DOM Document, with the work bounded before any parser runs.
 *
 * Two server-side DOMs can read a page: linkedom (a light DOM over htmlparser2) and jsdom (the
 * WHATWG parser, parse5, with a full window). `npm run bench:html` measures both on the labelled
 * pages; the loader uses PAGE_DOM_ENGINE (README "Saved web pages" says why). Neither runs a
 * script or fetches anything: jsdom is created without `runScripts` or `resources`, linkedom has
 * no script engine.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { ContentError } from '../contentError.ts';

export type PageDomEngine = 'linkedom' | 'jsdom';

/** The DOM the loader and add-article use (chosen by `npm run bench:html`; README says why). */
export const PAGE_DOM_ENGINE: PageDomEngine = 'linkedom';

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

/** Refuses a page with more start tags than MAX_PAGE_ELEMENTS, in one linear scan. */
export function checkPageSize(file: string, html: string): void {
  const tags = countStartTags(html);
  if (tags > MAX_PAGE_ELEMENTS) {
    throw new ContentError({
      file,
      message: `The page has ${tags.toLocaleString('en')} start tags; a saved page may have at most ${MAX_PAGE_ELEMENTS.toLocaleString('en')} elements.`,
      hint: 'Save the article page itself (File › Save Page As, "Web Page, HTML only"), not a listing, an archive or generated markup.',
    });
  }
}

/** Parses the page with the given engine. Call checkPageSize first. */
export function parsePageDocument(html: string, engine: PageDomEngine = PAGE_DOM_ENGINE): Document {
  // A silent console: jsdom reports unparsable page CSS there, which is the page's business.
  if (engine === 'jsdom') return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  return parseHTML(html).document as unknown as Document;
}
