/**
 * normalizeText: the one text normalisation shared by the search index (built at build time), the
 * queries (typed in the browser) and the editor's claim matching, so all agree on what a word is.
 *
 * - case and diacritics are folded ("Tokáyev" → "tokayev", "ß" → "ss");
 * - digit-group separators are dropped ("7,939" and "7 939" → "7939"); a decimal point stays;
 * - apostrophes inside words are dropped ("Kazakhstan’s" → "kazakhstans");
 * - every other non-letter, non-digit (hyphens, dashes, quotes, punctuation, white space) becomes
 *   one space, so "Kassym-Jomart" → "kassym jomart" and "shoot-to-kill" → "shoot to kill".
 *
 * `normalizeWithMap` also returns, for each character of the result, the index of the source
 * character it came from, so matches found in normalised text can be highlighted in the original.
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
