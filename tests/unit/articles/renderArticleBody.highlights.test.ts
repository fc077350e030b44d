import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleBodyHtml, type Highlight } from '../../../src/lib/articles/renderArticleBody.ts';
import type { Section } from '../../../src/lib/articles/parseArticle.ts';

const sectionsOf = (...texts: string[]): Section[] => [
  { id: 'intro', heading: null, paragraphs: texts.map((text, i) => ({ id: `p-${i + 1}`, line: i + 1, text })) },
];

const hl = (start: number, end: number, claim: string, number = 1, anchor = `q-${claim}`): Highlight => ({
  start,
  end,
  claim,
  number,
  anchor,
});

/** The HTML inside a paragraph's `.para-text` span. */
function paraText(html: string, id = 'p-1'): string {
  const match = new RegExp(`<p id="${id}" class="para">.*?<span class="para-text" dir="auto">(.*?)</span></p>`, 's').exec(html);
  if (!match) throw new Error(`no paragraph ${id} in ${html}`);
  return match[1] as string;
}

const decode = (html: string) =>
  html
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, '&');

/** The text a reader sees: tags stripped, entities decoded. */
const textContent = (html: string) => decode(html.replace(/<[^>]*>/gu, ''));

/** Checks that the tags are properly nested; returns the open/close sequence of `mark`s. */
function checkNesting(html: string): void {
  const stack: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z]+)[^>]*>/gu)) {
    if (close) expect(stack.pop()).toBe(name);
    else stack.push(name as string);
  }
  expect(stack).toEqual([]);
}

const render = (text: string, highlights: Highlight[]) =>
  paraText(articleBodyHtml(sectionsOf(text), new Map([['p-1', highlights]])));

