import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareFigures, describeRelation, figureOfValue, toleranceInterval } from '../../../src/lib/figures/compareFigures.ts';
import type { Figure, FigureRelation } from '../../../src/lib/figures/figure.ts';
import { parseFigures } from '../../../src/lib/figures/parseFigures.ts';

/** Parses, and checks on every call that offsets slice back to the text, in order, without overlap. */
function parse(text: string): Figure[] {
  const figures = parseFigures(text);
  let previousEnd = 0;
  for (const figure of figures) {
    expect(text.slice(figure.start, figure.end)).toBe(figure.text);
    expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
    expect(figure.end).toBeGreaterThan(figure.start);
    previousEnd = figure.end;
  }
  return figures;
}

/** The only figure of `text`. */
function one(text: string): Figure {
  const figures = parse(text);
  expect(figures.map((f) => f.text)).toHaveLength(1);
  return figures[0] as Figure;
}

const texts = (text: string) => parse(text).map((f) => f.text);

describe('parseFigures: digits', () => {
  it.each([
    ['Police detained 7,939 people.', '7,939', 7939, 1],
    ['2,030 soldiers', '2,030', 2030, 10],
    ['2,000 soldiers', '2,000', 2000, 1000],
    ['164 people', '164', 164, 1],
    ['a loss of 2.5 per head', '2.5', 2.5, 0.1],
    ['up 12,345.67 units', '12,345.67', 12345.67, 0.01],
    ['2,000,000 people', '2,000,000', 2e6, 1e6],
    ['7\u00a0939 people', '7\u00a0939', 7939, 1],
    ['7\u202f939 people', '7\u202f939', 7939, 1],
    ['7\u2009939 people', '7\u2009939', 7939, 1],
    ['a share of .5 only', '.5', 0.5, 0.1],
  ])('%s → %s', (text, written, value, precision) => {
    const figure = one(text);
    expect(figure).toMatchObject({ text: written, value, low: value, high: value, kind: 'exact', role: 'quantity', qualifier: null });
    expect(figure.precision).toBeCloseTo(precision, 12);
  });

  it('a plain space between two digit runs separates two figures: "in 2022 100 people"', () => {
    const [year, count] = parse('in 2022 100 people');
    expect(year).toMatchObject({ text: '2022', role: 'year', value: 2022 });
    expect(count).toMatchObject({ text: '100', role: 'quantity', value: 100, unit: 'people' });
  });

  it('a no-break space that separates no thousands group separates two figures', () => {
    expect(texts('in 2022\u00a0100 people')).toEqual(['2022', '100']);
    expect(texts('in 2022\u00a0100\u00a0100 people')).toEqual(['2022', '100', '100']);
  });

  it('leaves a full stop after a number out of it: "3."', () => {
    expect(one('It was 3.')).toMatchObject({ text: '3', value: 3 });
  });
});

describe('parseFigures: multipliers after digits', () => {
  it.each([
    ['8 thousand troops', '8 thousand', 8000, 1000],
    ['2.5 billion dollars', '2.5 billion', 2.5e9, 1e8],
    ['3 million people', '3 million', 3e6, 1e6],
    ['30 million people', '30 million', 3e7, 1e7],
    ['3 hundred thousand', '3 hundred thousand', 3e5, 1e5],
    ['10k runners', '10k', 1e4, 1e4],
    ['a 1.5bn loan', '1.5bn', 1.5e9, 1e8],
    ['a $3m grant', '$3m', 3e6, 1e6],
  ])('%s → %s', (text, written, value, precision) => {
    const figure = one(text);
    expect(figure).toMatchObject({ text: written, value, kind: 'exact', role: 'quantity' });
    expect(figure.precision).toBeCloseTo(precision, 0);
  });

  it('a glued "m" without money before it is metres, not million', () => {
    expect(one('the 100m final')).toMatchObject({ text: '100', value: 100, unit: 'm' });
  });

  it('a currency sign is part of the figure and its unit', () => {
    expect(one('over $2 billion in aid')).toMatchObject({ text: 'over $2 billion', value: 2e9, kind: 'lower-bound', unit: '$' });
  });
});

