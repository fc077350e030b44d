/**
 * figure: what a figure is. This folder finds the figures in English news text ("over 2,000", "8
 * thousand", "dozens", "between 2 billion and 3 billion") and compares two of them, so that an
 * article saying "about 2,000 troops" can be matched against a claim whose figure is 2,030, and so
 * that outlets stating the same figure differently are not reported as disagreeing.
 *
 * What a figure is:
 * - a number in digits, with thousands separators (",", or a no-break or thin space; a plain space
 *   is not one: "in 2022 100 people" is two figures) and a decimal point ("7,939", "2.5", ".5"),
 *   optionally followed by a multiplier ("8 thousand", "2.5 billion", "10k", "1.5bn", "$3m");
 * - a number in words ("twenty-five", "one hundred and sixty-four", "eight thousand", "a dozen",
 *   "half a million"); a lone "one" is a pronoun ("no one", "one of the"), not a figure;
 * - a vague quantity: "dozens" [24, 99], "scores of" [40, 99], "hundreds" [200, 999], "thousands"
 *   [2000, 9999], "tens of thousands" [20000, 99999], "hundreds of thousands", "millions",
 *   "billions", "several hundred", "a few thousand" (a bare "a few" or "several" is not a figure).
 *
 * A qualifier before a number is part of the figure and sets its kind: lower bounds ("over", "more
 * than", "at least"…) allow [v, ∞); upper bounds ("under", "up to"…) allow (-∞, v]; "nearly",
 * "almost", "close to", "just under" allow [0.9v, v]; other approximations ("about", "some", "an
 * estimated", "~"…) allow [0.9v, 1.1v]. A qualifier bounds counts only ("about 3 pm" is the time).
 * Ranges ("2,000-2,500", "between 2,000 and 2,500", "from 2,000 to 2,500", "two to three thousand")
 * allow [low, high], carry the low end as their value and the finer precision of the two ends; an
 * approximate qualifier widens a range by 10% each way. Two years are never a range ("from 1990 to
 * 2019" is two years), nor is a high end below the low ("won 10-5").
 *
 * Roles keep labels from being compared as counts: a bare four-digit integer from 1800 to 2100 is a
 * year ("in 2014"; "over 2000" and "2,014" are quantities); a day next to a month name is a date
 * ("January 10", "10th of January"; the month is not part of the figure); "10th" and "third" are
 * ordinals; "14:05" and "3 pm" are times (value: minutes since midnight). Everything else is a
 * quantity, with a unit read from the words after it ("2,500 troops" → "troops", "2,030 Russian
 * soldiers" → "soldiers", "2,500 Russian, Belarusian and Kyrgyz troops" → "troops", "7,939 were
 * detained" → null); "%", "percent" and "per cent" are all "%".
 *
 * Deliberately not figures: numbers glued to letters or to a word and a hyphen, which are names
 * and identifiers ("v2.0", "G20", "COVID-19", "p-16"; "mid-2014" is a year); runs of digits with
 * separators that fit no number ("1,2,3", "1.2.3"); more than 15 digits (identifiers, not counts);
 * decades that are not years ("the 90s"); fractions ("two-thirds", "a third of"). A minus sign is
 * not read: every value is >= 0. Times with a dot ("9.30 am") are read as the number 9.30.
 *
 * Comparing (compareFigures.ts): two figures are the `same` when they allow exactly the same
 * values ("8,000" and "eight thousand"; "over 2,000" and "more than 2,000"). Otherwise a round number is taken to have been
 * rounded: an exact or approximate quantity whose precision (the unit of its last significant
 * digit: 2,000 → 1000, 2,030 → 10) is at least 10 also allows ± half its precision ("2,000" → [1500,
 * 2500]). They are `consistent` when the intervals then overlap, and `contradict` otherwise. Bounds,
 * ranges and vague quantities are not widened: "over 2,000" contradicts 1,800. Years, dates,
 * ordinals and times are labels, never widened ("2010" contradicts "2014"). Figures of different
 * roles (a year and a quantity) always contradict, and units are not compared: the caller decides
 * which figures are about the same thing.
 */

export type FigureKind = 'exact' | 'approximate' | 'lower-bound' | 'upper-bound' | 'range' | 'vague';
export type FigureRole = 'quantity' | 'year' | 'date' | 'ordinal' | 'time';

export interface Figure {
  /** The figure as written, qualifier included: "over 2,000", "8 thousand", "dozens", "between 2,000 and 2,500". */
  text: string;
  /** UTF-16 offsets of `text` in the input. */
  start: number;
  end: number;
  kind: FigureKind;
  role: FigureRole;
  /** Representative value: the number itself; for a range or a vague quantity, its low end. */
  value: number;
  /** Inclusive interval the wording allows, before rounding tolerance: [2000, Infinity) for "over 2,000". */
  low: number;
  high: number;
  /** Unit of the last significant digit as written: 2,030 → 10, 2,000 → 1000, 164 → 1, 2.5 → 0.1, "8 thousand" → 1000, "2.5 billion" → 1e8. */
  precision: number;
  /** Lower-cased qualifier as written ("over", "more than", "about", "at least", "nearly"), or null. */
  qualifier: string | null;
  /** Lower-cased noun right after the figure ("troops", "people", "%", "percent"), skipping an adjective or two is fine; null when none. */
  unit: string | null;
}

export type FigureRelation = 'same' | 'consistent' | 'contradicts';