describe('articleBodyHtml with highlights', () => {
  it('wraps a quote in a mark with its id and claim, ending in a link to the comparison row', () => {
    const text = 'He said 164 people had been killed on Sunday.';
    const start = text.indexOf('164');
    const end = text.indexOf(' on Sunday');
    const html = render(text, [hl(start, end, 'deaths-nationwide', 3)]);
    expect(html).toBe(
      'He said <mark class="quote" id="q-deaths-nationwide" data-claim="deaths-nationwide">164 people had been killed' +
        '<a class="quote-ref" href="#claim-deaths-nationwide" aria-label="Claim 3" data-n="3"></a></mark> on Sunday.',
    );
  });

  it('uses the highlight’s anchor as the id (a second quote of a claim: q-<id>-2)', () => {
    const html = render('one two', [hl(0, 3, 'c', 1, 'q-c'), hl(4, 7, 'c', 1, 'q-c-2')]);
    expect(html).toMatch(/^<mark class="quote" id="q-c" data-claim="c">one<a [^>]*><\/a><\/mark> <mark class="quote" id="q-c-2" data-claim="c">two<a /);
  });

  it('leaves a paragraph without highlights unmarked', () => {
    const html = articleBodyHtml(sectionsOf('Plain text.', 'Quoted text.'), new Map([['p-2', [hl(0, 6, 'x')]]]));
    expect(paraText(html, 'p-1')).toBe('Plain text.');
    expect(paraText(html, 'p-2')).toContain('<mark class="quote" id="q-x" data-claim="x">Quoted');
  });

  it('escapes the text outside and inside a highlight', () => {
    const text = 'a <b> & c said <script>alert(1)</script> "end"';
    const start = text.indexOf('<script>');
    const html = render(text, [hl(start, start + '<script>alert(1)</script>'.length, 'x')]);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(textContent(html)).toBe(text);
  });

  it('nests a highlight inside another', () => {
    const text = 'The minister said 164 people had been killed.';
    const outer = hl(0, text.length, 'outer', 1);
    const inner = hl(text.indexOf('164'), text.indexOf(' had'), 'inner', 2);
    const html = render(text, [inner, outer]);
    checkNesting(html);
    expect(html).toBe(
      '<mark class="quote" id="q-outer" data-claim="outer">The minister said ' +
        '<mark class="quote" id="q-inner" data-claim="inner">164 people' +
        '<a class="quote-ref" href="#claim-inner" aria-label="Claim 2" data-n="2"></a></mark>' +
        ' had been killed.' +
        '<a class="quote-ref" href="#claim-outer" aria-label="Claim 1" data-n="1"></a></mark>',
    );
  });

  it('splits a crossing highlight: the first piece carries the id, only the last piece the link', () => {
    const text = 'abcdefghij';
    const html = render(text, [hl(3, 9, 'b', 2), hl(0, 6, 'a', 1)]);
    checkNesting(html);
    expect(html).toBe(
      '<mark class="quote" id="q-a" data-claim="a">abc' +
        '<mark class="quote" id="q-b" data-claim="b">def</mark>' +
        '<a class="quote-ref" href="#claim-a" aria-label="Claim 1" data-n="1"></a></mark>' +
        '<mark class="quote" data-claim="b">ghi<a class="quote-ref" href="#claim-b" aria-label="Claim 2" data-n="2"></a></mark>' +
        'j',
    );
    expect(textContent(html)).toBe(text);
  });

  it('handles a chain of crossing quotes: each id once, each link once, text intact', () => {
    const text = 'one two three four five six seven';
    const highlights = [hl(0, 13, 'a', 1), hl(4, 18, 'b', 2), hl(8, 23, 'c', 3)];
    const html = render(text, highlights);
    checkNesting(html);
    expect(textContent(html)).toBe(text);
    for (const { claim } of highlights) {
      expect(html.match(new RegExp(` id="q-${claim}"`, 'gu'))).toHaveLength(1);
      expect(html.match(new RegExp(`href="#claim-${claim}"`, 'gu'))).toHaveLength(1);
    }
    // The id comes first, the link last, for each claim.
    for (const { claim } of highlights) {
      const firstMark = html.indexOf(`data-claim="${claim}"`);
      expect(html.indexOf(`id="q-${claim}"`)).toBeLessThan(firstMark);
      expect(html.lastIndexOf(`data-claim="${claim}"`)).toBeLessThan(html.indexOf(`href="#claim-${claim}"`));
    }
  });

  it('property: any set of highlights yields nested marks, one id and one link each, and the paragraph text exactly', () => {
    const text = 'On Sunday <the> ministry said “164” people & more had died.';
    const range = fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: text.length }))
      .map(([a, len]) => [a, Math.min(text.length, a + len)] as const);
    fc.assert(
      fc.property(fc.array(range, { minLength: 1, maxLength: 5 }), (ranges) => {
        const highlights = ranges.map(([start, end], i) => hl(start, end, `c${i}`, i + 1));
        const html = render(text, highlights);
        checkNesting(html);
        expect(textContent(html)).toBe(text);
        for (const { claim } of highlights) {
          expect(html.match(new RegExp(` id="q-${claim}"`, 'gu'))).toHaveLength(1);
          expect(html.match(new RegExp(`href="#claim-${claim}"`, 'gu'))).toHaveLength(1);
        }
        // The text inside all pieces of a quote, in order, is exactly the quote.
        for (const [i, [start, end]] of ranges.entries()) {
          expect(quotedText(html, `c${i}`)).toBe(text.slice(start, end));
        }
      }),
    );
  });
});

/** The text inside every `mark` piece of a claim, concatenated in document order. */
function quotedText(html: string, claim: string): string {
  let out = '';
  let depth = 0; // depth inside marks of `claim`
  const stack: boolean[] = [];
  for (const token of html.split(/(<[^>]*>)/u)) {
    if (token.startsWith('</')) {
      if (stack.pop()) depth -= 1;
    } else if (token.startsWith('<')) {
      const mine = token.startsWith('<mark') && token.includes(`data-claim="${claim}"`);
      stack.push(mine);
      if (mine) depth += 1;
    } else if (depth > 0) out += decode(token);
  }
  return out;
}