describe('parseFigures: numbers in words', () => {
  it.each([
    ['three people', 'three', 3, 1],
    ['twelve people', 'twelve', 12, 1],
    ['twenty-five people', 'twenty-five', 25, 1],
    ['twenty people', 'twenty', 20, 10],
    ['two hundred people', 'two hundred', 200, 100],
    ['a hundred people', 'a hundred', 100, 100],
    ['one hundred and sixty-four people', 'one hundred and sixty-four', 164, 1],
    ['one hundred people', 'one hundred', 100, 100],
    ['one million people', 'one million', 1e6, 1e6],
    ['eight thousand troops', 'eight thousand', 8000, 1000],
    ['ten thousand militants', 'ten thousand', 10000, 10000],
    ['two hundred and fifty thousand people', 'two hundred and fifty thousand', 250000, 10000],
    ['one thousand and five people', 'one thousand and five', 1005, 1],
    ['two million three hundred thousand people', 'two million three hundred thousand', 2.3e6, 1e5],
    ['twelve hundred people', 'twelve hundred', 1200, 100],
    ['twenty-five hundred people', 'twenty-five hundred', 2500, 100],
    ['a dozen people', 'a dozen', 12, 1],
    ['two dozen people', 'two dozen', 24, 1],
    ['half a million people', 'half a million', 5e5, 1e5],
    ['a thousand people', 'a thousand', 1000, 1000],
    ['Seven people', 'Seven', 7, 1],
  ])('%s → %s', (text, written, value, precision) => {
    expect(one(text)).toMatchObject({ text: written, value, precision, kind: 'exact', role: 'quantity' });
  });

  it.each(['no one came', 'one of the men', 'one person', 'the one-year plan', 'a few people', 'several people', 'hundred'])(
    '%s → no figure',
    (text) => {
      expect(parse(text)).toEqual([]);
    },
  );

  it('"two hundred and three hundred" is two figures, not 203', () => {
    expect(texts('two hundred and three hundred')).toEqual(['two hundred', 'three hundred']);
  });

  it('words separated by punctuation are separate figures', () => {
    expect(parse('five, six, seven').map((f) => f.value)).toEqual([5, 6, 7]);
  });
});

