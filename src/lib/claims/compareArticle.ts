/**
 * compareArticle: the claim-by-claim comparison shown beside one article.
 *
 * One row per claim the article makes, in reading order (by where its earliest quote in the text
 * sits, which need not be the first one the claims file lists), with a
 * cell per peer article: `same` (reports it, no recorded difference), `different` (reports it
 * with a different figure, source or detail, each listed with both values) or `not-reported`.
 * Also the claims the peers make that this one leaves out.
 *
 * Peers are the articles that report at least one claim this one reports: the articles covering
 * the same event. With the five articles of one summit every article is every other's peer; in a
 * corpus of thousands, a table with a column per article would be neither readable nor linear.
 * An article that shares no claim with any other is compared with all of them.
 */
import { passageRank } from '../articles/passageIds.ts';
import { articlePeers } from './articlePeers.ts';
import { fieldValue, mentionDifferences } from './divergence.ts';
import type { LocatedQuote, VerifiedClaim, VerifiedMention } from './verifyClaims.ts';

export interface CellDifference {
  field: string;
  label: string;
  mine: string;
  theirs: string;
}

export interface ComparisonCell {
  article: string;
  status: 'same' | 'different' | 'not-reported';
  differences: CellDifference[];
}

/**
 * Rows and omissions name their claim by id only: the statement, topic and quotes are in the
 * claims collection, and pages look them up there, so the content store holds each text once
 * (Astro bundles the whole store; at 2,000 articles every copy costs build memory).
 */
export interface ComparisonRow {
  /** 1-based row number, used as the reference mark after each highlighted quote. */
  number: number;
  claim: string;
  divergent: boolean;
  cells: ComparisonCell[];
}

export interface OmittedClaim {
  claim: string;
  reportedBy: string[];
}

export interface ArticleComparison {
  rows: ComparisonRow[];
  omitted: OmittedClaim[];
}


/** The claims each article reports, in the claims' order. */
export interface ClaimsByArticle {
  of(article: string): readonly VerifiedClaim[];
  /** Position of a claim in the full list, to keep the claims' order when lists are merged. */
  position(claim: VerifiedClaim): number;
}

/**
 * Built once per corpus: looking each article's claims up in the full list made the comparison of
 * every article O(articles × claims), quadratic in the corpus.
 */
export function claimsByArticle(claims: readonly VerifiedClaim[]): ClaimsByArticle {
  const index = new Map<string, VerifiedClaim[]>();
  const positions = new Map<VerifiedClaim, number>();
  claims.forEach((claim, i) => {
    positions.set(claim, i);
    for (const article of new Set(claim.mentions.map((m) => m.article))) {
      const list = index.get(article) ?? [];
      list.push(claim);
      index.set(article, list);
    }
  });
  return { of: (article) => index.get(article) ?? [], position: (claim) => positions.get(claim) ?? -1 };
}

const paragraphNumber = (quote: LocatedQuote | undefined) => (quote ? passageRank(quote.paragraph) : Infinity);

/** The quote that comes first in the text (dek lines, then paragraphs, then offset): where a reader meets the claim. */
export function earliestQuote<Q extends { paragraph: string; start: number }>(quotes: readonly Q[]): Q | undefined {
  let best: Q | undefined;
  for (const quote of quotes) {
    const p = passageRank(quote.paragraph);
    const b = best ? passageRank(best.paragraph) : Infinity;
    if (p < b || (p === b && quote.start < (best?.start ?? Infinity))) best = quote;
  }
  return best;
}

export function compareArticle(
  articleId: string,
  claims: readonly VerifiedClaim[],
  articleIds: readonly string[],
  peers: ReadonlyMap<string, ReadonlySet<string>> = articlePeers(claims),
  byArticle: ClaimsByArticle = claimsByArticle(claims),
): ArticleComparison {
  const reported = byArticle.of(articleId);
  // An article that shares no claim yet (or makes none) is compared with every other article.
  const hasPeers = (peers.get(articleId)?.size ?? 0) > 0;
  const peerSet = new Set(hasPeers ? peers.get(articleId) : articleIds);
  const others = articleIds.filter((id) => id !== articleId && peerSet.has(id));
  const mine = reported
    .map((claim) => ({ claim, mention: claim.mentions.find((m) => m.article === articleId) }))
    .filter((entry): entry is { claim: VerifiedClaim; mention: VerifiedMention } => entry.mention !== undefined)
    .sort((a, b) => {
      const qa = earliestQuote(a.mention.quotes);
      const qb = earliestQuote(b.mention.quotes);
      return paragraphNumber(qa) - paragraphNumber(qb) || (qa?.start ?? 0) - (qb?.start ?? 0) || a.claim.id.localeCompare(b.claim.id);
    });

  const rows = mine.map(({ claim, mention }, index): ComparisonRow => ({
    number: index + 1,
    claim: claim.id,
    divergent: claim.divergent,
    cells: others.map((other): ComparisonCell => {
      const theirs = claim.mentions.find((m) => m.article === other);
      if (!theirs) return { article: other, status: 'not-reported', differences: [] };
      const differences = mentionDifferences(mention, theirs).map(({ field, label }) => ({
        field,
        label,
        mine: fieldValue(mention, field) ?? '',
        theirs: fieldValue(theirs, field) ?? '',
      }));
      return { article: other, status: differences.length > 0 ? 'different' : 'same', differences };
    }),
  }));

  // The claims the peers report (with no peers, every article is one), in the claims' order.
  const peerClaims = hasPeers
    ? [...new Set([...peerSet].flatMap((peer) => byArticle.of(peer)))].sort((a, b) => byArticle.position(a) - byArticle.position(b))
    : claims.filter((claim) => claim.mentions.some((m) => peerSet.has(m.article)));
  const omitted = peerClaims
    .filter((claim) => !claim.mentions.some((m) => m.article === articleId))
    .map((claim) => ({ claim: claim.id, reportedBy: claim.mentions.map((m) => m.article) }));

  return { rows, omitted };
}
