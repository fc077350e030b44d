/**
 * numberWords: the English vocabulary of figures: number and scale words, ordinals, multipliers,
 * currencies, qualifiers ("over", "about") and the words that are never what a number counts.
 */

export const SMALL = new Map<string, number>(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((word, value) => [word, value]),
);
export const TENS = new Map<string, number>(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, index) => [word, 20 + 10 * index]),
);
/** Powers of ten named by scale words. */
export const SCALES = new Map<string, number>([
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
]);
export const PLURAL_SCALES = new Map<string, number>([
  ['thousands', 3],
  ['millions', 6],
  ['billions', 9],
  ['trillions', 12],
]);
/** Words that multiply a number in digits: "8 thousand", "3 hundred". */
export const DIGIT_MULTIPLIERS = new Map<string, number>([['hundred', 2], ...SCALES]);
/** Suffixes glued to digits: "10k", "1.5bn". A glued "m" is metres unless money comes first ("$3m"). */
export const GLUED_MULTIPLIERS = new Map<string, number>([
  ['k', 3],
  ['mn', 6],
  ['bn', 9],
  ['tn', 12],
]);
export const ORDINALS = new Map<string, number>([
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'].map(
    (word, index): [string, number] => [word, index + 1],
  ),
  ...['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'].map(
    (word, index): [string, number] => [word, 20 + 10 * index],
  ),
  ['hundredth', 100],
  ['thousandth', 1000],
  ['millionth', 1e6],
]);
export const FRACTIONS = new Set(['half', 'halves', 'quarter', 'quarters']);
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
/** Before an ordinal word these make it a fraction or a unit of time: "a third of", "per second". */
export const NOT_BEFORE_ORDINAL = new Set(['a', 'an', 'per', 'split']);
export const CURRENCIES = new Set(['$', '£', '€', '¥', '₹', '₽', '₸']);
export const RANGE_DASHES = new Set(['-', '–', '‒']);
/** Words that may join a number with a hyphen and leave it a number: "mid-2014", "pre-2020". */
export const HYPHEN_PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late']);

export interface QualifierPhrase {
  words: readonly string[];
  kind: 'lower-bound' | 'upper-bound' | 'approximate';
  /** "nearly 700" allows up to 700 but not beyond. */
  nearly: boolean;
}

export const QUALIFIERS: readonly QualifierPhrase[] = [
  ...['over', 'more than', 'above', 'at least', 'upwards of', 'in excess of', 'no fewer than', 'no less than', 'not less than'].map(
    (phrase): QualifierPhrase => ({ words: phrase.split(' '), kind: 'lower-bound', nearly: false }),
  ),
  ...['under', 'less than', 'fewer than', 'below', 'up to', 'at most', 'no more than', 'not more than'].map(
    (phrase): QualifierPhrase => ({ words: phrase.split(' '), kind: 'upper-bound', nearly: false }),
  ),
  ...['about', 'around', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'circa'].map(
    (phrase): QualifierPhrase => ({ words: phrase.split(' '), kind: 'approximate', nearly: false }),
  ),
  ...['nearly', 'almost', 'close to', 'just under'].map(
    (phrase): QualifierPhrase => ({ words: phrase.split(' '), kind: 'approximate', nearly: true }),
  ),
];

/** Words after a number that are not what it counts: verbs, auxiliaries, pronouns, function words. */
export const NOT_UNITS = new Set(
  (
    'a an the and or but nor of to in on at by for from with without as than that which who whom whose what when where while ' +
    'this these those it its they them their there here he she his her we our you your i me my him us ' +
    'is are was were be been being am had has have having will would could should can may might must shall do does did ' +
    'not no so if then per each every all some any more most less fewer such into onto over under about after before since ' +
    'until during against between among through across up down out off also just only even still yet ago again later earlier ' +
    'percent pct cent dozen dozens hundred hundreds'
  ).split(' '),
);
export const DETERMINERS = new Set(['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our']);
/** Common adjectives before a counted noun: "2,000 more troops", "164 civilian deaths". */
export const MODIFIERS = new Set(['more', 'other', 'new', 'additional', 'extra', 'foreign', 'military', 'civilian', 'local', 'young', 'innocent', 'unarmed', 'armed']);
export const ADJECTIVE_ENDING = /(?:ian|ese|ish|ic|al|ed|ing)$/u;
export const UPPER_INITIAL = /^\p{Lu}/u;

export const isNumberWord = (word: string): boolean =>
  SMALL.has(word) || TENS.has(word) || SCALES.has(word) || PLURAL_SCALES.has(word) || ORDINALS.has(word) || word === 'hundred';