describe('parseFigures: qualifiers', () => {
  it.each([
    ['over 2,000 people', 'over', 'lower-bound', 2000, Infinity],
    ['more than 2,000 people', 'more than', 'lower-bound', 2000, Infinity],
    ['above 2,000', 'above', 'lower-bound', 2000, Infinity],
    ['At least 164 people', 'at least', 'lower-bound', 164, Infinity],
    ['upwards of 300 people', 'upwards of', 'lower-bound', 300, Infinity],
    ['in excess of 1,000 people', 'in excess of', 'lower-bound', 1000, Infinity],
    ['no fewer than 40 people', 'no fewer than', 'lower-bound', 40, Infinity],
    ['under 2,000 people', 'under', 'upper-bound', -Infinity, 2000],
    ['less than 2,000 people', 'less than', 'upper-bound', -Infinity, 2000],
    ['fewer than 40 people', 'fewer than', 'upper-bound', -Infinity, 40],
    ['below 10 people', 'below', 'upper-bound', -Infinity, 10],
    ['up to 2,000 people', 'up to', 'upper-bound', -Infinity, 2000],
    ['at most 3 people', 'at most', 'upper-bound', -Infinity, 3],
    ['no more than 5 people', 'no more than', 'upper-bound', -Infinity, 5],
    ['about 2,000 people', 'about', 'approximate', 1800, 2200],
    ['Around 30 people', 'around', 'approximate', 27, 33],
    ['approximately 2,000 people', 'approximately', 'approximate', 1800, 2200],
    ['roughly 50 people', 'roughly', 'approximate', 45, 55],
    ['some 3,000 people', 'some', 'approximate', 2700, 3300],
    ['an estimated 10,000 people', 'an estimated', 'approximate', 9000, 11000],
    ['estimated 10,000 people', 'estimated', 'approximate', 9000, 11000],
    ['~2,000 people', '~', 'approximate', 1800, 2200],
    ['nearly 700 people', 'nearly', 'approximate', 630, 700],
    ['almost 200 people', 'almost', 'approximate', 180, 200],
    ['close to 2,000 people', 'close to', 'approximate', 1800, 2000],
  ])('%s → %s, %s [%d, %d]', (text, qualifier, kind, low, high) => {
    const figure = one(text);
    expect(figure).toMatchObject({ qualifier, kind, low, high, role: 'quantity', unit: text.endsWith(' people') ? 'people' : null });
    expect(figure.start).toBe(0);
    expect(figure.text).toBe(text.replace(/ people$/u, ''));
  });

  it('the qualifier moves the start: "killed at least 164"', () => {
    const figure = one('killed at least 164');
    expect(figure).toMatchObject({ text: 'at least 164', start: 7, end: 19, value: 164 });
  });

  it('qualifies spelled-out numbers: "more than a dozen", "nearly two hundred"', () => {
    expect(one('more than a dozen')).toMatchObject({ kind: 'lower-bound', value: 12, low: 12 });
    expect(one('nearly two hundred')).toMatchObject({ kind: 'approximate', value: 200, low: 180, high: 200 });
  });

  it('a qualifier word without a number after it is not a figure: "protests over fuel prices"', () => {
    expect(parse('protests over fuel prices, took over the capital')).toEqual([]);
  });

  it('a qualified four-digit number is a count, not a year: "over 2000 people"', () => {
    expect(one('over 2000 people')).toMatchObject({ role: 'quantity', kind: 'lower-bound', value: 2000 });
  });
});

describe('parseFigures: ranges', () => {
  it.each([
    ['2,000-2,500 troops', '2,000-2,500', 2000, 2500],
    ['2,000–2,500 troops', '2,000–2,500', 2000, 2500],
    ['2,000 - 2,500 troops', '2,000 - 2,500', 2000, 2500],
    ['between 2,000 and 2,500 troops', 'between 2,000 and 2,500', 2000, 2500],
    ['from 2,000 to 2,500 troops', 'from 2,000 to 2,500', 2000, 2500],
    ['2,000 to 2,500 troops', '2,000 to 2,500', 2000, 2500],
    ['two to three thousand troops', 'two to three thousand', 2000, 3000],
    ['2-3 million troops', '2-3 million', 2e6, 3e6],
    ['between two hundred and three hundred troops', 'between two hundred and three hundred', 200, 300],
    ['from 500 to 3 thousand troops', 'from 500 to 3 thousand', 500, 3000],
  ])('%s → %s', (text, written, low, high) => {
    expect(one(text)).toMatchObject({ text: written, kind: 'range', role: 'quantity', value: low, low, high, unit: 'troops' });
  });

  it('"between 2 billion and 3 billion dollars" (from the corpus)', () => {
    const text = 'the economic loss from the unrest is between 2 billion and 3 billion dollars';
    expect(one(text)).toMatchObject({ text: 'between 2 billion and 3 billion', low: 2e9, high: 3e9, value: 2e9, unit: 'dollars', precision: 1e9 });
  });

  it('takes the finer precision of the two ends', () => {
    expect(one('2,000-2,500').precision).toBe(100);
  });

  it('an approximate qualifier widens a range by 10%: "about 2,000-2,500"', () => {
    expect(one('about 2,000-2,500 people')).toMatchObject({ kind: 'range', qualifier: 'about', value: 2000, low: 1800, high: 2750 });
  });

  it.each([
    ['who ruled from 1990 to 2019', ['1990', '2019'], 'year'],
    ['in 2004-2014', ['2004', '2014'], 'year'],
    ['between 2004 and 2014', ['2004', '2014'], 'year'],
    ['won 10-5', ['10', '5'], 'quantity'],
  ])('%s is not a range', (text, written, role) => {
    const figures = parse(text);
    expect(figures.map((f) => f.text)).toEqual(written);
    for (const figure of figures) expect(figure).toMatchObject({ role, kind: 'exact' });
  });

  it('a bound does not open a range: "over 2,000-2,500" is "over 2,000" and 2,500', () => {
    expect(parse('over 2,000-2,500').map((f) => [f.text, f.kind])).toEqual([
      ['over 2,000', 'lower-bound'],
      ['2,500', 'exact'],
    ]);
  });

  it('"2,000-strong" is no range', () => {
    expect(one('a 2,000-strong force')).toMatchObject({ text: '2,000', kind: 'exact', unit: null });
  });
});

