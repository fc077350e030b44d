/**
 * The text normalisation shared by the search index, the browser and the editor: what counts as
 * the same word (case, diacritics, digit grouping, hyphens, apostrophes).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText, normalizeWithMap, tokenize } from '../../../src/lib/text/normalizeText.ts';

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
