/**
 * figures: finds the figures in English news text ("over 2,000", "8 thousand", "dozens",
 * "between 2 billion and 3 billion") and compares two of them, so that an article saying "about
 * 2,000 troops" can be matched against a claim whose figure is 2,030, and so that outlets stating
 * the same figure differently are not reported as disagreeing.
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
 * soldiers" → "soldiers", "7,939 were detained" → null); "%", "percent" and "per cent" are all "%".
 *
 * Deliberately not figures: numbers glued to letters or to a word and a hyphen, which are names
 * and identifiers ("v2.0", "G20", "COVID-19", "p-16"; "mid-2014" is a year); runs of digits with
 * separators that fit no number ("1,2,3", "1.2.3"); more than 15 digits (identifiers, not counts);
 * decades that are not years ("the 90s"); fractions ("two-thirds", "a third of"). A minus sign is
 * not read: every value is >= 0. Times with a dot ("9.30 am") are read as the number 9.30.
 *
 * Comparing: two figures are the `same` when they allow exactly the same values ("8,000" and "eight
 * thousand"; "over 2,000" and "more than 2,000"). Otherwise a round number is taken to have been
 * rounded: an exact or approximate quantity whose precision (the unit of its last significant
 * digit: 2,000 → 1000, 2,030 → 10) is at least 10 also allows ± half its precision ("2,000" → [1500,
 * 2500]). They are `consistent` when the intervals then overlap, and `contradict` otherwise. Bounds,
 * ranges and vague quantities are not widened: "over 2,000" contradicts 1,800. Years, dates,
 * ordinals and times are labels, never widened ("2010" contradicts "2014"). Figures of different
 * roles (a year and a quantity) always contradict, and units are not compared: the caller decides
 * which figures are about the same thing.
 *
 * Parsing is linear in the length of the text: one pass makes tokens, one pass reads figures, and
 * each figure looks at most a few tokens either side.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './calendarWords.ts';

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

// ---------------------------------------------------------------------------------------------
// Tokens

interface Token {
  type: 'num' | 'word' | 'sym' | 'code';
  text: string;
  lower: string;
  start: number;
  end: number;
  /** White space between this token and the one before (true for the first token). */
  spaced: boolean;
  /** For numbers, the digits before and after the decimal point, separators dropped. */
  int: string;
  frac: string;
  grouped: boolean;
}

/** Thousands separators besides the comma; a plain space is not one. */
const SPACE_SEPARATORS = new Set(['\u00a0', '\u202f', '\u2009']);
const WHITE_SPACE = /\s/u;
const LETTERS = /[\p{L}\p{M}]+/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** More digits than this are identifiers (and beyond what a double holds exactly), not counts. */
const MAX_DIGITS = 15;

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/** Reads a run of digits and separators as one number, or null when it fits no number format. */
function readNumber(run: string): { int: string; frac: string; grouped: boolean } | null {
  let at = 0;
  while (isDigit(run[at])) at++;
  let int = run.slice(0, at);
  let grouped = false;
  if (int.length >= 1 && int.length <= 3) {
    // A group is exactly three digits: "1,23" and "1,2345" are not numbers.
    for (;;) {
      const separator = run[at];
      const isSeparator = separator === ',' || (separator !== undefined && SPACE_SEPARATORS.has(separator));
      if (!isSeparator || !isDigit(run[at + 1]) || !isDigit(run[at + 2]) || !isDigit(run[at + 3]) || isDigit(run[at + 4])) break;
      int += run.slice(at + 1, at + 4);
      at += 4;
      grouped = true;
    }
  }
  let frac = '';
  if (run[at] === '.' && isDigit(run[at + 1])) {
    let end = at + 1;
    while (isDigit(run[end])) end++;
    frac = run.slice(at + 1, end);
    at = end;
  }
  return at === run.length && int + frac !== '' ? { int, frac, grouped } : null;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let spaced = true;
  const push = (type: Token['type'], end: number, number?: { int: string; frac: string; grouped: boolean }) => {
    const raw = text.slice(pos, end);
    tokens.push({
      type,
      text: raw,
      lower: raw.toLowerCase(),
      start: pos,
      end,
      spaced,
      int: number?.int ?? '',
      frac: number?.frac ?? '',
      grouped: number?.grouped ?? false,
    });
    pos = end;
    spaced = false;
  };
  while (pos < text.length) {
    const char = text[pos] as string;
    if (WHITE_SPACE.test(char)) {
      pos++;
      spaced = true;
      continue;
    }
    const previous = text[pos - 1];
    const leadingPoint = char === '.' && isDigit(text[pos + 1]) && (previous === undefined || !LETTER_OR_DIGIT.test(previous));
    if (isDigit(char) || leadingPoint) {
      // The longest run of digits with single separators between them, so that "1,2,3" is read
      // (and rejected) whole rather than as "1" then ",2,3".
      let end = pos + 1;
      let spaceSeparated = false;
      while (end < text.length) {
        const next = text[end] as string;
        if (isDigit(next)) end++;
        else if ((next === ',' || next === '.' || SPACE_SEPARATORS.has(next)) && isDigit(text[end + 1])) {
          if (SPACE_SEPARATORS.has(next)) spaceSeparated = true;
          end += 2;
        } else break;
      }
      // "000" alone is the second half of a number split by a plain space ("2 000"), never a figure.
      const whole = /^0{2,}$/u.test(text.slice(pos, end)) ? null : readNumber(text.slice(pos, end));
      if (whole) push('num', end, whole);
      else if (!spaceSeparated) push('code', end);
      else {
        // "2022\u00a0100": no-break spaces that separate no thousands groups separate numbers. Each
        // piece is read once, so a long run costs its length.
        const runEnd = end;
        for (let at = pos; at < runEnd; at++) {
          if (!SPACE_SEPARATORS.has(text[at] as string)) continue;
          const piece = readNumber(text.slice(pos, at));
          push(piece ? 'num' : 'code', at, piece ?? undefined);
          pos = at + 1;
          spaced = true;
        }
        const last = readNumber(text.slice(pos, runEnd));
        push(last ? 'num' : 'code', runEnd, last ?? undefined);
      }
      continue;
    }
    LETTERS.lastIndex = pos;
    const letters = LETTERS.exec(text);
    if (letters) {
      push('word', pos + letters[0].length);
      continue;
    }
    const codePoint = text.codePointAt(pos) as number;
    push('sym', pos + (codePoint > 0xffff ? 2 : 1));
  }
  return tokens;
}