describe('parseFigures: vague quantities', () => {
  it.each([
    ['dozens of victims', 'dozens', 24, 99, 'victims'],
    ['Scores of people', 'Scores', 40, 99, 'people'],
    ['hundreds of people', 'hundreds', 200, 999, 'people'],
    ['thousands of people', 'thousands', 2000, 9999, 'people'],
    ['tens of thousands of people', 'tens of thousands', 20000, 99999, 'people'],
    ['hundreds of thousands of people', 'hundreds of thousands', 200000, 999999, 'people'],
    ['millions of dollars', 'millions', 2e6, 9999999, 'dollars'],
    ['tens of millions of dollars', 'tens of millions', 2e7, 99999999, 'dollars'],
    ['billions of dollars', 'billions', 2e9, 9999999999, 'dollars'],
    ['several hundred protesters', 'several hundred', 200, 999, 'protesters'],
    ['a few thousand protesters', 'a few thousand', 2000, 9999, 'protesters'],
    ['several hundred thousand protesters', 'several hundred thousand', 200000, 999999, 'protesters'],
  ])('%s → %s [%d, %d]', (text, written, low, high, unit) => {
    expect(one(text)).toMatchObject({ text: written, kind: 'vague', role: 'quantity', value: low, low, high, unit, qualifier: null });
  });

  it.each(['a few people', 'several people', 'the test scores', 'tens of people'])('%s → no figure', (text) => {
    expect(parse(text)).toEqual([]);
  });
});

