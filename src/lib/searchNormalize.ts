/**
 * searchNormalize: the one text normalisation shared by the search index (built at build time)
 * and the queries (typed in the browser), so both sides agree on what a word is.
 *
 * - case and diacritics are folded ("Tokáyev" → "tokayev", "ß" → "ss");
 * - digit-group separators are dropped ("7,939" and "7 939" → "7939"); a decimal point stays;
 * - apostrophes inside words are dropped ("Kazakhstan’s" → "kazakhstans");
 * - every other non-letter, non-digit (hyphens, dashes, quotes, punctuation, white space) becomes
 *   one space, so "Kassym-Jomart" → "kassym jomart" and "shoot-to-kill" → "shoot to kill".
 *
 * `normalizeWithMap` also returns, for each character of the result, the index of the source
 * character it came from, so matches found in normalised text can be highlighted in the original.
 * The module also parses queries (terms, quoted phrases, stop words) and measures how far a typed
 * word is from a vocabulary word (edit distance to the word or one of its prefixes).
 */

export interface NormalizedText {
  /** Lower-case letters and digits, single spaces between words, no leading or trailing space. */
  text: string;
  /** `origin[i]` is the index in the source string of the character that produced `text[i]`. */
  origin: number[];
}

/** Letters that Unicode does not decompose into a base letter plus marks. */
const FOLD: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
};

const APOSTROPHES = new Set(["'", '’', 'ʼ', '‘', '`', '´']);
/**
 * Characters that separate digit groups: 7,939 / 7.939 / 7'939 and the no-break or thin spaces
 * of 7 939. A plain space is not one: "in 2022 100 people" is two numbers.
 */
const GROUP_SEPARATORS = new Set([',', '.', '\u00a0', '\u202f', '\u2009', "'", '’']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/gu;

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** Exactly three digits at `at`, not followed by a fourth: a thousands group. */
function isDigitGroup(source: string, at: number): boolean {
  return isDigit(source[at]) && isDigit(source[at + 1]) && isDigit(source[at + 2]) && !isDigit(source[at + 3]);
}

/** Folds one source character (case, marks, special letters) to zero or more characters. */
function foldChar(char: string): string {
  let out = '';
  // Decompose before and after lower-casing: "㎴" → "pV" → "pv", "İ" → "i̇" → "i".
  for (const part of char.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARK, '')) {
    if (!APOSTROPHES.has(part)) out += FOLD[part] ?? part; // "ŉ" → "ʼn" → "n"
  }
  return out;
}

/** The normalisation itself; records origins when given an array (highlighting needs them, the index does not). */
function normalize(source: string, origin: number[] | null): string {
  let text = '';
  let last = ''; // the last character of `text`
  let pendingSpace = false;
  const emit = (chars: string, at: number) => {
    if (pendingSpace && text !== '') {
      text += ' ';
      origin?.push(at);
    }
    pendingSpace = false;
    text += chars;
    if (origin) for (let k = 0; k < chars.length; k += 1) origin.push(at);
    last = chars[chars.length - 1] as string;
  };
  let i = 0;
  while (i < source.length) {
    const code = source.charCodeAt(i);
    // Fast path: ASCII letters and digits.
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      emit(source[i] as string, i);
      i += 1;
      continue;
    }
    if (code >= 65 && code <= 90) {
      emit(String.fromCharCode(code + 32), i);
      i += 1;
      continue;
    }
    const char = String.fromCodePoint(source.codePointAt(i) as number);
    const width = char.length;
    const prevIsWordChar = !pendingSpace && text !== '';
    if (GROUP_SEPARATORS.has(char) && prevIsWordChar && isDigit(last) && isDigit(source[i - 1]) && isDigitGroup(source, i + 1)) {
      // 7,939 → 7939 (the separator is dropped, digits continue the same word)
      i += width;
      continue;
    }
    if (char === '.' && prevIsWordChar && isDigit(last) && isDigit(source[i - 1]) && isDigit(source[i + 1])) {
      emit('.', i); // decimal point: 2.5
      i += width;
      continue;
    }
    if (APOSTROPHES.has(char) && prevIsWordChar && LETTER_OR_DIGIT.test(source[i + 1] ?? '')) {
      i += width; // Kazakhstan’s → kazakhstans
      continue;
    }
    let word = '';
    if (code >= 128) {
      for (const part of foldChar(char)) {
        if (LETTER_OR_DIGIT.test(part)) word += part;
        else if (word === '') pendingSpace = true;
      }
    }
    if (word !== '') emit(word, i);
    else pendingSpace = true;
    i += width;
  }
  return text;
}

