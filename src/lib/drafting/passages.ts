/**
 * passages: the candidate assertions of an article, one per sentence, cut from its cleaned
 * paragraphs with Intl.Segmenter.
 *
 * Each passage is a verbatim stretch of one paragraph (trimmed), so it can be written as a quote
 * and found again by the build's quote check. The segmenter cuts after "Mr." and before a
 * stray closing quote mark or a two-word tail ("… the situation.” did."); those pieces are glued
 * back onto the sentence before them, since they cannot stand as an assertion of their own.
 */
import type { Passage } from '../claims/locateQuote.ts';

export interface SentencePassage {
  /** Position in the event: stable key `<article>#<paragraph>:<start>`. */
  key: string;
  article: string;
  /** Index of the article in the event's order. */
  articleIndex: number;
  paragraph: string;
  /** Index of the paragraph in the article (0-based), then of the sentence in the paragraph. */
  paragraphIndex: number;
  sentenceIndex: number;
  /** Index of the clause in the sentence (-1 for a whole sentence of several clauses); the sentence's own text and offsets. */
  clauseIndex: number;
  sentence: { start: number; end: number; text: string };
  /** Offsets in the paragraph's text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/**
 * Where a sentence may be cut into clauses: before ", and", ", but", ", while", ", which",
 * "; ", ", adding", ", insisting", ", saying", " and that", " but that", and after a speech
 * verb's "that". Each clause is a candidate assertion of its own: outlets often carry one
 * assertion of another's long sentence ("… told the meeting that the goal was to seize power").
 */
const CLAUSE_BREAK = /(?:,\s+(?=(?:and|but|while|whereas|adding|insisting|stressing|saying|as well as|although|though)\b)|;\s+|\s+(?=(?:and|but)\s+(?:that|he|she|they|it)\b)|\b(?:that|saying)\s+(?=[“"‘']))/gu;
const LEAD = /^(?:and|but|while|whereas|which|adding|insisting|stressing|saying|as well as|although|though|before|after|when|that)\b[\s,:]*/iu;
const MIN_CLAUSE_WORDS = 5;

/** The clauses of a sentence, as offsets in it; short pieces stay with their neighbour. */
export function segmentClauses(sentence: string): Array<{ start: number; end: number }> {
  const cuts = [0, ...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => (m.index as number) + m[0].length), sentence.length];
  const pieces: Array<{ start: number; end: number }> = [];
  for (let k = 0; k + 1 < cuts.length; k += 1) {
    const start = cuts[k] as number;
    const end = cuts[k + 1] as number;
    if (end <= start) continue;
    const last = pieces[pieces.length - 1];
    if (last && wordCount(sentence.slice(start, end)) < MIN_CLAUSE_WORDS) last.end = end;
    else if (last && wordCount(sentence.slice(last.start, last.end)) < MIN_CLAUSE_WORDS) last.end = end;
    else pieces.push({ start, end });
  }
  return pieces.map(({ start, end }) => {
    const text = sentence.slice(start, end);
    const lead = text.length - text.replace(LEAD, '').trimStart().length;
    const trimmed = text.slice(lead).replace(/[\s,;]+$/u, '');
    return { start: start + lead, end: start + lead + trimmed.length };
  });
}

export interface EventArticle {
  slug: string;
  passages: readonly Passage[];
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S|U\.N|vs|etc|approx)\.$/u;
const WORD = /[\p{L}\p{N}]+/gu;
const wordCount = (text: string) => text.match(WORD)?.length ?? 0;

/** A piece that should be glued to the sentence before it. */
function isFragment(text: string, previous: string): boolean {
  if (ABBREVIATION.test(previous.trimEnd())) return true;
  if (/^[\p{Ll}]/u.test(text)) return true; // "… 30 years ago. with Kazakhstan."
  if (/^[”’"'»)\]]/u.test(text) && wordCount(text) <= 3) return true;
  return wordCount(text) <= 2;
}

/** The sentences of one paragraph, as offsets in its text. */
export function segmentSentences(text: string, locale = 'en'): Array<{ start: number; end: number }> {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const spans: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed === '') continue;
    const span = { start: index + lead, end: index + lead + trimmed.length };
    const last = spans[spans.length - 1];
    if (last && isFragment(trimmed, text.slice(last.start, last.end))) last.end = span.end;
    else spans.push(span);
  }
  // A first piece that is itself a fragment ("Mr." alone cannot happen first; a two-word
  // opener can) is glued forward instead.
  if (spans.length > 1 && wordCount(text.slice(spans[0]!.start, spans[0]!.end)) <= 2) {
    const [first, second] = spans as [{ start: number; end: number }, { start: number; end: number }];
    spans.splice(0, 2, { start: first.start, end: second.end });
  }
  return spans;
}

/**
 * Every sentence of every article, in reading order; a sentence of several clauses is followed
 * by its clauses (`clauses: false` gives sentences only).
 */
export function eventPassages(articles: readonly EventArticle[], options: { locale?: string; clauses?: boolean } = {}): SentencePassage[] {
  const out: SentencePassage[] = [];
  articles.forEach((article, articleIndex) => {
    article.passages.forEach((paragraph, paragraphIndex) => {
      segmentSentences(paragraph.text, options.locale ?? 'en').forEach((sentence, sentenceIndex) => {
        const sentenceText = paragraph.text.slice(sentence.start, sentence.end);
        const parts = options.clauses === false ? [] : segmentClauses(sentenceText);
        const whole = { start: 0, end: sentenceText.length };
        const units = parts.length > 1 ? [whole, ...parts] : [whole];
        units.forEach((clause, unit) => {
          const clauseIndex = parts.length > 1 ? unit - 1 : 0;
          const start = sentence.start + clause.start;
          const end = sentence.start + clause.end;
          out.push({
            key: `${article.slug}#${paragraph.id}:${start}`,
            article: article.slug,
            articleIndex,
            paragraph: paragraph.id,
            paragraphIndex,
            sentenceIndex,
            clauseIndex,
            sentence: { ...sentence, text: sentenceText },
            start,
            end,
            text: paragraph.text.slice(start, end),
          });
        });
      });
    });
  });
  return out;
}
