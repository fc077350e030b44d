/**
 * cardinals: a plain count as written from one token, in digits ("7,939", "8 thousand", "10k") or
 * in words ("one hundred and sixty-four"), with the precision its last significant digit gives.
 */
import { gluedSym, gluedWord, MAX_DIGITS, spacedWord, type Token, type Tokens, wordAt } from './figureTokens.ts';
import { DIGIT_MULTIPLIERS, FRACTIONS, GLUED_MULTIPLIERS, HYPHEN_PREFIXES, ORDINALS, SCALES, SMALL, TENS } from './numberWords.ts';

/** A plain count, before any qualifier: what can end a range or be qualified. */
export interface Cardinal {
  value: number;
  /** log10 of the precision. */
  exp: number;
  /** log10 of the multiplier written after the digits or words ("3 million" → 6), else 0. */
  multExp: number;
  /** The value before that multiplier ("3 million" → 3). */
  mantissa: number;
}

export function trailingZeros(digits: string): number {
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
export function digitCardinal(ts: Tokens, k: number, money: boolean): { cardinal: Cardinal; next: number } | null {
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
export function spelledCardinal(ts: Tokens, k: number): { cardinal: Cardinal; next: number } | null {
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