type Tokens = readonly Token[];

const wordAt = (ts: Tokens, i: number): string | null => (ts[i]?.type === 'word' ? (ts[i] as Token).lower : null);
/** The word at `i` when white space separates it from the token before. */
const spacedWord = (ts: Tokens, i: number): string | null => (ts[i]?.spaced ? wordAt(ts, i) : null);
/** The word at `i` when it touches the token before ("th" of "10th"). */
const gluedWord = (ts: Tokens, i: number): string | null => (ts[i] && !(ts[i] as Token).spaced ? wordAt(ts, i) : null);
const gluedSym = (ts: Tokens, i: number): string | null =>
  ts[i]?.type === 'sym' && !(ts[i] as Token).spaced ? (ts[i] as Token).text : null;
const symAt = (ts: Tokens, i: number): string | null => (ts[i]?.type === 'sym' ? (ts[i] as Token).text : null);

// ---------------------------------------------------------------------------------------------
// Vocabulary

const SMALL = new Map<string, number>(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((word, value) => [word, value]),
);
const TENS = new Map<string, number>(
  ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, index) => [word, 20 + 10 * index]),
);
/** Powers of ten named by scale words. */
const SCALES = new Map<string, number>([
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
]);
const PLURAL_SCALES = new Map<string, number>([
  ['thousands', 3],
  ['millions', 6],
  ['billions', 9],
  ['trillions', 12],
]);
/** Words that multiply a number in digits: "8 thousand", "3 hundred". */
const DIGIT_MULTIPLIERS = new Map<string, number>([['hundred', 2], ...SCALES]);
/** Suffixes glued to digits: "10k", "1.5bn". A glued "m" is metres unless money comes first ("$3m"). */
const GLUED_MULTIPLIERS = new Map<string, number>([
  ['k', 3],
  ['mn', 6],
  ['bn', 9],
  ['tn', 12],
]);
const ORDINALS = new Map<string, number>([
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
const FRACTIONS = new Set(['half', 'halves', 'quarter', 'quarters']);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
/** Before an ordinal word these make it a fraction or a unit of time: "a third of", "per second". */
const NOT_BEFORE_ORDINAL = new Set(['a', 'an', 'per', 'split']);
const CURRENCIES = new Set(['$', '£', '€', '¥', '₹', '₽', '₸']);
const RANGE_DASHES = new Set(['-', '–', '‒']);
/** Words that may join a number with a hyphen and leave it a number: "mid-2014", "pre-2020". */
const HYPHEN_PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late']);

interface QualifierPhrase {
  words: readonly string[];
  kind: 'lower-bound' | 'upper-bound' | 'approximate';
  /** "nearly 700" allows up to 700 but not beyond. */
  nearly: boolean;
}

const QUALIFIERS: readonly QualifierPhrase[] = [
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
const NOT_UNITS = new Set(
  (
    'a an the and or but nor of to in on at by for from with without as than that which who whom whose what when where while ' +
    'this these those it its they them their there here he she his her we our you your i me my him us ' +
    'is are was were be been being am had has have having will would could should can may might must shall do does did ' +
    'not no so if then per each every all some any more most less fewer such into onto over under about after before since ' +
    'until during against between among through across up down out off also just only even still yet ago again later earlier ' +
    'percent pct cent dozen dozens hundred hundreds'
  ).split(' '),
);
const DETERMINERS = new Set(['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our']);
/** Common adjectives before a counted noun: "2,000 more troops", "164 civilian deaths". */
const MODIFIERS = new Set(['more', 'other', 'new', 'additional', 'extra', 'foreign', 'military', 'civilian', 'local', 'young', 'innocent', 'unarmed', 'armed']);
const ADJECTIVE_ENDING = /(?:ian|ese|ish|ic|al|ed|ing)$/u;
const UPPER_INITIAL = /^\p{Lu}/u;

const isNumberWord = (word: string): boolean =>
  SMALL.has(word) || TENS.has(word) || SCALES.has(word) || PLURAL_SCALES.has(word) || ORDINALS.has(word) || word === 'hundred';

// ---------------------------------------------------------------------------------------------
// Numbers

/** A plain count, before any qualifier: what can end a range or be qualified. */
interface Cardinal {
  value: number;
  /** log10 of the precision. */
  exp: number;
  /** log10 of the multiplier written after the digits or words ("3 million" → 6), else 0. */
  multExp: number;
  /** The value before that multiplier ("3 million" → 3). */
  mantissa: number;
}

function trailingZeros(digits: string): number {
  let count = 0;
  while (count < digits.length && digits[digits.length - 1 - count] === '0') count++;
  return count === digits.length ? 0 : count;
}

function integerExp(value: number): number {
  let exp = 0;
  let rest = value;
  while (rest !== 0 && Number.isFinite(rest) && rest % 10 === 0) {
    rest /= 10;
    exp++;
  }
  return exp;
}

/** A number glued to a letter, or to a word by a hyphen, names something: "G20", "COVID-19", "p-16". */
function isCode(ts: Tokens, k: number): boolean {
  const token = ts[k] as Token;
  if (token.spaced) return false;
  const before = ts[k - 1];
  if (!before) return false;
  if (before.type === 'word' || before.type === 'code') return true;
  if (before.text === '-' && !before.spaced) {
    const word = ts[k - 2];
    return word !== undefined && (word.type === 'code' || (word.type === 'word' && !HYPHEN_PREFIXES.has(word.lower)));
  }
  return false;
}

/** Digits and an optional multiplier, as written from token `k`; null when `k` is not a count. */
function digitCardinal(ts: Tokens, k: number, money: boolean): { cardinal: Cardinal; next: number } | null {
  const token = ts[k];
  if (!token || token.type !== 'num' || token.int.length + token.frac.length > MAX_DIGITS || isCode(ts, k)) return null;
  const glued = gluedWord(ts, k + 1);
  const spaced = spacedWord(ts, k + 1);
  let multExp = 0;
  if (glued !== null) multExp = GLUED_MULTIPLIERS.get(glued) ?? (glued === 'm' && money ? 6 : 0);
  else if (spaced !== null) multExp = DIGIT_MULTIPLIERS.get(spaced) ?? 0;
  let next = multExp > 0 ? k + 2 : k + 1;
  // "3 hundred thousand"
  const scale = multExp === 2 ? SCALES.get(spacedWord(ts, next) ?? '') : undefined;
  if (scale !== undefined) {
    multExp += scale;
    next++;
  }
  const mantissa = Number(`${token.int}${token.frac}e${-token.frac.length}`);
  return {
    cardinal: {
      value: Number(`${token.int}${token.frac}e${multExp - token.frac.length}`),
      exp: (token.frac ? -token.frac.length : trailingZeros(token.int)) + multExp,
      multExp,
      mantissa,
    },
    next,
  };
}

/** "twenty", "twenty-five", "seven": a number below a hundred. */
function belowHundred(ts: Tokens, i: number, first: boolean): { value: number; next: number } | null {
  const word = first ? wordAt(ts, i) : spacedWord(ts, i);
  if (word === null) return null;
  const tens = TENS.get(word);
  if (tens !== undefined) {
    const unitWord = gluedSym(ts, i + 1) === '-' ? gluedWord(ts, i + 2) : null;
    const unit = unitWord === null ? undefined : SMALL.get(unitWord);
    if (unit !== undefined && unit >= 1 && unit <= 9) return { value: tens + unit, next: i + 3 };
    // "twenty one", written without the hyphen.
    const spacedUnitWord = spacedWord(ts, i + 1);
    const spacedUnit = spacedUnitWord === null ? undefined : SMALL.get(spacedUnitWord);
    return spacedUnit !== undefined && spacedUnit >= 1 && spacedUnit <= 9 ? { value: tens + spacedUnit, next: i + 2 } : { value: tens, next: i + 1 };
  }
  const small = SMALL.get(word);
  return small === undefined ? null : { value: small, next: i + 1 };
}

/** "two hundred", "a hundred and sixty-four", "twelve hundred", "forty": a number below ten thousand. */
function hundreds(ts: Tokens, i: number, first: boolean): { value: number; next: number } | null {
  const word = first ? wordAt(ts, i) : spacedWord(ts, i);
  if (word === null) return null;
  const head = word === 'a' ? { value: 1, next: i + 1 } : belowHundred(ts, i, first);
  if (head && head.value >= 1 && spacedWord(ts, head.next) === 'hundred') {
    let value = head.value * 100;
    let next = head.next + 1;
    const and = spacedWord(ts, next) === 'and';
    const rest = belowHundred(ts, and ? next + 1 : next, false);
    // "between two hundred and three hundred" is two numbers, not 203 and a stray "hundred".
    if (rest && rest.value > 0 && !(and && spacedWord(ts, rest.next) === 'hundred')) {
      value += rest.value;
      next = rest.next;
    }
    return { value, next };
  }
  return word === 'a' ? null : head;
}

/** A number in words from token `k`. */
function spelledCardinal(ts: Tokens, k: number): { cardinal: Cardinal; next: number } | null {
  const word = wordAt(ts, k);
  if (word === null) return null;
  const result = (value: number, next: number, multExp = 0, mantissa = value) => ({
    cardinal: { value, exp: integerExp(value), multExp, mantissa },
    next,
  });
  if (word === 'half' && spacedWord(ts, k + 1) === 'a') {
    const what = spacedWord(ts, k + 2);
    if (what === 'dozen') return result(6, k + 3);
    const scale = what === null ? undefined : SCALES.get(what);
    if (scale !== undefined) return result(5 * 10 ** (scale - 1), k + 3, scale, 0.5);
    return null;
  }
  if (word === 'a') {
    const what = spacedWord(ts, k + 1);
    if (what === 'dozen') return result(12, k + 2);
    const scale = what === null ? undefined : SCALES.get(what);
    if (scale !== undefined) return result(10 ** scale, k + 2, scale, 1);
  }
  let total = 0;
  let at = k;
  let lastScale = Infinity;
  let multExp = 0;
  let mantissa = 0;
  for (let first = true; ; first = false) {
    const group = hundreds(ts, at, first);
    if (!group) break;
    const after = spacedWord(ts, group.next);
    const scale = after === null ? undefined : SCALES.get(after);
    if (scale !== undefined && scale < lastScale && group.value > 0) {
      total += group.value * 10 ** scale;
      lastScale = scale;
      at = group.next + 1;
      multExp = scale;
      mantissa = group.value;
      // "two thousand and five"
      const rest = spacedWord(ts, at) === 'and' ? belowHundred(ts, at + 1, false) : null;
      if (rest && rest.value > 0) {
        const then = spacedWord(ts, rest.next);
        if (then !== 'hundred' && !(then !== null && SCALES.has(then))) {
          total += rest.value;
          at = rest.next;
          multExp = 0;
          mantissa = total;
          break;
        }
      }
      continue;
    }
    if (after === 'dozen' && first) {
      total = group.value * 12;
      at = group.next + 1;
    } else {
      total += group.value;
      at = group.next;
    }
    multExp = 0;
    mantissa = total;
    break;
  }
  if (at === k || (at === k + 1 && word === 'one')) return null;
  // "two-thirds", "one-quarter" are fractions.
  const after = gluedSym(ts, at) === '-' ? gluedWord(ts, at + 1) : null;
  if (after !== null && (FRACTIONS.has(after) || ORDINALS.has(after) || ORDINALS.has(after.replace(/s$/u, '')))) return null;
  return result(total, at, multExp, mantissa);
}

// ---------------------------------------------------------------------------------------------
// Cores: one number as written, before qualifiers and ranges

interface Core {
  role: FigureRole;
  kind: 'exact' | 'range';
  value: number;
  low: number;
  high: number;
  precision: number;
  start: number;
  end: number;
  /** Index of the first token after the core. */
  next: number;
  /** A unit the core itself shows ("%", "$", "km"); null: read the words after it. */
  unit: string | null;
  /** Set for plain counts, which can be qualified or end a range. */
  cardinal: Cardinal | null;
  /** A bare four-digit integer from 1800 to 2100: a year unless qualified. */
  yearLike: boolean;
}

function labelCore(role: FigureRole, value: number, start: number, end: number, next: number): Core {
  return { role, kind: 'exact', value, low: value, high: value, precision: 1, start, end, next, unit: null, cardinal: null, yearLike: false };
}

function isMonth(ts: Tokens, i: number, abbreviated: boolean): boolean {
  const token = ts[i];
  if (!token || token.type !== 'word' || !UPPER_INITIAL.test(token.text)) return false;
  return MONTH_NAMES.has(token.lower) || (abbreviated && MONTH_ABBREVIATIONS.has(token.lower));
}

/** "January 10", "Jan. 10": a month name right before token `k`. */
function monthBefore(ts: Tokens, k: number): boolean {
  if (!ts[k]?.spaced) return false;
  if (isMonth(ts, k - 1, true)) return true;
  return gluedSym(ts, k - 1) === '.' && isMonth(ts, k - 2, true) && MONTH_ABBREVIATIONS.has((ts[k - 2] as Token).lower);
}

/** "10 January", "10th of January": a month name from token `n`. */
function monthAfter(ts: Tokens, n: number): boolean {
  if (!ts[n]?.spaced) return false;
  if (isMonth(ts, n, true)) return true;
  return spacedWord(ts, n) === 'of' && ts[n + 1]?.spaced === true && isMonth(ts, n + 1, true);
}

/** "pm", "p.m.", "am", "a.m." from token `n`. */
function meridiem(ts: Tokens, n: number): { pm: boolean; next: number } | null {
  const word = wordAt(ts, n);
  if (word === 'am' || word === 'pm') return { pm: word === 'pm', next: n + 1 };
  if ((word === 'a' || word === 'p') && gluedSym(ts, n + 1) === '.' && gluedWord(ts, n + 2) === 'm') {
    return { pm: word === 'p', next: gluedSym(ts, n + 3) === '.' ? n + 4 : n + 3 };
  }
  return null;
}

function digitCore(ts: Tokens, k: number, money: Token | null): Core | null {
  const parsed = digitCardinal(ts, k, money !== null);
  if (!parsed) return null;
  const token = ts[k] as Token;
  const start = money ? money.start : token.start;
  const bareInteger = token.frac === '' && !token.grouped && token.type === 'num';
  const small = bareInteger ? Number(token.int) : NaN;
  if (parsed.cardinal.multExp === 0 && !money) {
    // 14:05, 9:30 pm
    const minutes = ts[k + 2];
    if (bareInteger && token.int.length <= 2 && small <= 24 && gluedSym(ts, k + 1) === ':' && minutes?.type === 'num' && !minutes.spaced && minutes.int.length === 2 && minutes.frac === '' && Number(minutes.int) <= 59) {
      let next = k + 3;
      let hour = small;
      const half = meridiem(ts, next);
      if (half && small >= 1 && small <= 12) {
        hour = (small % 12) + (half.pm ? 12 : 0);
        next = half.next;
      }
      return labelCore('time', hour * 60 + Number(minutes.int), token.start, (ts[next - 1] as Token).end, next);
    }
    const suffix = gluedWord(ts, k + 1);
    if (suffix !== null) {
      if (ORDINAL_SUFFIXES.has(suffix) && token.frac === '') {
        const role = small >= 1 && small <= 31 && (monthBefore(ts, k) || monthAfter(ts, k + 2)) ? 'date' : 'ordinal';
        return labelCore(role, Number(token.int), token.start, (ts[k + 1] as Token).end, k + 2);
      }
      if (suffix === 's') return decade(ts, k, k + 2);
      const half = meridiem(ts, k + 1);
      if (half && bareInteger && small >= 1 && small <= 12) {
        return labelCore('time', ((small % 12) + (half.pm ? 12 : 0)) * 60, token.start, (ts[half.next - 1] as Token).end, half.next);
      }
      // A glued lower-case unit ("5km", "24h"); anything else glued ("5G", "3D", "4WD") is a name.
      if (!/^\p{Ll}{1,3}$/u.test((ts[k + 1] as Token).text)) return null;
      return { ...quantity(parsed.cardinal, start, token.end, k + 2, false), unit: suffix };
    }
    const apostrophe = gluedSym(ts, k + 1);
    if ((apostrophe === '’' || apostrophe === "'") && gluedWord(ts, k + 2) === 's') return decade(ts, k, k + 3);
    const half = ts[k + 1]?.spaced ? meridiem(ts, k + 1) : null;
    if (half && bareInteger && small >= 1 && small <= 12) {
      return labelCore('time', ((small % 12) + (half.pm ? 12 : 0)) * 60, token.start, (ts[half.next - 1] as Token).end, half.next);
    }
    if (bareInteger && token.int.length <= 2 && small >= 1 && small <= 31 && (monthBefore(ts, k) || monthAfter(ts, k + 1))) {
      return labelCore('date', small, token.start, token.end, k + 1);
    }
  }
  const last = ts[parsed.next - 1] as Token;
  const yearShaped = bareInteger && token.int.length === 4 && parsed.cardinal.multExp === 0 && !money;
  const core = quantity(parsed.cardinal, start, last.end, parsed.next, yearShaped);
  if (money) core.unit = money.text;
  if (gluedSym(ts, parsed.next) === '%') {
    core.end = (ts[parsed.next] as Token).end;
    core.next = parsed.next + 1;
    core.unit = '%';
    core.yearLike = false;
  }
  return core;
}

/** `bare`: four digits, no separator, multiplier or currency, so the count may be a year. */
function quantity(cardinal: Cardinal, start: number, end: number, next: number, bare: boolean): Core {
  const { value } = cardinal;
  return {
    role: 'quantity',
    kind: 'exact',
    value,
    low: value,
    high: value,
    precision: 10 ** cardinal.exp,
    start,
    end,
    next,
    unit: null,
    cardinal,
    yearLike: bare && value >= 1800 && value <= 2100,
  };
}

/** "1990s" is the years 1990 to 1999; "the 90s" is left alone. */
function decade(ts: Tokens, k: number, next: number): Core | null {
  const token = ts[k] as Token;
  const year = Number(token.int);
  if (token.frac !== '' || token.grouped || token.int.length !== 4 || year < 1800 || year > 2100 || year % 10 !== 0) return null;
  return { ...labelCore('year', year, token.start, (ts[next - 1] as Token).end, next), kind: 'range', high: year + 9 };
}

function ordinalCore(ts: Tokens, k: number): Core | null {
  const token = ts[k];
  if (!token || token.type !== 'word') return null;
  const before = ts[k - 1];
  // "one-third", "two-thirds", "a third of", "per second" are fractions and units of time.
  if (before && ((!token.spaced && before.text === '-') || (token.spaced && before.type === 'word' && (NOT_BEFORE_ORDINAL.has(before.lower) || isNumberWord(before.lower))))) {
    return null;
  }
  const tens = TENS.get(token.lower);
  if (tens !== undefined && gluedSym(ts, k + 1) === '-') {
    const unit = ORDINALS.get(gluedWord(ts, k + 2) ?? '');
    if (unit !== undefined && unit <= 9) return labelCore('ordinal', tens + unit, token.start, (ts[k + 2] as Token).end, k + 3);
  }
  const value = ORDINALS.get(token.lower);
  return value === undefined ? null : labelCore('ordinal', value, token.start, token.end, k + 1);
}

/** One number as written from token `k`: a count (with its currency sign), year, date, ordinal or time. */
function parseCore(ts: Tokens, k: number): Core | null {
  const token = ts[k];
  if (!token) return null;
  if (token.type === 'sym' && CURRENCIES.has(token.text) && ts[k + 1]?.type === 'num' && !(ts[k + 1] as Token).spaced) {
    return digitCore(ts, k + 1, token);
  }
  if (token.type === 'num') return digitCore(ts, k, null);
  if (token.type !== 'word') return null;
  // "twenty-first" before "twenty", which would leave "-first".
  const compoundOrdinal = TENS.has(token.lower) && gluedSym(ts, k + 1) === '-' ? ordinalCore(ts, k) : null;
  if (compoundOrdinal) return compoundOrdinal;
  const spelled = spelledCardinal(ts, k);
  if (spelled) return quantity(spelled.cardinal, token.start, (ts[spelled.next - 1] as Token).end, spelled.next, false);
  return ordinalCore(ts, k);
}

// ---------------------------------------------------------------------------------------------
// Figures

interface Qualifier {
  phrase: QualifierPhrase;
  text: string;
  start: number;
  next: number;
}

function qualifierAt(ts: Tokens, i: number): Qualifier | null {
  const token = ts[i];
  if (!token) return null;
  if (token.type === 'sym' && token.text === '~') return { phrase: { words: ['~'], kind: 'approximate', nearly: false }, text: '~', start: token.start, next: i + 1 };
  if (token.type !== 'word') return null;
  let best: QualifierPhrase | null = null;
  for (const phrase of QUALIFIERS) {
    if (best && best.words.length >= phrase.words.length) continue;
    const matches = phrase.words.every((word, offset) => (offset === 0 ? wordAt(ts, i) : spacedWord(ts, i + offset)) === word);
    if (matches && ts[i + phrase.words.length]?.spaced) best = phrase;
  }
  return best ? { phrase: best, text: best.words.join(' '), start: token.start, next: i + best.words.length } : null;
}

interface Found {
  figure: Figure;
  next: number;
}

function makeFigure(
  text: string,
  start: number,
  end: number,
  fields: Omit<Figure, 'text' | 'start' | 'end'>,
): Figure {
  return { text: text.slice(start, end), start, end, ...fields };
}

/** Low and high of "2,000-2,500", "two to three thousand"; null when the two do not make a range. */
function rangeOf(first: Core, second: Core): { low: number; high: number; precision: number } | null {
  const a = first.cardinal;
  const b = second.cardinal;
  if (!a || !b || first.role !== 'quantity' || second.role !== 'quantity') return null;
  // "from 1990 to 2019" and "2004-2014" are two years, not a count between them.
  if (first.yearLike && second.yearLike) return null;
  let low = a.value;
  let lowExp = a.exp;
  // "two to three thousand": the multiplier of the high end also applies to the low end.
  if (a.multExp === 0 && b.multExp > 0 && a.mantissa < b.mantissa) {
    low = a.value * 10 ** b.multExp;
    lowExp += b.multExp;
  }
  if (!(low < b.value)) return null;
  return { low, high: b.value, precision: 10 ** Math.min(lowExp, b.exp) };
}

function unitOf(ts: Tokens, core: Core): string | null {
  return core.unit ?? unitAfter(ts, core.next);
}

function figureAt(text: string, ts: Tokens, i: number): Found | null {
  const qualifier = qualifierAt(ts, i);
  const opener = qualifier ? null : wordAt(ts, i);
  if (opener === 'between' || opener === 'from') {
    const first = parseCore(ts, i + 1);
    const connector = first ? first.next : -1;
    const word = spacedWord(ts, connector);
    const dash = symAt(ts, connector);
    const joined = opener === 'between' ? word === 'and' : word === 'to' || (dash !== null && RANGE_DASHES.has(dash));
    const second = first && joined ? parseCore(ts, connector + 1) : null;
    const range = first && second ? rangeOf(first, second) : null;
    if (range && second) {
      const start = (ts[i] as Token).start;
      const fields = { kind: 'range', role: 'quantity', value: range.low, ...range, qualifier: null, unit: unitOf(ts, second) } as const;
      return { figure: makeFigure(text, start, second.end, fields), next: second.next };
    }
  }
  const core = parseCore(ts, qualifier ? qualifier.next : i);
  if (core) {
    const fieldsOf = (kind: FigureKind, low: number, high: number, role: FigureRole = core.role) => ({
      kind,
      role,
      value: core.value,
      low,
      high,
      precision: core.precision,
      qualifier: null,
      unit: role === 'quantity' ? unitOf(ts, core) : null,
    });
    // A qualifier bounds counts only; "about 3 pm" is read as the time.
    if (core.role !== 'quantity') {
      return { figure: makeFigure(text, core.start, core.end, fieldsOf(core.kind, core.low, core.high)), next: core.next };
    }
    const start = qualifier ? qualifier.start : core.start;
    const phrase = qualifier?.phrase;
    const connector = core.next;
    const dash = symAt(ts, connector);
    if (!phrase || phrase.kind === 'approximate') {
      const joined = spacedWord(ts, connector) === 'to' || (dash !== null && RANGE_DASHES.has(dash));
      const second = joined ? parseCore(ts, connector + 1) : null;
      const range = second ? rangeOf(core, second) : null;
      if (range && second) {
        const low = phrase ? (range.low * 9) / 10 : range.low;
        const high = phrase ? (range.high * 11) / 10 : range.high;
        const fields = { kind: 'range', role: 'quantity', value: range.low, low, high, precision: range.precision, qualifier: qualifier?.text ?? null, unit: core.unit ?? unitOf(ts, second) } as const;
        return { figure: makeFigure(text, start, second.end, fields), next: second.next };
      }
    }
    const v = core.value;
    let fields: Omit<Figure, 'text' | 'start' | 'end'>;
    if (!phrase) fields = fieldsOf('exact', v, v, core.yearLike ? 'year' : 'quantity');
    else if (phrase.kind === 'lower-bound') fields = fieldsOf('lower-bound', v, Infinity);
    else if (phrase.kind === 'upper-bound') fields = fieldsOf('upper-bound', -Infinity, v);
    else fields = fieldsOf('approximate', (v * 9) / 10, phrase.nearly ? v : (v * 11) / 10);
    return { figure: makeFigure(text, start, core.end, { ...fields, qualifier: qualifier?.text ?? null }), next: core.next };
  }
  if (qualifier) return null;
  const vague = vagueAt(ts, i);
  if (!vague) return null;
  const start = (ts[i] as Token).start;
  const end = (ts[vague.next - 1] as Token).end;
  const fields = { kind: 'vague', role: 'quantity', value: vague.low, low: vague.low, high: vague.high, precision: vague.precision, qualifier: null, unit: unitAfter(ts, vague.next) } as const;
  return { figure: makeFigure(text, start, end, fields), next: vague.next };
}

/** "dozens", "tens of thousands", "several hundred": counts given only by their order of magnitude. */
function vagueAt(ts: Tokens, i: number): { low: number; high: number; precision: number; next: number } | null {
  const word = wordAt(ts, i);
  if (word === null) return null;
  // Twice the order of magnitude up to just below the next: "thousands" is [2000, 9999].
  const magnitude = (exp: number, next: number) => ({ low: 2 * 10 ** exp, high: 10 ** (exp + 1) - 1, precision: 10 ** exp, next });
  if (word === 'dozens') return { low: 24, high: 99, precision: 1, next: i + 1 };
  if (word === 'scores' && spacedWord(ts, i + 1) === 'of') return { low: 40, high: 99, precision: 1, next: i + 1 };
  if (word === 'tens' || word === 'hundreds') {
    const scaleWord = spacedWord(ts, i + 1) === 'of' ? spacedWord(ts, i + 2) : null;
    const scale = scaleWord === null ? undefined : PLURAL_SCALES.get(scaleWord);
    const times = word === 'tens' ? 1 : 2;
    if (scale !== undefined) return magnitude(scale + times, i + 3);
    return word === 'hundreds' ? magnitude(2, i + 1) : null;
  }
  const plural = PLURAL_SCALES.get(word);
  if (plural !== undefined) return magnitude(plural, i + 1);
  if (word === 'several' || (word === 'a' && spacedWord(ts, i + 1) === 'few')) {
    const at = word === 'a' ? i + 2 : i + 1;
    const scaleWord = spacedWord(ts, at);
    const scale = scaleWord === 'hundred' ? 2 : scaleWord === null ? undefined : SCALES.get(scaleWord);
    if (scale === undefined) return null;
    // "several hundred thousand"
    const more = scale === 2 ? SCALES.get(spacedWord(ts, at + 1) ?? '') : undefined;
    return more === undefined ? magnitude(scale, at + 1) : magnitude(scale + more, at + 2);
  }
  return null;
}

/** A word, with any words joined to it by hyphens ("peace-keepers", "well-armed"). */
function wordWithHyphens(ts: Tokens, i: number): { lower: string; capital: boolean; next: number } | null {
  const token = ts[i];
  if (!token || token.type !== 'word' || !token.spaced) return null;
  let lower = token.lower;
  let next = i + 1;
  while (gluedSym(ts, next) === '-' && gluedWord(ts, next + 1) !== null) {
    lower += `-${(ts[next + 1] as Token).lower}`;
    next += 2;
  }
  return { lower, capital: UPPER_INITIAL.test(token.text), next };
}

/** What the number counts, from the words at token `n`; null when it is followed by a verb or nothing. */
function unitAfter(ts: Tokens, n: number): string | null {
  const token = ts[n];
  if (!token) return null;
  if (token.type === 'sym') return token.text === '%' ? '%' : null;
  let word = wordWithHyphens(ts, n);
  if (!word) return null;
  if (word.lower === 'percent' || word.lower === 'pct') return '%';
  if (word.lower === 'per' && spacedWord(ts, word.next) === 'cent') return '%';
  if (word.lower === 'of') {
    // "dozens of victims", "16 members of": skip the "of" (and a determiner) before the noun.
    const at = DETERMINERS.has(spacedWord(ts, word.next) ?? '') ? word.next + 1 : word.next;
    word = wordWithHyphens(ts, at);
  }
  let fallback: string | null = null;
  for (let skipped = 0; word; skipped++) {
    const lower = word.lower;
    const following = wordWithHyphens(ts, word.next);
    const modifier = MODIFIERS.has(lower) || (!NOT_UNITS.has(lower) && (word.capital || ADJECTIVE_ENDING.test(lower)));
    // "2,030 Russian soldiers", "2,000 more troops": the noun comes after an adjective or two.
    if (skipped < 2 && modifier && following && !NOT_UNITS.has(following.lower) && !isNumberWord(following.lower)) {
      if (!lower.endsWith('ed') && !lower.endsWith('ing') && !NOT_UNITS.has(lower)) fallback = lower;
      word = following;
      continue;
    }
    if (NOT_UNITS.has(lower) || isNumberWord(lower) || MONTH_NAMES.has(lower)) return fallback;
    // "164 killed": a participle is what happened, not what was counted.
    return lower.endsWith('ed') ? fallback : lower;
  }
  return fallback;
}

/** The figures of `text`, in text order and non-overlapping. Never throws. */
export function parseFigures(text: string): Figure[] {
  const ts = tokenize(text);
  const figures: Figure[] = [];
  for (let i = 0; i < ts.length; ) {
    const found = figureAt(text, ts, i);
    if (found) {
      figures.push(found.figure);
      i = Math.max(found.next, i + 1);
    } else i++;
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------
// Comparing

/**
 * The interval a figure allows once rounding is allowed for: a round count (precision >= 10)
 * stated exactly or approximately may have been rounded to that precision.
 */
export function toleranceInterval(figure: Figure): [number, number] {
  const rounded = figure.role === 'quantity' && (figure.kind === 'exact' || figure.kind === 'approximate') && figure.precision >= 10;
  if (!rounded) return [figure.low, figure.high];
  const half = figure.precision / 2;
  return [Math.min(figure.low, figure.value - half), Math.max(figure.high, figure.value + half)];
}

const overlap = ([aLow, aHigh]: readonly [number, number], [bLow, bHigh]: readonly [number, number]): boolean =>
  aLow <= bHigh && bLow <= aHigh;

/**
 * How two figures relate. Figures of different roles contradict (a year is not a count); units are
 * not compared.
 */
export function compareFigures(a: Figure, b: Figure): FigureRelation {
  if (a.role !== b.role) return 'contradicts';
  if (a.low === b.low && a.high === b.high && a.value === b.value) return 'same';
  return overlap(toleranceInterval(a), toleranceInterval(b)) ? 'consistent' : 'contradicts';
}

function precisionOfValue(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  // toString gives the shortest digits that round-trip, with an exponent for very large or small values.
  const [mantissa = '', exponent = '0'] = Math.abs(value).toString().split('e');
  const [int = '', frac = ''] = mantissa.split('.');
  return 10 ** (Number(exponent) + (frac ? -frac.length : trailingZeros(int)));
}

/**
 * A figure for a bare number from data (e.g. a claim's figure value 2030): exact, role quantity,
 * precision from its digits. It was not read from text: `start` is 0 and `end` the length of `text`.
 */
export function figureOfValue(value: number): Figure {
  const text = value.toLocaleString('en', { maximumFractionDigits: 20 });
  return { text, start: 0, end: text.length, kind: 'exact', role: 'quantity', value, low: value, high: value, precision: precisionOfValue(value), qualifier: null, unit: null };
}

const label = (figure: Figure): string => (figure.unit === '%' && !figure.text.endsWith('%') ? `${figure.text}%` : figure.text);

/**
 * A short English phrase for readers: "2,500 contradicts 2,030", "about 2,000 is consistent with
 * 2,030", "8 thousand is consistent with 7,939 (rounded)" — "(rounded)" when only the rounding
 * tolerance reconciles them.
 */
export function describeRelation(a: Figure, b: Figure): string {
  if (a.role !== b.role) return `${label(a)} (${a.role}) cannot be compared with ${label(b)} (${b.role})`;
  const relation = compareFigures(a, b);
  if (relation === 'same') return `${label(a)} is the same figure as ${label(b)}`;
  if (relation === 'contradicts') return `${label(a)} contradicts ${label(b)}`;
  const rounded = !overlap([a.low, a.high], [b.low, b.high]);
  return `${label(a)} is consistent with ${label(b)}${rounded ? ' (rounded)' : ''}`;
}
