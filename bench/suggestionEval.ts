/**
 * How good the claim suggestions are, against an answer key: which claims an article makes, and
 * in which sentences. Used by `npm run bench:suggestions` (which prints the figures) and by a unit
 * test that keeps them from getting worse.
 *
 * - claim precision: of the claims suggested, the share the article makes;
 * - claim recall: of the claims the article makes (and that are suggestible, i.e. have a mention
 *   in another article to learn from), the share suggested;
 * - sentence precision: of the (sentence, claim) pairs suggested, the share where that sentence
 *   carries that claim.
 */
import type { ClaimSuggestions, ClaimToMatch, Sentence } from '../src/lib/editor/claimSuggestions.ts';
import { suggestClaims } from '../src/lib/editor/claimSuggestions.ts';
import type { Passage } from '../src/lib/claims/locateQuote.ts';
import type { Corpus } from '../src/loaders/loadCorpus.ts';

/** Where the article makes each claim: its quotes' paragraph and offsets. */
export interface AnswerKey {
  [claim: string]: Array<{ paragraph: string; start: number; end: number }>;
}

export interface SuggestionScore {
  suggestedClaims: number;
  trueClaims: number;
  correctClaims: number;
  suggestedPairs: number;
  correctPairs: number;
  claimPrecision: number;
  claimRecall: number;
  sentencePrecision: number;
  /** Suggested claims the key does not have, for reading. */
  falseClaims: string[];
  missedClaims: string[];
}

/** The dek's lines as passages, with the ids the suggestions give them (`dek-1`, `dek-2`, …). */
export function dekPassages(dek: readonly string[]): Passage[] {
  return dek.map((text, index) => ({ id: `dek-${index + 1}`, text }));
}

const overlaps = (sentence: Sentence, span: { paragraph: string; start: number; end: number }) =>
  sentence.paragraph === span.paragraph && sentence.start < span.end && span.start < sentence.end;

export function scoreSuggestions(suggestions: ClaimSuggestions, key: AnswerKey): SuggestionScore {
  const suggested = suggestions.claims.map((entry) => entry.claim);
  const truth = Object.keys(key);
  const correct = suggested.filter((claim) => truth.includes(claim));
  let pairs = 0;
  let correctPairs = 0;
  for (const { claim, sentences } of suggestions.claims) {
    for (const { sentence } of sentences) {
      pairs += 1;
      if ((key[claim] ?? []).some((span) => overlaps(sentence, span))) correctPairs += 1;
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    suggestedClaims: suggested.length,
    trueClaims: truth.length,
    correctClaims: correct.length,
    suggestedPairs: pairs,
    correctPairs,
    claimPrecision: ratio(correct.length, suggested.length),
    claimRecall: ratio(correct.length, truth.length),
    sentencePrecision: ratio(correctPairs, pairs),
    falseClaims: suggested.filter((claim) => !truth.includes(claim)),
    missedClaims: truth.filter((claim) => !suggested.includes(claim)),
  };
}

/**
 * Leave one out on the real corpus: each article in turn is treated as new. Its mentions are
 * taken out of the claims, claims only it makes are dropped (nothing to learn them from), and the
 * editors' mentions of it are the answer key.
 */
export function leaveOneOut(corpus: Corpus, threshold?: number): Array<{ article: string; score: SuggestionScore }> {
  return corpus.articles.map(({ meta, parsed }) => {
    const article = meta.slug;
    const passages: Passage[] = parsed.sections.flatMap((section) => section.paragraphs);
    const dek = parsed.dek.map((line) => line.text);
    const key: AnswerKey = {};
    const claims: ClaimToMatch[] = [];
    for (const claim of corpus.verified.claims) {
      const others = claim.mentions.filter((mention) => mention.article !== article);
      if (others.length === 0) continue;
      claims.push({ ...claim, mentions: others });
      const own = claim.mentions.find((mention) => mention.article === article);
      if (own) key[claim.id] = own.quotes.map(({ paragraph, start, end }) => ({ paragraph, start, end }));
    }
    const suggestions = suggestClaims(passages, claims, { dek, aliases: corpus.aliases, ...(threshold === undefined ? {} : { threshold }) });
    return { article, score: scoreSuggestions(suggestions, key) };
  });
}

/** Sums of several scores, with the ratios recomputed over the totals. */
export function totalScore(scores: readonly SuggestionScore[]): SuggestionScore {
  const sum = (pick: (s: SuggestionScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const suggestedClaims = sum((s) => s.suggestedClaims);
  const trueClaims = sum((s) => s.trueClaims);
  const correctClaims = sum((s) => s.correctClaims);
  const suggestedPairs = sum((s) => s.suggestedPairs);
  const correctPairs = sum((s) => s.correctPairs);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    suggestedClaims,
    trueClaims,
    correctClaims,
    suggestedPairs,
    correctPairs,
    claimPrecision: ratio(correctClaims, suggestedClaims),
    claimRecall: ratio(correctClaims, trueClaims),
    sentencePrecision: ratio(correctPairs, suggestedPairs),
    falseClaims: scores.flatMap((s) => s.falseClaims),
    missedClaims: scores.flatMap((s) => s.missedClaims),
  };
}
