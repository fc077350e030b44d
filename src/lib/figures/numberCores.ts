/**
 * numberCores: one number as written, before qualifiers and ranges, with its role: a count (and its
 * currency sign), a year, a date, an ordinal or a time.
 */
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../text/calendarWords.ts';
import type { FigureRole } from './figure.ts';
import { gluedSym, gluedWord, spacedWord, type Token, type Tokens, wordAt } from './figureTokens.ts';
import { CURRENCIES, isNumberWord, NOT_BEFORE_ORDINAL, ORDINAL_SUFFIXES, ORDINALS, TENS, UPPER_INITIAL } from './numberWords.ts';
import { type Cardinal, digitCardinal, spelledCardinal } from './cardinals.ts';

export interface Core {
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
export function parseCore(ts: Tokens, k: number): Core | null {
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
