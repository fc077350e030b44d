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

/** Title-like lines in the paragraphs' vocabulary ("Diam Mi Non"): the headline search weighs them against the text. */
const titleLine = fc.lorem({ maxCount: 6, mode: 'words' }).map((words) => words.replace(/(^|\s)\p{Ll}/gu, (start) => start.toUpperCase()));

/** Article-like text: headline-ish, paragraphs, captions, chrome, blank lines, any Unicode. */
const line = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }) },
  { weight: 3, arbitrary: fc.lorem({ maxCount: 12, mode: 'sentences' }) },
  { weight: 2, arbitrary: titleLine },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('Leave a Reply', 'Read More »', 'Caption here', 'A Short Subhead', '---', 'Sputnik', 'हिंदी मराठी') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
const ids = (a: ParsedArticle) => a.sections.flatMap((s) => [s.id, ...s.paragraphs.map((p) => `${p.id}@${p.line}`)]);
/** The parser's doubt on a headline chosen before any line read as a paragraph (pageModel.ts `HeadlineChoice.unsettled`). */
const unsettledHeadline = (a: ParsedArticle): boolean =>
  (a.doubts ?? []).some((doubt) => doubt.line === a.title.line && /weighed against no paragraph/u.test(doubt.reason));

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
        const idsBefore = ids(before);
        expect(new Set(idsBefore).size).toBe(idsBefore.length);
        const after = parse(`${input}\n\n${appended}\n`);
        // The one exception (pageModel.ts): a headline weighed while no line read as a paragraph,
        // listed as a doubt, may give way to another line, or to none, once the paragraph comes.
        if (unsettledHeadline(before) && (after instanceof ContentError || after.title.line !== before.title.line)) return;
        if (after instanceof ContentError) throw after;
        expect(after.title).toEqual(before.title);
        const idsAfter = ids(after);
        expect(new Set(idsAfter).size).toBe(idsAfter.length);
        // Everything that had an id keeps it; the appended paragraph gets the next number.
        expect(idsAfter.slice(0, idsBefore.length)).toEqual(idsBefore);
      }),
      { numRuns: 500 },
    );
  });
});

/** Inputs fast-check found (and shrank) where appended prose used to move the headline or a list's end. */
describe('appending a paragraph: the cases that used to change ids, and the two exceptions', () => {
  const appendedProse = 'The orci of the felis and the vel justo in the city.';
  const cases: Array<[string, string, string]> = [
    // No line of prose: the lede was the lines that end a sentence, and the appended one joined them.
    ['the lede read from sentence-ending lines', "0 \n𐀀'!\nMorbi.\n ", 'Felis consectetur at blandit libero in vel ac et nulla nec.'],
    ['the lede read from sentence-ending lines ("Duis" shares "dui")', 'Pulvinar Nulla Enim Dui\nA Aliquam\nAliquam felis.', 'Duis euismod.'],
    // One line of prose: the appended paragraph was the lede's second line.
    ['the lede’s second line', 'Suspendisse\nVel At Augue\nThe tincidunt of the ultrices and the vitae in the city.\nTempus', appendedProse],
    // The guard that stops a list of links above the headline stood above the first prose, wherever it came.
    ['a list of links running to the end', 'Vehicula\nFaucibus.\n\nAnte\nRelated stories\nCongue Augue Posuere Enim Fermentum', 'Orci massa, quis in ac ornare at elementum.'],
    ['a sponsored list at the end', 'Headline\n\nBody.\n\nSponsored\nThe best travel insurance for 2022', appendedProse],
  ];
  it.each(cases)('%s', (_name, input, appended) => {
    const before = parseArticle(input, { file: 'p.txt' });
    const after = parseArticle(`${input}\n\n${appended}\n`, { file: 'p.txt' });
    expect(unsettledHeadline(before)).toBe(false);
    expect(after.title).toEqual(before.title);
    expect(ids(after).slice(0, ids(before).length)).toEqual(ids(before));
    // The lines removed stay removed, by the same rule.
    expect(after.removed).toEqual(expect.arrayContaining(before.removed));
  });

  it('the exception: with no line that reads as a paragraph, the headline is a doubt, and the paragraph may move it', () => {
    const input = 'Diam Mauris\nDiam Mi Non Enim In\namet!\n0\n';
    const before = parseArticle(input, { file: 'p.txt' });
    expect(before.title.text).toBe('Diam Mi Non Enim In');
    expect(unsettledHeadline(before)).toBe(true);
    // "Diam ac." ends the headline search; the lede it brings says "diam", so the short line above shares a word with the text.
    const after = parseArticle(`${input}\n\nDiam ac.\n`, { file: 'p.txt' });
    expect(after.title.text).toBe('Diam Mauris');
    expect(unsettledHeadline(after)).toBe(false);
  });

  it('the foot (bodyEdges.ts): a line read as chrome by its words after the last prose is kept once prose follows it; nothing above it moves', () => {
    const lede = 'The protests spread across the country on Tuesday, and the police said that the crowds were large.';
    const input = `Protests Spread Across The Country Today\n\n${lede}\n\nCall our desk on +7 495 000 00 00\nA short line here\n`;
    const before = parseArticle(input, { file: 'p.txt' });
    expect(before.removed).toEqual([expect.objectContaining({ line: 5, rule: 'site-chrome' })]);
    const after = parseArticle(`${input}\n\nThe government said that it would meet the protesters in the capital on Wednesday.\n`, { file: 'p.txt' });
    expect(after.removed).toEqual([]);
    expect(after.doubts).toEqual([expect.objectContaining({ line: 5 })]);
    expect(ids(before)).toEqual(['intro', 'p-1@3', 'a-short-line-here']);
    expect(ids(after)).toEqual(['intro', 'p-1@3', 'p-2@5', 'p-3@6', 'p-4@9']);
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
