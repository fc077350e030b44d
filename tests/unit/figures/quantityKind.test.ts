import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/lib/figures/figure.ts';
import { parseFigures } from '../../../src/lib/figures/parseFigures.ts';
import { comparableKinds, figureClause, kindOfUnit, kindOfWords, quantityKind } from '../../../src/lib/figures/quantityKind.ts';

/** The kind of each figure of a sentence, by its text. */
const kinds = (text: string) => {
  const figures = parseFigures(text);
  return figures.map((figure) => [figure.text, quantityKind(figureClause(text, figure, figures))]);
};

describe('parseFigures reads a unit through a list of adjectives', () => {
  it.each([
    ['2,500 Russian, Belarusian, Armenian, Tajik and Kyrgyz troops', 'troops'],
    ['2,500 Russian and Belarusian troops', 'troops'],
    ['some 300 Armenian, Tajik or Kyrgyz servicemen', 'servicemen'],
  ])('%s → %s', (text, unit) => {
    expect((parseFigures(text)[0] as Figure).unit).toBe(unit);
  });

  it('a list needs its final "and" or "or": a comma alone ends the figure’s words', () => {
    expect((parseFigures('2,500 Russian, officials said')[0] as Figure).unit).toBe('russian');
    expect((parseFigures('164 killed, and 2,000 injured')[0] as Figure).unit).toBeNull();
  });
});

describe('quantityKind: what a figure counts, from its clause', () => {
  it.each([
    ['The alliance flew in 2,500 Russian, Belarusian, Armenian, Tajik and Kyrgyz troops.', [['2,500', 'troops']]],
    // Two figures, two kinds: neither borrows the other's words.
    ['At least 164 people were killed and about 8,000 detained, officials said.', [['At least 164', 'killed'], ['about 8,000', 'detained']]],
    ['Police detained 7,939 people.', [['7,939', 'detained']]],
    ['The health ministry put the death toll at 164.', [['164', 'killed']]],
    // What happened to them wins over who they are.
    ['Tokayev said 16 members of the security forces were killed.', [['16', 'killed']]],
    ['The unrest caused $2 billion in losses.', [['$2 billion', 'money']]],
    ['the CSTO deployed its troops, about 2,000 in all', [['about 2,000', 'troops']]],
    ['the worst in 30 years of independence', [['30', 'duration']]],
    ['He is 81 years old.', [['81', 'age']]],
    ['China shares a 1,770 km border with Kazakhstan.', [['1,770', 'distance']]],
    ['Fuel prices rose by 40%.', [['40%', 'percent']]],
    // A figure that names what it counts does not take the words before it.
    ['She has reported for 20 years and has written two books.', [['20', 'duration'], ['two', null]]],
    ['Nazarbayev, 81, who ruled', [['81', null]]],
    // The figure's own noun ends its words: the states are not the troops sent later.
    ['The leaders of six former Soviet states met, days after the alliance sent troops.', [['six', null]]],
    // A noun hyphenated to the number says what it counts; "-strong" leaves it to the next noun.
    ['the six-nation alliance said its forces had left', [['six', null]]],
    ['a 2,000-strong force', [['2,000', 'troops']]],
    ['a 2,500-troop force', [['2,500', 'troops']]],
    ['a 1,770-km border', [['1,770', 'distance']]],
    // An age said first describes whoever is counted, whatever happened to them.
    ['a 30-year-old man was killed', [['30', 'age']]],
    // "units" says nothing of its own: "units of equipment" are equipment.
    ['The contingent numbers 2,030 personnel and 250 units of equipment.', [['2,030', 'troops'], ['250', 'equipment']]],
    ['250 units of military hardware', [['250', 'equipment']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('a clause ends at a semicolon, colon, bracket or dash', () => {
    expect(kinds('They counted 300; many were killed.')).toEqual([['300', null]]);
    expect(kinds('About 50 — all of them detained later — stayed.')).toEqual([['About 50', null]]);
  });

  it('the units written in the claims data', () => {
    expect(kindOfUnit('people killed')).toBe('killed');
    expect(kindOfUnit('security-force members killed')).toBe('killed');
    expect(kindOfUnit('people detained')).toBe('detained');
    expect(kindOfUnit('troops')).toBe('troops');
    expect(kindOfUnit('years since independence')).toBe('duration');
    expect(kindOfUnit('years of age')).toBe('age');
    expect(kindOfUnit('US dollars (lower bound of 2–3 billion)')).toBe('money');
    expect(kindOfUnit('km of border')).toBe('distance');
    expect(kindOfUnit('pieces of military equipment')).toBe('equipment');
    expect(kindOfUnit('residents')).toBeNull();
  });

  it('kinds are compared only when both are known', () => {
    expect(comparableKinds('killed', 'detained')).toBe(false);
    expect(comparableKinds('duration', 'killed')).toBe(false);
    expect(comparableKinds('killed', 'killed')).toBe(true);
    expect(comparableKinds(null, 'killed')).toBe(true);
    expect(kindOfWords([])).toBeNull();
  });
});
