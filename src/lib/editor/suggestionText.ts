/**
 * suggestionText: how the claim suggestions read text: sentences with their offsets, content words
 * stemmed (Porter), and capitalised names.
 */
import { stemmer } from 'stemmer';
import type { Passage } from '../claims/locateQuote.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendarWords.ts';
import { normalizeText, tokenize } from '../text/normalizeText.ts';
import { STOP_WORDS } from '../text/stopWords.ts';

export interface Sentence {
  /** Paragraph id (`p-N`), or `dek-N` for the Nth dek line. */
  paragraph: string;
  /** Offsets in the paragraph's (or dek line's) text. */
  start: number;
  end: number;
  text: string;
  /** True for a sentence of the dek (paragraph `dek-N`); the build locates quotes there too. */
  inDek?: boolean;
}

/** Sentences of each paragraph, with their offsets; white space around them is not included. */
export function splitSentences(passages: readonly Passage[], locale = 'en'): Sentence[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  for (const passage of passages) {
    for (const { segment, index } of segmenter.segment(passage.text)) {
      const lead = segment.length - segment.trimStart().length;
      const text = segment.trim();
      if (text === '') continue;
      sentences.push({ paragraph: passage.id, start: index + lead, end: index + lead + text.length, text });
    }
  }
  return sentences;
}

/** "Tokayev's" and "Tokayev’s" are Tokayev. */
const withoutPossessive = (text: string) => text.replace(/(\p{L})['’]s\b/gu, '$1');

const MONTHS_AND_DAYS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/**
 * Words of reporting and of time, and a few more function words than the shared stop list has:
 * any news sentence has them, so two sentences sharing "said" and "last week" share nothing.
 */
const NOT_CONTENT: ReadonlySet<string> = new Set(
  (
    'said say says saying told tell tells added adding according also could can may might should must shall ' +
    'about after before over all any some such other more most very just only no up out here now said ' +
    'last first next ago earlier later yesterday today week weeks day days year years month months'
  ).split(' '),
);

/**
 * British and American spellings as one: "colour" and "color", "organised" and "organized",
 * "centre" and "center". Applied to both sides of every comparison, so a fold that makes a
 * non-word ("promize") is harmless.
 */
function oneSpelling(token: string): string {
  if (token.length < 6) return token;
  return token
    .replace(/our$/u, 'or')
    .replace(/ours$/u, 'ors')
    .replace(/is(e|ed|es|ing|ation|ations)$/u, 'iz$1')
    .replace(/tre$/u, 'ter');
}

/** Stems by word: a corpus has some thousands of words, stemmed again for every claim and sentence. */
const STEMS = new Map<string, string>();
const MAX_CACHED_STEMS = 100_000;

function stemOf(token: string): string {
  let stem = STEMS.get(token);
  if (stem === undefined) {
    stem = stemmer(oneSpelling(token));
    if (STEMS.size >= MAX_CACHED_STEMS) STEMS.clear();
    STEMS.set(token, stem);
  }
  return stem;
}

/** Content words, stemmed: "Troops were deployed" → ["troop", "deploi"]. */
export function contentStems(text: string): string[] {
  return tokenize(normalizeText(withoutPossessive(text)))
    .filter((token) => !STOP_WORDS.has(token) && !NOT_CONTENT.has(token) && !MONTHS_AND_DAYS.has(token) && !/^\d/u.test(token) && token.length > 1)
    .map(stemOf);
}

/**
 * Names: capitalised words, folded. A capital at the start of a sentence proves nothing ("Public
 * transport…"), so a sentence's first word counts only when it is an acronym ("CSTO"); a name
 * there is still matched as a word. A name alone (a source, a speaker) is read with
 * `inSentence: false`.
 */
export function nameTokens(text: string, { inSentence = true }: { inSentence?: boolean } = {}): string[] {
  const names = new Set<string>();
  const source = withoutPossessive(text);
  for (const match of source.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)) {
    const before = source.slice(0, match.index).replace(/["'“”‘’«»(\s]+$/u, '');
    const sentenceStart = inSentence && (before === '' || /[.!?…]$/u.test(before));
    if (sentenceStart && !/^\p{Lu}{2,}$/u.test(match[0])) continue;
    for (const token of tokenize(normalizeText(match[0]))) {
      if (STOP_WORDS.has(token) || MONTHS_AND_DAYS.has(token) || token.length < 2) continue;
      names.add(token);
    }
  }
  return [...names];
}
