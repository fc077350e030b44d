/**
 * numberCoverage: every number written in digits in an article must sit inside a quote of some
 * claim, or be listed as not a claim with a reason. This finds the ones that are neither.
 *
 * A "number" is a run of digits, with thousands separators or a decimal point inside it
 * ("7,939", "2.5", "2014"); ordinals count by their digits ("the 10th" → "10").
 */
import type { Passage } from './locateQuote.ts';

export interface NumberInText {
  article: string;
  paragraph: string;
  number: string;
  start: number;
  end: number;
  /** A few words either side, for the report. */
  context: string;
}

export interface Span {
  paragraph: string;
  start: number;
  end: number;
}

export interface NotClaimRef {
  article: string;
  paragraph: string;
  number: string;
}

export function findNumbers(text: string): Array<{ number: string; start: number; end: number }> {
  return [...text.matchAll(/\d(?:[\d,.]*\d)?/gu)].map((match) => ({
    number: match[0],
    start: match.index as number,
    end: (match.index as number) + match[0].length,
  }));
}

/** A few words either side; a word cut by the window is dropped, the text's own ends are kept. */
function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  const before = from > 0 ? text.slice(from, start).replace(/^\S*\s/u, '') : text.slice(0, start);
  const after = to < text.length ? text.slice(end, to).replace(/\s\S*$/u, '') : text.slice(end);
  return `${from > 0 ? '…' : ''}${before}${text.slice(start, end)}${after}${to < text.length ? '…' : ''}`;
}

export interface NumberCoverage {
  covered: NumberInText[];
  excused: NumberInText[];
  uncovered: NumberInText[];
  /** not-claims entries that match no number in the text (stale data). */
  unmatchedNotClaims: NotClaimRef[];
}

export function numberCoverage(
  article: string,
  passages: readonly Passage[],
  quoteSpans: readonly Span[],
  notClaims: readonly NotClaimRef[],
): NumberCoverage {
  const result: NumberCoverage = { covered: [], excused: [], uncovered: [], unmatchedNotClaims: [] };
  const used = new Set<NotClaimRef>();
  const mine = notClaims.filter((entry) => entry.article === article);
  for (const passage of passages) {
    for (const found of findNumbers(passage.text)) {
      const item: NumberInText = { article, paragraph: passage.id, ...found, context: contextOf(passage.text, found.start, found.end) };
      const inQuote = quoteSpans.some(
        (span) => span.paragraph === passage.id && span.start <= found.start && found.end <= span.end,
      );
      const excuse = mine.find((entry) => entry.paragraph === passage.id && entry.number === found.number);
      if (inQuote) result.covered.push(item);
      else if (excuse) {
        used.add(excuse);
        result.excused.push(item);
      } else result.uncovered.push(item);
    }
  }
  result.unmatchedNotClaims = mine.filter((entry) => !used.has(entry));
  return result;
}