describe('parseFigures: roles', () => {
  it.each([
    ['in 2014', '2014'],
    ['since 1994', '1994'],
    ['In 1800 and 2100', '1800'],
    ['in mid-2014', '2014'],
  ])('a bare four-digit number from 1800 to 2100 is a year: %s', (text, written) => {
    expect(parse(text)[0]).toMatchObject({ text: written, role: 'year', kind: 'exact', unit: null });
  });

  it.each(['1799 people', '2101 people', '2,014 people', '20140 people', '2014.5 people', '2 thousand people', '$2014'])(
    '%s is a quantity, not a year',
    (text) => {
      expect(one(text).role).toBe('quantity');
    },
  );

  it('"Maidan technologies in 2004 and 2014" gives two years (from the corpus)', () => {
    const figures = parse('Maidan technologies in 2004 and 2014');
    expect(figures.map((f) => [f.text, f.role, f.value])).toEqual([
      ['2004', 'year', 2004],
      ['2014', 'year', 2014],
    ]);
  });

  it('a decade is a year range: "the 1990s"', () => {
    expect(one('in the 1990s')).toMatchObject({ text: '1990s', role: 'year', kind: 'range', low: 1990, high: 1999 });
    expect(parse('in the 90s')).toEqual([]);
  });

  it.each([
    ['on January 10', '10'],
    ['on 10 January', '10'],
    ['on Jan. 10', '10'],
    ['on Jan 10', '10'],
    ['on the 10th of January', '10th'],
    ['on 10th January', '10th'],
    ['on January 10th', '10th'],
    ['on May 10', '10'],
  ])('a day next to a month name is a date: %s', (text, written) => {
    expect(one(text)).toMatchObject({ text: written, role: 'date', value: 10, kind: 'exact' });
  });

  it('a year after a date is its own figure: "January 10, 2022"', () => {
    expect(parse('on January 10, 2022').map((f) => [f.text, f.role])).toEqual([
      ['10', 'date'],
      ['2022', 'year'],
    ]);
  });

  it('"may" in lower case is not a month, and a year after a month stays a year', () => {
    expect(one('they may 10 times').role).toBe('quantity');
    expect(one('in February 2014')).toMatchObject({ role: 'year', value: 2014 });
  });

  it.each([
    ['on the 10th', '10th', 10],
    ['on the 1st', '1st', 1],
    ['on the 2nd', '2nd', 2],
    ['the 3rd time', '3rd', 3],
    ['the third day', 'third', 3],
    ['the twenty-first century', 'twenty-first', 21],
    ['the 19th-century house', '19th', 19],
    ['the 1,000th visitor', '1,000th', 1000],
  ])('ordinals: %s', (text, written, value) => {
    expect(one(text)).toMatchObject({ text: written, role: 'ordinal', value, unit: null });
  });

  it.each(['a third of them', 'two-thirds of them', 'one-third of them', 'per second', 'in a second'])('%s is no ordinal', (text) => {
    expect(parse(text)).toEqual([]);
  });

  it.each([
    ['at 14:05 local time', '14:05', 14 * 60 + 5],
    ['at 3 pm', '3 pm', 15 * 60],
    ['at 3pm', '3pm', 15 * 60],
    ['at 9 a.m. sharp', '9 a.m.', 9 * 60],
    ['at 3:30 pm', '3:30 pm', 15 * 60 + 30],
    ['at 12 am', '12 am', 0],
    ['at 12 pm', '12 pm', 12 * 60],
  ])('times (value in minutes since midnight): %s', (text, written, value) => {
    expect(one(text)).toMatchObject({ text: written, role: 'time', value, kind: 'exact' });
  });

  it('a time is one figure: "14:05" is not 14 and 5', () => {
    expect(texts('at 14:05')).toEqual(['14:05']);
  });

  it('a qualifier does not bound a time: "about 3 pm"', () => {
    expect(one('about 3 pm')).toMatchObject({ text: '3 pm', role: 'time', qualifier: null, kind: 'exact' });
  });

  it.each([
    ['40% of voters', '40%'],
    ['40 % of voters', '40'],
    ['40 percent of voters', '40'],
    ['40 per cent of voters', '40'],
    ['forty per cent of voters', 'forty'],
    ['at least 40% of voters', 'at least 40%'],
  ])('percentages have unit "%%": %s', (text, written) => {
    expect(one(text)).toMatchObject({ text: written, unit: '%', value: 40, role: 'quantity' });
  });
});

describe('parseFigures: units', () => {
  it.each([
    ['2,500 troops', 'troops'],
    ['164 people had been killed', 'people'],
    ['7,939 were detained', null],
    ['164 killed in Almaty', null],
    ['2,030 Russian soldiers', 'soldiers'],
    ['2,030 Russian military personnel', 'personnel'],
    ['2,000 more troops', 'troops'],
    ['2,000 more than last year', null],
    ['164 civilian deaths', 'deaths'],
    ['2,000 peace-keepers arrived', 'peace-keepers'],
    ['16 members of the security forces', 'members'],
    ['dozens of victims', 'victims'],
    ['2 of them', null],
    ['a 1,770 km border', 'km'],
    ['a 5km race', 'km'],
    ['30 years ago', 'years'],
    ['Nazarbayev, 81 , who ruled', null],
    ['250 pieces of military equipment', 'pieces'],
    ['it was 2,030.', null],
    ['2,030 Russian.', 'russian'],
  ])('%s → %s', (text, unit) => {
    const figures = parse(text);
    expect(figures.length).toBeGreaterThan(0);
    expect((figures[0] as Figure).unit).toBe(unit);
  });

  it('only quantities have units: "in 2014 protests"', () => {
    expect(one('in 2014 protests erupted').unit).toBeNull();
  });
});

