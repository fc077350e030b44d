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
  /** A speech frame or opening phrase: where and when, in the outlet's own voice. */
  frame: boolean;
  sentence: { start: number; end: number; text: string };
  /** Offsets in the paragraph's text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/**
 * Where a sentence may be cut into clauses: before ", and", ", but", ", while", ", adding",
 * ", insisting", "; ", " and that"; after a speech frame ("X told the meeting that", "X said on
 * Monday that"); and after an opening phrase of place or time ("During a video meeting with
 * …, ", "In a speech at …, "). Each clause is a candidate assertion of its own: outlets often
 * carry one assertion of another's long sentence. A frame or an opening phrase says where and
 * when, in the outlet's own voice ("Tokayev told an online meeting of the CSTO" reports the
 * meeting); it is marked `frame`.
 */
const CLAUSE_BREAK = /(?:,\s+(?=(?:and|but|while|whereas|adding|insisting|stressing|saying|as well as|although|though)\b)|;\s+|\s+(?=(?:and|but)\s+(?:that|he|she|they|it)\b)|\s+(?=(?:before|after)\s+\p{L}+ing\b)|\s+(?=and\s+(?:quickly|then|later|subsequently|soon)\b)|\b(?:that|saying)\s+(?=[“"‘']))/gu;
const SPEECH_FRAME = /\b(?:said|says|told|tells|stated|claimed|alleged|insisted|announced|confirmed|stressed|emphasized|emphasised|warned|added|explained|noted|asserted|argued|declared|believe|believes|agreed|pointed out)\b[^.;:“”"‘’]{0,110}?\bthat\s+/gu;
const OPENING = /^(?:During|In|At|Speaking|Addressing|After|Following|Amid|On)\b[^,;“”"]{8,140},\s+/u;
const LEAD = /^(?:and quickly|and then|and later|and subsequently|and soon|and|but|while|whereas|which|adding|insisting|stressing|saying|as well as|although|though|before|after|when|that)\b[\s,:]*/iu;
const MIN_CLAUSE_WORDS = 5;

export interface Clause {
  start: number;
  end: number;
  /** A speech frame or an opening phrase of place or time. */
  frame: boolean;
}

/** The clauses of a sentence, as offsets in it; a short piece goes with a neighbour. */
export function segmentClauses(sentence: string): Clause[] {
  const frameCuts = new Set<number>();
  const opening = OPENING.exec(sentence);
  if (opening) frameCuts.add(opening[0].length);
  for (const m of sentence.matchAll(SPEECH_FRAME)) frameCuts.add((m.index as number) + m[0].length);
  const cuts = [...new Set([0, ...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => (m.index as number) + m[0].length), ...frameCuts, sentence.length])].sort((a, b) => a - b);
  const pieces: Clause[] = [];
  // A short frame ("he added that") goes with the clause after it, unless it follows an opening
  // phrase ("During the meeting, Putin warned that": one frame); any other short piece stays
  // with the clause before it.
  let carried: number | null = null;
  for (let k = 0; k + 1 < cuts.length; k += 1) {
    const start: number = carried ?? (cuts[k] as number);
    const end = cuts[k + 1] as number;
    carried = null;
    if (end <= start) continue;
    const short = wordCount(sentence.slice(start, end)) < MIN_CLAUSE_WORDS;
    const last = pieces[pieces.length - 1];
    if (short && frameCuts.has(end) && end < sentence.length && !last?.frame) carried = start;
    else if (last && (short || wordCount(sentence.slice(last.start, last.end)) < MIN_CLAUSE_WORDS)) {
      last.end = end;
      last.frame = frameCuts.has(end);
    } else pieces.push({ start, end, frame: frameCuts.has(end) });
  }
  return pieces.map(({ start, end, frame }) => {
    const text = sentence.slice(start, end);
    const lead = text.length - text.replace(LEAD, '').trimStart().length;
    const trimmed = text.slice(lead).replace(/[\s,;:]+$/u, '').replace(/\s+that$/u, '');
    return { start: start + lead, end: start + lead + trimmed.length, frame };
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
  return wordCount(text) === 0;
}

/** Closing quotation marks the segmenter put at the start of the next sentence. */
const LEADING_CLOSE = /^[”’»]+/u;

/** The sentences of one paragraph, as offsets in its text. */
export function segmentSentences(text: string, locale = 'en'): Array<{ start: number; end: number }> {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const spans: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    let trimmed = segment.trim();
    if (trimmed === '') continue;
    let start = index + lead;
    const last = spans[spans.length - 1];
    // "“It was a coup. ” The fall…": the closing mark ends the sentence before.
    const close = LEADING_CLOSE.exec(trimmed)?.[0];
    if (last && close && wordCount(trimmed) > 0) {
      last.end = start + close.length;
      const rest = trimmed.slice(close.length);
      start += close.length + (rest.length - rest.trimStart().length);
      trimmed = rest.trim();
    }
    const span = { start, end: start + trimmed.length };
    if (last && isFragment(trimmed, text.slice(last.start, last.end))) last.end = span.end;
    else spans.push(span);
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
        const whole = { start: 0, end: sentenceText.length, frame: false };
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
            frame: clause.frame && parts.length > 1,
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
