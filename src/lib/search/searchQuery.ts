/**
 * searchQuery: a typed query read as normalised words and quoted phrases (stop words dropped
 * unless nothing else is left), and how far a typed word may be from a vocabulary word (edit
 * distance to the word or one of its prefixes). Shared by the index builder and the browser.
 */
import { isNumericToken, normalizeText, tokenize } from '../text/normalizeText.ts';
import { STOP_WORDS } from '../text/stopWords.ts';

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