describe('parseFigures: odd input never throws', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['.,;:!?()[]—–-', []],
    ['1'.repeat(5000), []],
    ['1,2,3', []],
    ['1.2.3 and 192.168.0.1', []],
    ['3.', ['3']],
    ['.5', ['.5']],
    ['2,000,000', ['2,000,000']],
    ['v2.0', []],
    ['G20 summit', []],
    ['COVID-19', []],
    ['p-16', []],
    ['Su-25 jets', []],
    ['5G networks and 3D films', []],
    ['1,23', []],
    ['\ud800 12 \udfff', ['12']],
    ['😀12😀 people', ['12']],
  ])('%j → %j', (text, written) => {
    expect(texts(text)).toEqual(written);
  });

  it('reads 100,000 characters in one pass, finding every figure', () => {
    const sentence = 'At least 164 people were killed and about 2,000 troops, dozens of victims, in 2014. ';
    const repeats = Math.ceil(100_000 / sentence.length);
    const figures = parse(sentence.repeat(repeats));
    expect(figures).toHaveLength(4 * repeats);
    expect(figures.slice(0, 4).map((f) => f.text)).toEqual(['At least 164', 'about 2,000', 'dozens', '2014']);
  });

  it('reads long runs of digits, separators and number words without blowing up', () => {
    expect(parseFigures('1,000'.repeat(20_000))).toEqual([]);
    expect(parseFigures('one '.repeat(20_000))).toEqual([]);
    expect(parseFigures('twenty '.repeat(20_000))).toHaveLength(20_000);
    // Each "2,000-2,000" pair is no range (low < high fails), so every number stands alone.
    expect(parseFigures('2,000-'.repeat(10_000))).toHaveLength(10_000);
    expect(parseFigures('1\u00a0'.repeat(20_000))).toHaveLength(20_000);
  });
});

describe('parseFigures on sentences from the corpus', () => {
  it.each([
    ['The CSTO mission includes 2,030 soldiers and 250 pieces of military equipment', [['2,030', 2030, 'soldiers'], ['250', 250, 'pieces']]],
    ['At least 164 people were killed', [['At least 164', 164, 'people']]],
    ['7,939 people were detained', [['7,939', 7939, 'people']]],
    ['ten thousand militants', [['ten thousand', 10000, 'militants']]],
    ['the violence in Kazakhstan, which killed at least 164 people', [['at least 164', 164, 'people']]],
    ['About 125 people had been killed, and nearly 700 had gone missing', [['About 125', 125, 'people'], ['nearly 700', 700, null]]],
    ['which dispatched 2,500 peacekeepers to the region', [['2,500', 2500, 'peacekeepers']]],
    ['adding that 16 members of the security forces were killed', [['16', 16, 'members']]],
    ['since its independence 30 years ago', [['30', 30, 'years']]],
    ['which shares a 1,770 km (1,110 mile) border', [['1,770', 1770, 'km'], ['1,110', 1110, 'mile']]],
    ['a day of mourning for dozens of victims of the unrest', [['dozens', 24, 'victims']]],
  ])('%s', (text, expected) => {
    expect(parse(text).map((f) => [f.text, f.value, f.unit])).toEqual(expected);
  });

  it('"Nursultan Nazarbayev, 81 , who ruled from 1990 to 2019"', () => {
    expect(parse('Nursultan Nazarbayev, 81 , who ruled from 1990 to 2019').map((f) => [f.text, f.role])).toEqual([
      ['81', 'quantity'],
      ['1990', 'year'],
      ['2019', 'year'],
    ]);
  });

  it('"Local authorities announced on the 10th (local time)"', () => {
    expect(one('Local authorities announced on the 10th (local time)')).toMatchObject({ text: '10th', role: 'ordinal', value: 10 });
  });
});

