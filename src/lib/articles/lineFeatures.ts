/**
 * lineFeatures: what a line of a copied page looks like, measured rather than matched, so the
 * page model (pageModel.ts) can tell article text from site chrome on sites it has never seen.
 *
 * Article text is sentences: long enough, ending in a full stop, with a good share of function
 * words ("the", "of", "that": jusText's stop-word density). Chrome is short, does not end like a
 * sentence, is mostly capitalised names and labels, or is built of links: menus of "|"- or
 * "·"-separated items, bullets, URLs, handles. Each test here is one of those measurements.
 */
import { STOP_WORDS } from '../text/stopWords.ts';

/** Function words beyond the search stop words: enough to measure density, never to match. */
const EXTRA_FUNCTION_WORDS = new Set(
  ('about after against all also any because before between both can could each even here how just may ' +
    'more most much must no now only other over said same should since some such through under until up ' +
    'very whether why yet your my me us him them upon onto per via among').split(' '),
);

export const isFunctionWord = (word: string): boolean => STOP_WORDS.has(word) || EXTRA_FUNCTION_WORDS.has(word);

export interface LineFeatures {
  chars: number;
  words: number;
  /** Share of the words that are function words (0–1). */
  functionShare: number;
  /** Share of the words that start with a capital letter (0–1). */
  capitalShare: number;
  /** Ends like a sentence: a stop, question or exclamation mark or ellipsis, perhaps inside quotes. */
  endsSentence: boolean;
  /** Ends like a clause that goes on: a comma, colon or semicolon. */
  endsClause: boolean;
  /** Starts like a title or a sentence: a capital, a digit or an opening quote. */
  startsCapital: boolean;
  /** Made of menu items: at least two parts between "|", "·", "•", "›" or "»" separators. */
  menu: boolean;
  /** Starts with a list bullet ("- ", "• ", "► "). */
  bullet: boolean;
  /** A URL, a domain name, an e-mail address or an @handle. */
  linkToken: boolean;
  /** No letter and no digit at all. */
  glyphsOnly: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

const sentenceEnd = /[.!?…]["'“”‘’«»)\]]*$/u;
const clauseEnd = /[,;:]["'“”‘’«»)\]]*$/u;
const bulletStart = /^(?:[-–—•·*►▸▶■●◆○›»]|\d{1,2}[.)])\s+\S/u;
const linkToken = /(?:https?:\/\/|www\.)\S|\b[\p{L}\d-]+\.(?:com|org|net|kz|ru|uk|io|info|news|tv|example)\b|\S@\S+\.\p{L}|(?:^|\s)@[A-Za-z0-9_]{2,}|(?:^|\s)[ur]\/[A-Za-z0-9_]{2,}/iu;

function isMenu(text: string): boolean {
  // "·" separates items with or without spaces ("January 10, 2022·3 min read"); prose never uses it.
  const parts = text.split(/\s[|•›»]\s|·|\s{2,}|^\s*[|•]\s|\s[|•]\s*$/u).map((part) => part.trim());
  const items = parts.filter(Boolean);
  // An item may ask a question ("Was this useful?  Yes  No"), but not end a sentence.
  return items.length >= 2 && items.length === parts.length && items.every((item) => wordsOf(item).length <= 6 && !/[.!]$/u.test(item));
}

/** Past this many characters a line is measured on its start and end only: it is prose or a dump either way. */
const MAX_MEASURED_CHARS = 4000;

export function lineFeatures(full: string): LineFeatures {
  const text = full.length > MAX_MEASURED_CHARS ? `${full.slice(0, MAX_MEASURED_CHARS / 2)} ${full.slice(-MAX_MEASURED_CHARS / 2)}` : full;
  const words = wordsOf(text);
  const lower = words.map((word) => word.toLowerCase());
  const count = Math.max(1, words.length);
  return {
    chars: full.length,
    words: words.length,
    functionShare: lower.filter(isFunctionWord).length / count,
    capitalShare: words.filter((word) => /^\p{Lu}/u.test(word)).length / count,
    endsSentence: sentenceEnd.test(text),
    endsClause: clauseEnd.test(text),
    startsCapital: /^["'“‘«„(]?[\p{Lu}\p{N}]/u.test(text),
    menu: isMenu(text),
    bullet: bulletStart.test(text),
    linkToken: linkToken.test(text),
    glyphsOnly: !/[\p{L}\p{N}]/u.test(text),
  };
}

/**
 * A line of article text: a sentence (or several) of some length with the function words of
 * running prose. Short sentences ("The curfew remains in place.") are not counted: the model uses
 * these lines to find the body, and a short line proves little either way.
 */
export function isProse(features: LineFeatures): boolean {
  return (
    !features.menu &&
    ((features.words >= 8 && features.endsSentence && features.functionShare >= 0.15) ||
      (features.words >= 25 && features.functionShare >= 0.2))
  );
}

/**
 * Reads like a headline: a few words, a capitalised start, no menu or link, not ending like a
 * clause or with a full stop ("?", "!" and a truncating ellipsis end headlines too).
 */
export function readsAsTitle(text: string, minWords = 1, maxWords = 20, features = lineFeatures(text)): boolean {
  return (
    features.words >= minWords &&
    features.words <= maxWords &&
    features.startsCapital &&
    !features.endsClause &&
    !features.menu &&
    !features.linkToken &&
    !/(?<![.])\.["'“”‘’»)\]]*$/u.test(text)
  );
}

/** Capitalised words and no function word: a name, a masthead or a menu, never a sentence. */
export function isNameLike(features: LineFeatures): boolean {
  return features.words >= 1 && features.capitalShare === 1 && features.functionShare === 0 && !features.endsSentence;
}

/**
 * Reported speech ("… said", "told", "according to", a quotation mark): article text, whatever it
 * asks for or whoever it addresses. One test for every rule that spares it.
 */
const reportedSpeech = /["“”«»]|\b(?:said|says|told|asked|according to)\b/iu;
export const isReportedSpeech = (text: string): boolean => reportedSpeech.test(text);
