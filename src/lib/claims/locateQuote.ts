/**
 * locateQuote: finds a verbatim quote in an article's paragraphs.
 *
 * Only white space is normalised (any run of spaces, tabs, no-break spaces or newlines matches
 * any other); every other character, typographic quotes and dashes included, must match as
 * written. The result is the paragraph id and the quote's offsets in that paragraph's original
 * text, so pages can highlight and link it. When a quote is not found, `closestPassage` names the
 * passage that comes nearest, for the error message.
 */

export interface Passage {
  /** Paragraph id (`p-N`). */
  id: string;
  text: string;
}

export interface QuoteLocation {
  paragraph: string;
  /** Offsets in the paragraph's original text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
}

interface Normalised {
  text: string;
  /** For each index in `text`, the index in the original string. */
  origin: number[];
}

function normaliseWhitespace(original: string): Normalised {
  let text = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i += 1) {
    const char = original[i] as string;
    if (/\s/u.test(char)) {
      if (!inSpace) {
        text += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      text += char;
      origin.push(i);
      inSpace = false;
    }
  }
  return { text, origin };
}

/** The quote as it is matched: white-space runs folded to one space, ends trimmed. */
export function normaliseQuote(quote: string): string {
  return quote.replace(/\s+/gu, ' ').trim();
}

/** First occurrence of `quote` in the passages, in order, or null. */
export function locateQuote(quote: string, passages: readonly Passage[]): QuoteLocation | null {
  const needle = normaliseQuote(quote);
  if (needle === '') return null;
  for (const passage of passages) {
    const haystack = normaliseWhitespace(passage.text);
    const at = haystack.text.indexOf(needle);
    if (at === -1) continue;
    const start = haystack.origin[at] as number;
    const end = (haystack.origin[at + needle.length - 1] as number) + 1;
    return { paragraph: passage.id, start, end };
  }
  return null;
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length - 1; i += 1) {
    const pair = lower.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient of character bigrams: 1 for identical strings, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a.toLowerCase() === b.toLowerCase()) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [pair, count] of x) {
    shared += Math.min(count, y.get(pair) ?? 0);
    total += count;
  }
  for (const count of y.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

export interface ClosestPassage {
  paragraph: string;
  /** The stretch of the paragraph most like the quote, about as long as the quote. */
  text: string;
  score: number;
}

/** The passage most like the quote, compared window by window at word starts. */
export function closestPassage(quote: string, passages: readonly Passage[]): ClosestPassage | null {
  const needle = normaliseQuote(quote);
  let best: ClosestPassage | null = null;
  for (const passage of passages) {
    const text = normaliseWhitespace(passage.text).text;
    const starts = [0, ...[...text.matchAll(/ /gu)].map((m) => (m.index as number) + 1)];
    for (const start of starts) {
      const window = text.slice(start, start + needle.length);
      const score = similarity(needle, window);
      if (!best || score > best.score) {
        // Show whole words: extend the window to the end of the word it cuts.
        const wordEnd = /^\S*/u.exec(text.slice(start + needle.length))?.[0] ?? '';
        best = { paragraph: passage.id, text: (window + wordEnd).trim(), score };
      }
      if (start + needle.length >= text.length) break;
    }
  }
  return best;
}
