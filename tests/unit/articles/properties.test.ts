/**
 * Property-based tests (fast-check) for the parser and the quote locator, on arbitrary input.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ContentError } from '../../../src/lib/contentError.ts';
import { decodeArticleText } from '../../../src/lib/articles/decodeArticleSource.ts';
import { parseArticle, type ParsedArticle } from '../../../src/lib/articles/parseArticle.ts';
import { locateQuote } from '../../../src/lib/claims/locateQuote.ts';
import { accountedLines, nonBlankLines } from '../../helpers/corpus.ts';

const parse = (text: string): ParsedArticle | ContentError => {
  try {
    return parseArticle(text, { file: 'p.txt' });
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error; // anything else fails the property
  }
};

/** Article-like text: headline-ish, paragraphs, captions, chrome, blank lines, any Unicode. */
const line = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }) },
  { weight: 3, arbitrary: fc.lorem({ maxCount: 12, mode: 'sentences' }) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('Leave a Reply', 'Read More »', 'Caption here', 'A Short Subhead', '---', 'Sputnik', 'हिंदी मराठी') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
const separator = fc.constantFrom('\n', '\r\n', '\r');
const text = fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 30 }), separator)
  .map(([lines, sep]) => lines.join(sep));

describe('parser properties', () => {
  it('decoding arbitrary bytes throws nothing but ContentError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          decodeArticleText('b.txt', bytes);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('parsing arbitrary text throws nothing but ContentError, and accounts for every non-blank line once', () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = parse(input);
        if (result instanceof ContentError) return;
        expect(accountedLines(result)).toEqual(
          nonBlankLines(input).map(({ line: n, text: t }) => expect.objectContaining({ line: n, text: t })),
        );
      }),
      { numRuns: 700 },
    );
  });

  it('ids are unique, and stable when a paragraph is appended at the end', () => {
    const sentence = fc.lorem({ maxCount: 3, mode: 'sentences' }).filter((s) => s.trim().endsWith('.'));
    fc.assert(
      fc.property(text, sentence, (input, appended) => {
        const before = parse(input);
        if (before instanceof ContentError) return;
        const ids = (a: ParsedArticle) => a.sections.flatMap((s) => [s.id, ...s.paragraphs.map((p) => `${p.id}@${p.line}`)]);
        const idsBefore = ids(before);
        expect(new Set(idsBefore).size).toBe(idsBefore.length);
        const after = parse(`${input}\n\n${appended}\n`);
        if (after instanceof ContentError) throw after;
        const idsAfter = ids(after);
        expect(new Set(idsAfter).size).toBe(idsAfter.length);
        // Everything that had an id keeps it; the appended paragraph gets the next number.
        expect(idsAfter.slice(0, idsBefore.length)).toEqual(idsBefore);
      }),
      { numRuns: 500 },
    );
  });
});

describe('quote locator properties', () => {
  it('a quote taken from a paragraph is found, at its own offsets when it first occurs there', () => {
    const paragraph = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(paragraph, fc.nat(), fc.nat(), (textValue, a, b) => {
        const start = a % textValue.length;
        const end = start + 1 + (b % (textValue.length - start));
        const quote = textValue.slice(start, end);
        fc.pre(quote.trim() !== '' && !/^\s|\s$/u.test(quote));
        const found = locateQuote(quote, [{ id: 'p-1', text: textValue }]);
        expect(found).not.toBeNull();
        expect(textValue.slice(found?.start, found?.end)).toBe(quote);
        if (textValue.indexOf(quote) === start) expect(found).toEqual({ paragraph: 'p-1', start, end });
        else expect(found?.start).toBeLessThan(start);
      }),
      { numRuns: 1000 },
    );
  });
});
