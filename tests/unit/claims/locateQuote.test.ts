import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closestPassage, locateQuote, normaliseQuote, similarity, type Passage } from '../../../src/lib/claims/locateQuote.ts';

const one = (text: string): Passage[] => [{ id: 'p-1', text }];

/** The located stretch of the original paragraph text. */
const found = (quote: string, passages: Passage[]) => {
  const location = locateQuote(quote, passages);
  if (!location) return null;
  const passage = passages.find((p) => p.id === location.paragraph) as Passage;
  return { ...location, slice: passage.text.slice(location.start, location.end) };
};

describe('locateQuote: exact matches', () => {
  it('returns the paragraph id and offsets into the paragraph text', () => {
    const text = 'The ministry said 164 people had been killed in the unrest.';
    expect(locateQuote('164 people had been killed', one(text))).toEqual({ paragraph: 'p-1', start: 18, end: 44 });
    expect(text.slice(18, 44)).toBe('164 people had been killed');
  });

  it('finds a quote at the very start and the very end of a paragraph', () => {
    const text = 'Almaty was calm on Monday.';
    expect(locateQuote('Almaty was', one(text))).toEqual({ paragraph: 'p-1', start: 0, end: 10 });
    expect(locateQuote('on Monday.', one(text))).toEqual({ paragraph: 'p-1', start: 16, end: 26 });
  });

  it('returns null when the quote is not there', () => {
    expect(locateQuote('165 people', one('164 people were killed.'))).toBeNull();
  });

  it('is case-sensitive', () => {
    expect(locateQuote('almaty', one('Almaty was calm.'))).toBeNull();
  });

  it('returns null for an empty or all-white-space quote', () => {
    expect(locateQuote('', one('Anything at all.'))).toBeNull();
    expect(locateQuote(' \n\t ', one('Anything  at all.'))).toBeNull();
  });

  it('reports the first paragraph, in the given order, that contains the quote', () => {
    const passages: Passage[] = [
      { id: 'p-1', text: 'No match here.' },
      { id: 'p-2', text: 'Troops arrived in Almaty.' },
      { id: 'p-3', text: 'More troops arrived in Almaty later.' },
    ];
    expect(locateQuote('arrived in Almaty', passages)).toEqual({ paragraph: 'p-2', start: 7, end: 24 });
    expect(locateQuote('arrived in Almaty', [...passages].reverse())?.paragraph).toBe('p-3');
  });

  it('reports the first occurrence within a paragraph', () => {
    expect(locateQuote('coup', one('A coup, they said, an attempted coup.'))).toEqual({ paragraph: 'p-1', start: 2, end: 6 });
  });
});

describe('locateQuote: white space is normalised, offsets map back to the original text', () => {
  it('matches across a double space in the paragraph', () => {
    const text = 'He said  164 people   died.';
    const hit = found('said 164 people died', one(text));
    expect(hit).toMatchObject({ start: 3, end: 26 });
    expect(hit?.slice).toBe('said  164 people   died');
  });

  it('matches across a newline and a tab in the paragraph', () => {
    const text = 'Lead in.\nThe state\tof emergency remains.';
    const hit = found('in. The state of emergency', one(text));
    expect(hit?.slice).toBe('in.\nThe state\tof emergency');
    expect(hit?.start).toBe(5);
  });

  it('matches a no-break space (U+00A0) in the paragraph against a plain space in the quote', () => {
    const text = 'About 2,030\u00a0soldiers were sent.';
    const hit = found('2,030 soldiers were', one(text));
    expect(hit?.slice).toBe('2,030\u00a0soldiers were');
    expect(hit?.start).toBe(6);
  });

  it('matches a quote with no-break spaces, newlines and runs of spaces against single spaces', () => {
    const text = 'The CSTO sent 2,030 soldiers to Kazakhstan.';
    const hit = found('  sent\u00a02,030\n\tsoldiers   to  ', one(text));
    expect(hit?.slice).toBe('sent 2,030 soldiers to');
    expect(hit).toMatchObject({ start: 9, end: 31 });
  });

  it('excludes white space before and after the quote from the offsets', () => {
    const text = 'One.   Two three.   Four.';
    const hit = found(' Two three. ', one(text));
    expect(hit?.slice).toBe('Two three.');
  });

  it('still requires white space where the quote has it', () => {
    expect(locateQuote('2,030 soldiers', one('2,030soldiers'))).toBeNull();
    expect(locateQuote('2,030soldiers', one('2,030 soldiers'))).toBeNull();
  });

  it('property: any white-space variant of a paragraph locates its own words, slicing back to the original', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9,.’“”]{1,6}$/);
    const gap = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', ' \u00a0 ', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.map(([w, g]) => w + g).join('');
        const from = a % parts.length;
        const to = from + (b % (parts.length - from));
        const quote = parts.slice(from, to + 1).map(([w]) => w).join(' ');
        const location = locateQuote(quote, one(text));
        expect(location).not.toBeNull();
        const slice = text.slice(location!.start, location!.end);
        expect(normaliseQuote(slice)).toBe(quote);
        expect(slice).toBe(slice.trim());
      }),
    );
  });
});