export function normalizeWithMap(source: string): NormalizedText {
  const origin: number[] = [];
  return { text: normalize(source, origin), origin };
}

/** The normalised text alone. */
export function normalizeText(source: string): string {
  return normalize(source, null);
}

/** Words of a normalised text. */
export function tokenize(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}

export const isNumericToken = (token: string): boolean => /^\d+(?:\.\d+)?$/u.test(token);

/** Function words that carry no meaning for this corpus; dropped unless the query has nothing else. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by did do does for from had has have he her his i if in into is it its ' +
    'not of on or our she so than that the their them then there these they this those to was we were what ' +
    'when where which while who whom will with would you'
  ).split(' '),
);

/** Longest query word kept: fuse.js's bitap matcher works on at most 32 characters. */
export const MAX_TERM_LENGTH = 32;
const MAX_TERMS = 8;

export interface ParsedQuery {
  /** Normalised words to match forgivingly (stop words removed unless nothing else is left). */
  terms: string[];
  /** Normalised phrases that were in quotes, to match as written (after normalisation). */
  phrases: string[];
}

const QUOTE_CHARS = '"“”„«»';
const PHRASE = new RegExp(`[${QUOTE_CHARS}]([^${QUOTE_CHARS}]*)[${QUOTE_CHARS}]`, 'gu');

export function parseQuery(raw: string): ParsedQuery {
  const phrases: string[] = [];
  const rest = raw.replace(PHRASE, (_, inner: string) => {
    const phrase = normalizeText(inner);
    if (phrase !== '' && !phrases.includes(phrase)) phrases.push(phrase);
    return ' ';
  });
  const words = [...new Set(tokenize(normalizeText(rest)).map((w) => w.slice(0, MAX_TERM_LENGTH)))];
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const terms = (meaningful.length > 0 || phrases.length > 0 ? meaningful : words).slice(0, MAX_TERMS);
  return { terms, phrases: phrases.slice(0, MAX_TERMS) };
}

export const isEmptyQuery = (query: ParsedQuery): boolean => query.terms.length === 0 && query.phrases.length === 0;

/**
 * How many typing errors a query word of this length may contain and still match: none up to 4
 * letters (short words are too easily confused), one from 5, two from 10. Numbers must match
 * exactly. fuse.js's `threshold` (errors ÷ length) is set to agree: see searchEngine.ts.
 */
export function allowedEdits(term: string): number {
  if (isNumericToken(term)) return 0;
  if (term.length < 5) return 0;
  return term.length < 10 ? 1 : 2;
}

/** The two rows of the edit-distance table, reused between calls. */
let previousRow = new Int32Array(34);
let currentRow = new Int32Array(34);

/**
 * The smallest number of edits (insertion, deletion, substitution) that turn `query` into `word`
 * or into a prefix of `word`, or `max + 1` when it is more than `max`. A prefix counts because
 * results update while the last word is still being typed. (The same edits as fuse.js's bitap
 * matcher counts, so a word let through here is one fuse.js also finds.)
 */
export function prefixEditDistance(query: string, word: string, max: number): number {
  const m = query.length;
  if (m === 0) return 0;
  if (word.length < m - max) return max + 1;
  if (previousRow.length <= m) {
    previousRow = new Int32Array(m + 1);
    currentRow = new Int32Array(m + 1);
  }
  // Rows are prefixes of `word`, columns prefixes of `query`; two rows reused, no allocation.
  let prev = previousRow;
  let row = currentRow;
  for (let k = 0; k <= m; k += 1) prev[k] = k;
  let best = m;
  for (let j = 1; j <= word.length; j += 1) {
    row[0] = j;
    let rowMin = j;
    const wc = word.charCodeAt(j - 1);
    for (let k = 1; k <= m; k += 1) {
      let value = (prev[k] as number) + 1;
      const insert = (row[k - 1] as number) + 1;
      if (insert < value) value = insert;
      const substitute = (prev[k - 1] as number) + (query.charCodeAt(k - 1) === wc ? 0 : 1);
      if (substitute < value) value = substitute;
      row[k] = value;
      if (value < rowMin) rowMin = value;
    }
    if ((row[m] as number) < best) best = row[m] as number;
    if (rowMin > max) break; // every longer prefix is at least this far
    const swap = prev;
    prev = row;
    row = swap;
  }
  return best <= max ? best : max + 1;
}
