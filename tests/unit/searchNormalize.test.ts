/**
 * The search normalisation shared by the index builder and the browser: what counts as the same
 * word (case, diacritics, digit grouping, hyphens, apostrophes), query parsing, and the edit
 * distance that forgives typos.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allowedEdits,
  normalizeText,
  normalizeWithMap,
  parseQuery,
  prefixEditDistance,
  tokenize,
} from '../../src/lib/searchNormalize.ts';

describe('normalizeText', () => {
  it.each([
    ['Tokayev', 'tokayev'],
    ['TOKÁYEV', 'tokayev'],
    ['Straße Łódź Ærø', 'strasse lodz aero'],
    ['Kassym-Jomart Tokayev', 'kassym jomart tokayev'],
    ['a shoot-to-kill order', 'a shoot to kill order'],
    ['Kazakhstan’s interior ministry', 'kazakhstans interior ministry'],
    ["the mission's legitimacy", 'the missions legitimacy'],
    ['‘Maidan technologies’', 'maidan technologies'],
    ['“Colour revolutions”, he said.', 'colour revolutions he said'],
    ['  several   spaces\tand\nlines ', 'several spaces and lines'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it.each([
    ['7,939 people', '7939 people'],
    ['7939 people', '7939 people'],
    ['7\u00a0939 people', '7939 people'],
    ['7\u202f939 people', '7939 people'],
    ['7.939 people', '7939 people'],
    ['2,000–2,500 troops', '2000 2500 troops'],
    ['2,000,000,000 dollars', '2000000000 dollars'],
    ['1,770 km', '1770 km'],
    ['2.5 per cent', '2.5 per cent'],
    ['in 2022 100 people', 'in 2022 100 people'],
    ['1, 2 and 3', '1 2 and 3'],
    ['12,34', '12 34'],
  ])('numbers: %j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('maps every normalised character back to the character it came from', () => {
    const source = 'Kazakhstan’s “7,939” Tokáyev';
    const { text, origin } = normalizeWithMap(source);
    expect(text).toBe('kazakhstans 7939 tokayev');
    expect(origin).toHaveLength(text.length);
    const word = (w: string) => {
      const start = text.indexOf(w);
      const end = origin[start + w.length - 1] as number;
      return source.slice(origin[start], end + 1);
    };
    expect(word('kazakhstans')).toBe('Kazakhstan’s');
    expect(word('7939')).toBe('7,939');
    expect(word('tokayev')).toBe('Tokáyev');
  });

  it('is idempotent, and its output is words of letters and digits joined by single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (input) => {
        const { text, origin } = normalizeWithMap(input);
        expect(normalizeText(text)).toBe(text);
        expect(text).toBe(text.trim());
        expect(text).not.toMatch(/ {2}/u);
        expect(text).toMatch(/^[\p{L}\p{N}. ]*$/u);
        expect(origin).toHaveLength(text.length);
        for (let i = 1; i < origin.length; i += 1) expect(origin[i]).toBeGreaterThanOrEqual(origin[i - 1] as number);
        for (const at of origin) expect(at).toBeLessThan(input.length);
      }),
    );
  });

  it('splits normalised text into words', () => {
    expect(tokenize('kassym jomart tokayev')).toEqual(['kassym', 'jomart', 'tokayev']);
    expect(tokenize('')).toEqual([]);
  });
});

describe('parseQuery', () => {
  it('normalises words and drops stop words', () => {
    expect(parseQuery('Shoot to kill')).toEqual({ terms: ['shoot', 'kill'], phrases: [] });
    expect(parseQuery('Tokaev coup')).toEqual({ terms: ['tokaev', 'coup'], phrases: [] });
    expect(parseQuery('7,939')).toEqual({ terms: ['7939'], phrases: [] });
  });

  it('keeps stop words when the query has nothing else', () => {
    expect(parseQuery('the')).toEqual({ terms: ['the'], phrases: [] });
  });

  it('keeps quoted phrases whole, with straight or typographic quotes', () => {
    expect(parseQuery('"shoot to kill"')).toEqual({ terms: [], phrases: ['shoot to kill'] });
    expect(parseQuery('Putin “Maidan technologies”')).toEqual({ terms: ['putin'], phrases: ['maidan technologies'] });
    expect(parseQuery('"Shoot-to-kill" order')).toEqual({ terms: ['order'], phrases: ['shoot to kill'] });
  });

  it('reads an unclosed quote as words (the phrase is still being typed)', () => {
    expect(parseQuery('"shoot to ki')).toEqual({ terms: ['shoot', 'ki'], phrases: [] });
  });

  it('drops repeated words and empty phrases', () => {
    expect(parseQuery('coup Coup COUP ""')).toEqual({ terms: ['coup'], phrases: [] });
    expect(parseQuery('   ')).toEqual({ terms: [], phrases: [] });
  });

  it('cuts words to the 32 characters fuse.js can match', () => {
    const long = 'a'.repeat(40);
    expect(parseQuery(long).terms[0]).toHaveLength(32);
  });
});

describe('typo tolerance', () => {
  it('allows no error in short words or numbers, one from 5 letters, two from 10', () => {
    expect(allowedEdits('coup')).toBe(0);
    expect(allowedEdits('tokaev')).toBe(1);
    expect(allowedEdits('peacekeeprs')).toBe(2);
    expect(allowedEdits('79390')).toBe(0);
  });

  it.each([
    ['tokaev', 'tokayev', 1, 1],
    ['kassim', 'kassym', 1, 1],
    ['peacekeeprs', 'peacekeepers', 2, 1],
    ['peacek', 'peacekeepers', 1, 0],
    ['peacekepe', 'peacekeepers', 1, 1],
    ['coup', 'coups', 0, 0],
    ['coup', 'country', 0, 1],
    ['tokaev', 'putin', 1, 2],
  ])('%s → %s (max %i): %i', (query, word, max, expected) => {
    expect(prefixEditDistance(query, word, max)).toBe(expected);
  });
});
