/**
 * scoreDrafts: how close drafted claims come to a reference set (the editors' claims, or a
 * fixture's expected claims), measured on passages rather than wording.
 *
 * Quotes are located in the articles as the build locates them; two quotes of one article
 * overlap when they share at least half of the shorter one. Then:
 * - pair precision: of the pairs of mentions from different articles that a draft claim groups
 *   together, the share that some reference claim also groups (both quotes overlapping its
 *   mentions of those two articles);
 * - pair recall: of the reference claims' pairs, the share that some draft claim groups;
 * - quote recall: the share of reference quotes that some drafted quote overlaps;
 * - unverbatim: drafted quotes the build's quote check would not find.
 */
import { locateQuote, type Passage } from '../claims/locateQuote.ts';

export interface ClaimToScore {
  id: string;
  mentions: ReadonlyArray<{ article: string; quotes: readonly string[] }>;
}

export interface DraftScore {
  draftPairs: number;
  correctPairs: number;
  referencePairs: number;
  recoveredPairs: number;
  pairPrecision: number;
  pairRecall: number;
  referenceQuotes: number;
  coveredQuotes: number;
  quoteRecall: number;
  draftQuotes: number;
  unverbatim: string[];
  /** Reference pairs no draft groups, as "claim: article × article". */
  missedPairs: string[];
  /** Draft pairs no reference claim groups. */
  wrongPairs: string[];
  /** Reference quotes no drafted quote overlaps, as "claim (article): quote". */
  uncoveredQuotes: string[];
}

interface Span {
  paragraph: string;
  start: number;
  end: number;
}

type Located = Map<string, Span[]>; // article → spans of one mention

const overlaps = (a: Span, b: Span) => {
  if (a.paragraph !== b.paragraph) return false;
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared * 2 >= Math.min(a.end - a.start, b.end - b.start);
};
const anyOverlap = (xs: readonly Span[] = [], ys: readonly Span[] = []) => xs.some((x) => ys.some((y) => overlaps(x, y)));

function locate(claims: readonly ClaimToScore[], passages: ReadonlyMap<string, readonly Passage[]>, missing: string[]): Located[] {
  return claims.map((claim) => {
    const located: Located = new Map();
    for (const mention of claim.mentions) {
      const spans: Span[] = [];
      for (const quote of mention.quotes) {
        const at = locateQuote(quote, passages.get(mention.article) ?? []);
        if (at) spans.push(at);
        else missing.push(`${claim.id} (${mention.article}): ${quote}`);
      }
      located.set(mention.article, spans);
    }
    return located;
  });
}

function pairsOf(located: Located): Array<[string, string]> {
  const articles = [...located.keys()].sort();
  const out: Array<[string, string]> = [];
  for (let i = 0; i < articles.length; i += 1) for (let j = i + 1; j < articles.length; j += 1) out.push([articles[i] as string, articles[j] as string]);
  return out;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scoreDrafts(
  drafts: readonly ClaimToScore[],
  reference: readonly ClaimToScore[],
  passages: ReadonlyMap<string, readonly Passage[]>,
): DraftScore {
  const unverbatim: string[] = [];
  const draftSpans = locate(drafts, passages, unverbatim);
  const referenceSpans = locate(reference, passages, []);
  const groups = (sets: readonly Located[], a: string, b: string, x: Located) =>
    sets.some((other) => anyOverlap(x.get(a), other.get(a)) && anyOverlap(x.get(b), other.get(b)));

  let draftPairs = 0;
  let correctPairs = 0;
  const wrongPairs: string[] = [];
  draftSpans.forEach((located, k) => {
    for (const [a, b] of pairsOf(located)) {
      draftPairs += 1;
      if (referenceSpans.some((ref) => anyOverlap(located.get(a), ref.get(a)) && anyOverlap(located.get(b), ref.get(b)))) correctPairs += 1;
      else wrongPairs.push(`${drafts[k]?.id}: ${a} × ${b}`);
    }
  });
  let referencePairs = 0;
  let recoveredPairs = 0;
  const missedPairs: string[] = [];
  referenceSpans.forEach((located, k) => {
    for (const [a, b] of pairsOf(located)) {
      referencePairs += 1;
      if (groups(draftSpans, a, b, located)) recoveredPairs += 1;
      else missedPairs.push(`${reference[k]?.id}: ${a} × ${b}`);
    }
  });
  let referenceQuotes = 0;
  let coveredQuotes = 0;
  const allDraft = new Map<string, Span[]>();
  for (const located of draftSpans) for (const [article, spans] of located) allDraft.set(article, [...(allDraft.get(article) ?? []), ...spans]);
  const uncoveredQuotes: string[] = [];
  referenceSpans.forEach((located, k) => {
    for (const [article, spans] of located) {
      for (const span of spans) {
        referenceQuotes += 1;
        if (anyOverlap([span], allDraft.get(article))) coveredQuotes += 1;
        else uncoveredQuotes.push(`${reference[k]?.id} (${article}): ${span.paragraph} ${span.start}-${span.end}`);
      }
    }
  });
  const draftQuotes = drafts.reduce((sum, claim) => sum + claim.mentions.reduce((s, m) => s + m.quotes.length, 0), 0);
  return {
    draftPairs,
    correctPairs,
    referencePairs,
    recoveredPairs,
    pairPrecision: ratio(correctPairs, draftPairs),
    pairRecall: ratio(recoveredPairs, referencePairs),
    referenceQuotes,
    coveredQuotes,
    quoteRecall: ratio(coveredQuotes, referenceQuotes),
    draftQuotes,
    unverbatim,
    missedPairs,
    wrongPairs,
    uncoveredQuotes,
  };
}
