/**
 * figureTokens: splits text into the numbers, words and symbols that figure reading works on, with
 * their offsets and the white space before each; a run of digits and separators becomes one number
 * when it fits a number format.
 */

export interface Token {
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
export const MAX_DIGITS = 15;

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

export function tokenizeFigures(text: string): Token[] {
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

export type Tokens = readonly Token[];

export const wordAt = (ts: Tokens, i: number): string | null => (ts[i]?.type === 'word' ? (ts[i] as Token).lower : null);
/** The word at `i` when white space separates it from the token before. */
export const spacedWord = (ts: Tokens, i: number): string | null => (ts[i]?.spaced ? wordAt(ts, i) : null);
/** The word at `i` when it touches the token before ("th" of "10th"). */
export const gluedWord = (ts: Tokens, i: number): string | null => (ts[i] && !(ts[i] as Token).spaced ? wordAt(ts, i) : null);
export const gluedSym = (ts: Tokens, i: number): string | null =>
  ts[i]?.type === 'sym' && !(ts[i] as Token).spaced ? (ts[i] as Token).text : null;
export const symAt = (ts: Tokens, i: number): string | null => (ts[i]?.type === 'sym' ? (ts[i] as Token).text : null);