describe('compareFigures', () => {
  const first = (text: string) => parse(text)[0] as Figure;
  it.each<[string, string | number, FigureRelation]>([
    ['2,030', 2030, 'same'],
    ['eight thousand', '8,000', 'same'],
    ['8 thousand', '8,000', 'same'],
    ['over 2,000', 'more than 2,000', 'same'],
    ['between 2,000 and 2,500', '2,000-2,500', 'same'],
    ['dozens', 'dozens', 'same'],
    ['2,500', '2,030', 'contradicts'],
    ['2,500', 2030, 'contradicts'],
    ['about 2,000', '2,030', 'consistent'],
    ['about 2,000', 2030, 'consistent'],
    ['over 2,000', '2,030', 'consistent'],
    ['over 2,000', '1,800', 'contradicts'],
    ['at least 164', '164', 'consistent'],
    ['at least 164', '163', 'contradicts'],
    ['under 2,000', '1,800', 'consistent'],
    ['under 2,000', '2,030', 'contradicts'],
    ['8 thousand', '7,939', 'consistent'],
    ['8 thousand', '7,400', 'contradicts'],
    ['2,000', '2,499', 'consistent'],
    ['2,000', '2,501', 'contradicts'],
    ['dozens', '40', 'consistent'],
    ['dozens', '164', 'contradicts'],
    ['thousands', '7,939', 'consistent'],
    ['hundreds', '2,000', 'contradicts'],
    ['in 2004', 'in 2014', 'contradicts'],
    ['in 2010', 'in 2014', 'contradicts'],
    ['in 2014', 'in 2014', 'same'],
    ['103', '164', 'contradicts'],
    ['nearly 700', '650', 'consistent'],
    ['2,000-2,500', '2,030', 'consistent'],
    ['2,000-2,500', '2,600', 'contradicts'],
    ['between 2 billion and 3 billion', '2.5 billion', 'consistent'],
    ['on the 10th', 'on the 2nd', 'contradicts'],
    ['at 14:05', 'at 2:05 pm', 'same'],
  ])('%s vs %s → %s', (a, b, relation) => {
    const right = typeof b === 'number' ? figureOfValue(b) : first(b);
    expect(compareFigures(first(a), right)).toBe(relation);
    expect(compareFigures(right, first(a))).toBe(relation);
  });

  it('figures of different roles contradict: a year is not a count', () => {
    expect(compareFigures(first('in 2014'), figureOfValue(2014))).toBe('contradicts');
    expect(compareFigures(first('on the 10th'), first('10 people'))).toBe('contradicts');
  });

  it('widens round numbers by half their precision, and approximate ones by the wider of that and 10%', () => {
    expect(toleranceInterval(first('2,000'))).toEqual([1500, 2500]);
    expect(toleranceInterval(first('8 thousand'))).toEqual([7500, 8500]);
    expect(toleranceInterval(first('2,030'))).toEqual([2025, 2035]);
    expect(toleranceInterval(first('164'))).toEqual([164, 164]);
    expect(toleranceInterval(first('about 2,000'))).toEqual([1500, 2500]);
    expect(toleranceInterval(first('about 2,030'))).toEqual([1827, 2233]);
    expect(toleranceInterval(first('over 2,000'))).toEqual([2000, Infinity]);
    expect(toleranceInterval(first('in 2010'))).toEqual([2010, 2010]);
  });
});

describe('figureOfValue', () => {
  it.each([
    [2030, '2,030', 10],
    [2000, '2,000', 1000],
    [164, '164', 1],
    [2.5, '2.5', 0.1],
    [0, '0', 1],
    [2.5e9, '2,500,000,000', 1e8],
    [1e21, '1,000,000,000,000,000,000,000', 1e21],
  ])('%d → %s, precision %d', (value, text, precision) => {
    expect(figureOfValue(value)).toEqual({
      text,
      start: 0,
      end: text.length,
      kind: 'exact',
      role: 'quantity',
      value,
      low: value,
      high: value,
      precision,
      qualifier: null,
      unit: null,
    });
  });

  it('a tiny value keeps its precision', () => {
    expect(figureOfValue(2.5e-7).precision).toBeCloseTo(1e-8, 20);
  });
});

