import { describe, expect, it } from 'vitest';
import { findNumbers, numberCoverage, type NotClaimRef } from '../../../src/lib/claims/numberCoverage.ts';
import type { Passage } from '../../../src/lib/claims/locateQuote.ts';

const numbersIn = (text: string) => findNumbers(text).map((n) => n.number);

describe('findNumbers', () => {
  it('keeps thousands separators inside a number: "7,939"', () => {
    expect(findNumbers('Police detained 7,939 people.')).toEqual([{ number: '7,939', start: 16, end: 21 }]);
  });

  it('keeps a decimal point inside a number: "2.5"', () => {
    expect(findNumbers('Losses of 2.5 billion')).toEqual([{ number: '2.5', start: 10, end: 13 }]);
  });

  it('leaves a full stop after a number out of it: "2014."', () => {
    expect(findNumbers('It happened in 2014.')).toEqual([{ number: '2014', start: 15, end: 19 }]);
  });

  it('leaves a trailing comma out: "2014, then"', () => {
    expect(numbersIn('In 2014, then in 2020,')).toEqual(['2014', '2020']);
  });

  it('counts an ordinal by its digits: "the 10th"', () => {
    expect(findNumbers('on the 10th day')).toEqual([{ number: '10', start: 7, end: 9 }]);
  });

  it('finds each number of "1,770 km (1,110 mile)" with offsets into the text', () => {
    const text = 'a border of 1,770 km (1,110 mile)';
    const found = findNumbers(text);
    expect(found.map((n) => n.number)).toEqual(['1,770', '1,110']);
    for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.number);
  });

  it('finds single digits and nothing in text without digits', () => {
    expect(numbersIn('3 children')).toEqual(['3']);
    expect(numbersIn('three children, no digits.')).toEqual([]);
  });
});

describe('numberCoverage', () => {
  const passages: Passage[] = [
    { id: 'p-1', text: 'Police detained 7,939 people.' },
    { id: 'p-2', text: 'On Habar 24 the minister said 164 were killed.' },
    { id: 'p-3', text: 'The border is 1,770 km long.' },
  ];
  const quoteOf = (paragraph: string, phrase: string) => {
    const text = passages.find((p) => p.id === paragraph)!.text;
    const start = text.indexOf(phrase);
    return { paragraph, start, end: start + phrase.length };
  };

  it('sorts every number into covered (inside a quote), excused (a not-claims entry) or uncovered', () => {
    const notClaims: NotClaimRef[] = [{ article: 'a', paragraph: 'p-2', number: '24' }];
    const result = numberCoverage('a', passages, [quoteOf('p-1', 'detained 7,939 people')], notClaims);
    expect(result.covered.map((n) => [n.paragraph, n.number])).toEqual([['p-1', '7,939']]);
    expect(result.excused.map((n) => [n.paragraph, n.number])).toEqual([['p-2', '24']]);
    expect(result.uncovered.map((n) => [n.paragraph, n.number])).toEqual([
      ['p-2', '164'],
      ['p-3', '1,770'],
    ]);
    expect(result.unmatchedNotClaims).toEqual([]);
  });

  it('records the article, offsets and a context around each number', () => {
    const [item] = numberCoverage('a', [passages[0]!], [], []).uncovered;
    expect(item).toMatchObject({ article: 'a', paragraph: 'p-1', number: '7,939', start: 16, end: 21 });
    expect(item?.context).toContain('7,939');
    expect(item?.context).toContain('detained');
  });

  it('a number is covered only when it lies wholly inside a quote of the same paragraph', () => {
    const text = passages[0]!.text;
    const partial = { paragraph: 'p-1', start: 0, end: text.indexOf('7,939') + 2 }; // ends inside "7,939"
    expect(numberCoverage('a', [passages[0]!], [partial], []).uncovered.map((n) => n.number)).toEqual(['7,939']);
    const otherParagraph = { paragraph: 'p-3', start: 0, end: text.length };
    expect(numberCoverage('a', [passages[0]!], [otherParagraph], []).uncovered.map((n) => n.number)).toEqual(['7,939']);
    const exact = quoteOf('p-1', '7,939');
    expect(numberCoverage('a', [passages[0]!], [exact], []).covered.map((n) => n.number)).toEqual(['7,939']);
  });

  it('a not-claims entry must match paragraph and number exactly, and belong to the article', () => {
    const notClaims: NotClaimRef[] = [
      { article: 'a', paragraph: 'p-1', number: '24' }, // wrong paragraph
      { article: 'a', paragraph: 'p-2', number: '2' }, // not the number as written
      { article: 'b', paragraph: 'p-2', number: '164' }, // another article's entry
    ];
    const result = numberCoverage('a', passages, [], notClaims);
    expect(result.excused).toEqual([]);
    expect(result.uncovered.map((n) => n.number)).toEqual(['7,939', '24', '164', '1,770']);
    expect(result.unmatchedNotClaims).toEqual([notClaims[0], notClaims[1]]);
  });

  it('a not-claims entry for a number that a quote already covers is unmatched', () => {
    const entry: NotClaimRef = { article: 'a', paragraph: 'p-1', number: '7,939' };
    const result = numberCoverage('a', [passages[0]!], [quoteOf('p-1', '7,939 people')], [entry]);
    expect(result.covered.map((n) => n.number)).toEqual(['7,939']);
    expect(result.excused).toEqual([]);
    expect(result.unmatchedNotClaims).toEqual([entry]);
  });

  it('an article without numbers has nothing in any list', () => {
    expect(numberCoverage('a', [{ id: 'p-1', text: 'No digits here.' }], [], [])).toEqual({
      covered: [],
      excused: [],
      uncovered: [],
      unmatchedNotClaims: [],
    });
  });
});
