/**
 * chromeSuspects: the lines a parse kept (dek lines, subheads, paragraphs) that still look like
 * site chrome, for an editor to check by eye before publishing.
 *
 * Pure and advisory: nothing is removed here. A suspect is a reason to look, not a verdict; when
 * a suspect really is chrome, the fix is a general rule in cleaningRules.ts, never an edit of the
 * raw file. Reasons:
 *
 * - `short`: a kept paragraph of at most five words that does not end like a sentence ("Tweet",
 *   "More from World"). Subheads and dek lines are short by nature and are not flagged for it.
 * - `repeated`: the same text (spacing and case aside) kept more than once, or kept again after
 *   the title: page furniture is printed on every screen, an article says a thing once.
 * - `link-like`: a URL or "www.", an @handle, a #hashtag, a "»" or "›" arrow, a "|"-separated
 *   menu of short items, or call-to-action words ("click", "follow us", "subscribe", "sign up",
 *   "download our app", "watch:", "listen").
 * - `all-caps`: three or more words, every letter a capital ("ADVERTISEMENT FEATURE STORY").
 * - `no-letters`: no letter at all: a bare number, time or date ("17:25", "10.01.2022", "12").
 * - `unsure`: the parser's page model kept the line but doubted it (`parsed.doubts`: printed on the
 *   outlet's other pages, after the last paragraph and not a sentence, like a note on the author).
 */
import type { ParsedArticle, SourceLine } from '../articles/parseArticle.ts';

export type SuspectReason = 'short' | 'repeated' | 'link-like' | 'all-caps' | 'no-letters' | 'unsure';

export interface ChromeSuspect {
  /** 1-based line number in the raw file. */
  line: number;
  text: string;
  /** Why the line looks like chrome, in the order of `suspectReasons`. */
  reasons: SuspectReason[];
}

/** Every reason, in the order they are listed on a suspect. */
export const suspectReasons: readonly SuspectReason[] = ['short', 'repeated', 'link-like', 'all-caps', 'no-letters', 'unsure'];

/** A label per reason, for reports read by editors. */
export const suspectReasonLabels: Readonly<Record<SuspectReason, string>> = {
  short: 'short paragraph that does not end like a sentence',
  repeated: 'same text kept more than once',
  'link-like': 'looks like a link, menu or call to action',
  'all-caps': 'all in capitals',
  'no-letters': 'no letters (a number, time or date only)',
  unsure: 'the cleaning kept it but was unsure',
};

const MAX_SHORT_WORDS = 5;

/** Ends like a sentence: a stop, question or exclamation mark or ellipsis, perhaps inside quotes. */
const sentenceEnd = /[.!?…]["'“”‘’«»)\]]*$/u;

const linkPatterns: readonly RegExp[] = [
  /\bhttps?:\/\/\S/iu,
  /(?:^|[\s(])www\.\S/iu,
  /(?:^|[\s(])@[A-Za-z0-9_]{2,}/u,
  /(?:^|\s)#[\p{L}\p{N}_]*\p{L}/u,
  /[»›]/u,
  /\b(?:click|follow us|subscribe|sign up|download (?:our|the) app|listen)\b/iu,
  /\bwatch:/iu,
];

const words = (text: string): string[] => text.split(/\s+/u).filter(Boolean);
const normalise = (text: string): string => words(text).join(' ').toLowerCase();

/** "Home | World | Asia": at least two items, each a few words, none a sentence. */
function isPipeMenu(text: string): boolean {
  if (!text.includes('|')) return false;
  const items = text.split('|').map((item) => item.trim());
  return items.length >= 2 && items.every((item) => item !== '' && words(item).length <= 4 && !sentenceEnd.test(item));
}

function isAllCaps(text: string): boolean {
  const cased = words(text).filter((word) => /\p{Lu}|\p{Ll}/u.test(word));
  return cased.length >= 3 && !/\p{Ll}/u.test(text);
}

export function chromeSuspects(parsed: Pick<ParsedArticle, 'title' | 'dek' | 'sections'> & Partial<Pick<ParsedArticle, 'doubts'>>): ChromeSuspect[] {
  const paragraphs = new Set<number>();
  const kept: SourceLine[] = [...parsed.dek];
  for (const section of parsed.sections) {
    if (section.heading) kept.push(section.heading);
    for (const paragraph of section.paragraphs) {
      kept.push(paragraph);
      paragraphs.add(paragraph.line);
    }
  }

  // The title counts for repetition (a headline printed again as a paragraph is layout) but is
  // not listed: it is the article's own headline or the editors' title.
  const seen = new Map<string, number>();
  for (const text of [parsed.title.text, ...kept.map((row) => row.text)]) {
    seen.set(normalise(text), (seen.get(normalise(text)) ?? 0) + 1);
  }

  const doubted = new Set((parsed.doubts ?? []).map((doubt) => doubt.line));
  const suspects: ChromeSuspect[] = [];
  for (const row of kept) {
    const flags = new Set<SuspectReason>();
    if (paragraphs.has(row.line) && words(row.text).length <= MAX_SHORT_WORDS && !sentenceEnd.test(row.text)) {
      flags.add('short');
    }
    if ((seen.get(normalise(row.text)) ?? 0) > 1) flags.add('repeated');
    if (isPipeMenu(row.text) || linkPatterns.some((pattern) => pattern.test(row.text))) flags.add('link-like');
    if (isAllCaps(row.text)) flags.add('all-caps');
    if (!/\p{L}/u.test(row.text)) flags.add('no-letters');
    if (doubted.has(row.line)) flags.add('unsure');
    if (flags.size > 0) {
      suspects.push({ line: row.line, text: row.text, reasons: suspectReasons.filter((reason) => flags.has(reason)) });
    }
  }
  return suspects.sort((a, b) => a.line - b.line);
}