describe('locateQuote: typographic characters must match as written', () => {
  it.each([
    ['curly apostrophe vs straight', 'the country’s health ministry', "the country's health ministry"],
    ['straight apostrophe vs curly', "the country's health ministry", 'the country’s health ministry'],
    ['curly double quotes vs straight', 'a “coup attempt” by armed fighters', 'a "coup attempt" by armed fighters'],
    ['en dash vs hyphen', 'the 2021–2022 unrest', 'the 2021-2022 unrest'],
    ['ellipsis vs three dots', 'and then… nothing', 'and then... nothing'],
    ['three dots vs ellipsis', 'and then... nothing', 'and then… nothing'],
  ])('%s does not match', (_name, paragraph, quote) => {
    expect(locateQuote(quote, one(paragraph))).toBeNull();
    // …while the quote as written does.
    expect(locateQuote(paragraph, one(paragraph))).toEqual({ paragraph: 'p-1', start: 0, end: paragraph.length });
  });
});

describe('closestPassage', () => {
  const passages: Passage[] = [
    { id: 'p-1', text: 'President Tokayev thanked the CSTO for its help.' },
    { id: 'p-2', text: 'On Sunday the country’s health ministry said that 164 people had been killed in the unrest.' },
    { id: 'p-3', text: 'Internet access was restored in Almaty on Monday.' },
  ];

  it('names the paragraph a near-miss quote comes from, with a window that resembles it', () => {
    const quote = "the country's health ministry said that 164 people";
    expect(locateQuote(quote, passages)).toBeNull();
    const closest = closestPassage(quote, passages);
    expect(closest?.paragraph).toBe('p-2');
    expect(closest?.text.startsWith('the country’s health ministry said that 164 people')).toBe(true);
    expect(closest?.score).toBeGreaterThan(0.8);
    expect(closest?.score).toBeLessThan(1);
    expect(similarity(quote, closest!.text)).toBeGreaterThan(0.8);
  });

  it('finds a window in the middle of a paragraph for a quote with a changed word', () => {
    const closest = closestPassage('Internet access was restored in Astana', passages);
    expect(closest?.paragraph).toBe('p-3');
    expect(closest?.text.startsWith('Internet access was restored in A')).toBe(true);
  });

  it('returns a window from the paragraph text (white space folded), about as long as the quote', () => {
    const closest = closestPassage('thanked the CTSO for', [{ id: 'p-9', text: 'Tokayev  thanked\nthe CSTO for its help.' }]);
    expect(closest?.paragraph).toBe('p-9');
    expect(closest?.text).toMatch(/^thanked the CSTO for/);
    expect(closest!.text.length).toBeLessThan('thanked the CSTO for its help.'.length);
  });

  it('returns null when there are no passages', () => {
    expect(closestPassage('anything', [])).toBeNull();
  });
});

describe('similarity', () => {
  it('is 1 for identical strings', () => {
    expect(similarity('attempted coup', 'attempted coup')).toBe(1);
  });

  it('is 0 for strings with no bigram in common', () => {
    expect(similarity('abcd', 'wxyz')).toBe(0);
  });

  it('ignores case', () => {
    expect(similarity('Almaty', 'ALMATY')).toBe(1);
  });

  it('is strictly between 0 and 1 for a partial match, and higher for a closer one', () => {
    const near = similarity('164 people killed', '164 people died');
    const far = similarity('164 people killed', 'troops withdrew');
    expect(near).toBeGreaterThan(0);
    expect(near).toBeLessThan(1);
    expect(near).toBeGreaterThan(far);
  });

  it('property: symmetric, within [0, 1], and 1 on itself for strings of two or more characters', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2 }), fc.string(), (a, b) => {
        expect(similarity(a, b)).toBeCloseTo(similarity(b, a), 12);
        expect(similarity(a, b)).toBeGreaterThanOrEqual(0);
        expect(similarity(a, b)).toBeLessThanOrEqual(1);
        expect(similarity(a, a)).toBe(1);
      }),
    );
  });
});