describe('describeRelation', () => {
  const first = (text: string) => parse(text)[0] as Figure;
  it.each([
    [first('2,500'), figureOfValue(2030), '2,500 contradicts 2,030'],
    [first('about 2,000'), figureOfValue(2030), 'about 2,000 is consistent with 2,030'],
    [first('over 2,000'), figureOfValue(2030), 'over 2,000 is consistent with 2,030'],
    [first('8 thousand'), figureOfValue(7939), '8 thousand is consistent with 7,939 (rounded)'],
    [first('eight thousand'), first('8,000'), 'eight thousand is the same figure as 8,000'],
    [first('40 percent'), first('52%'), '40% contradicts 52%'],
    [first('40 percent'), first('44%'), '40% is consistent with 44% (rounded)'],
    [first('in 2014'), figureOfValue(2014), '2014 (year) cannot be compared with 2,014 (quantity)'],
  ])('%#: %s', (a, b, phrase) => {
    expect(describeRelation(a, b)).toBe(phrase);
  });
});

describe('parseFigures properties', () => {
  const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
  const fragment = fc.constantFrom(
    '2,000', '7\u00a0939', '2.5', '.', ',', '-', '–', ':', '%', '$', '~', ' ', ' ', '\n', '1', '05', '2014', 'th', 's', "'", '’',
    'over', 'more', 'than', 'at', 'least', 'about', 'nearly', 'between', 'and', 'from', 'to', 'a', 'one', 'twenty', 'five',
    'hundred', 'thousand', 'million', 'dozen', 'dozens', 'tens', 'of', 'hundreds', 'half', 'few', 'several', 'January',
    'Jan', 'pm', 'p', 'm', 'k', 'bn', 'people', 'Russian', 'were', 'third', 'per', 'cent', 'COVID', 'v',
  );
  const newsLike = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));
  const spacedNews = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(' '));

  it.each([
    ['graphemes', fc.string({ unit: 'grapheme', maxLength: 200 })],
    ['any UTF-16 code units, lone surrogates included', fc.string({ unit: anyUnit, maxLength: 200 })],
    ['number-ish fragments run together', newsLike],
    ['number-ish fragments with spaces', spacedNews],
  ])('%s: never throws; figures are ordered, disjoint, and slice back to their text', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (text) => {
        const figures = parseFigures(text);
        let previousEnd = 0;
        for (const figure of figures) {
          if (figure.start < previousEnd || figure.end <= figure.start || figure.end > text.length) return false;
          if (text.slice(figure.start, figure.end) !== figure.text) return false;
          if (!(figure.low <= figure.value && figure.value <= figure.high)) return false;
          if (Number.isNaN(figure.value) || !(figure.precision > 0)) return false;
          previousEnd = figure.end;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('a figure compared with itself is the same, and the relation is symmetric', () => {
    fc.assert(
      fc.property(spacedNews, spacedNews, (left, right) => {
        const a = parseFigures(left)[0];
        const b = parseFigures(right)[0];
        if (!a || !b) return true;
        return compareFigures(a, a) === 'same' && compareFigures(a, b) === compareFigures(b, a);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a run of zeros alone', () => {
  it('is not a figure: "2 000" with a plain space is not read as 2 and 0', () => {
    expect(parseFigures('2 000 people').map((f) => f.text)).toEqual(['2']);
    expect(parseFigures('000').map((f) => f.text)).toEqual([]);
    expect(parseFigures('0 people and 10 cars').map((f) => f.value)).toEqual([0, 10]);
  });
});

describe('tens and units without the hyphen', () => {
  it('reads "twenty one" as 21; a comma between them keeps them apart', () => {
    expect(parseFigures('twenty one people').map((f) => [f.text, f.value])).toEqual([['twenty one', 21]]);
    expect(parseFigures('sixty five thousand').map((f) => f.value)).toEqual([65000]);
    expect(parseFigures('twenty, one of them').map((f) => f.value)).toEqual([20]);
  });
});
