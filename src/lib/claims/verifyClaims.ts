/**
 * verifyClaims: checks the editorial claims against the cleaned articles and resolves them.
 *
 * Every quote must occur verbatim (white space aside) in its article: in a paragraph or a dek line.
 * Each is resolved to its passage id (`p-N`, or `dek-N` for a dek line) and offsets and given a
 * stable anchor (`q-<claim-id>`, then `q-<claim-id>-2`, …). The text comes first: a quote that
 * occurs in a paragraph is located there even when the dek repeats it (a dek often restates the
 * lede), so adding dek lines as passages moved no existing quote; only a quote found in no
 * paragraph is located in the dek. Where the dek repeats a located quote word for word, that copy's
 * numbers count as quoted too.
 * Unknown articles, duplicate claim ids, an article mentioned twice in one claim and quotes not
 * found (with the closest passage named) are collected and thrown together as one ContentError.
 * Only when every quote resolves are the articles' numbers checked (a number left uncovered by a
 * broken quote would only echo that problem): each digit number must sit in a quote or be listed
 * as not a claim. A draft article's uncovered numbers are returned for the editorial report
 * instead: it is shown while an editor works through them, and fails like any other once reviewed.
 */
import { ContentError, type ContentProblem } from '../contentError.ts';
import type { ClaimsFile, NotClaimsFile } from './claimsData.ts';
import { claimDifferences, type ClaimDifference } from './divergence.ts';
import { closestPassage, locateQuote, normaliseQuote, type Passage } from './locateQuote.ts';
import { numberCoverage, type NumberCoverage, type Span } from './numberCoverage.ts';

export interface ArticleText {
  id: string;
  /** Raw file path, for messages about the article's own text. */
  file?: string;
  /** A draft's numbers not yet in any quote are reported (in `numbers`), not fatal. */
  draft?: boolean;
  passages: ReadonlyArray<Passage & { line?: number }>;
  /** The dek lines as passages (`dek-1`, `dek-2`…: articles/passageIds.ts); searched after the paragraphs. */
  dek?: ReadonlyArray<Passage & { line?: number }>;
}

export interface LocatedQuote {
  text: string;
  /** The passage that holds it: a paragraph (`p-N`) or a dek line (`dek-N`). */
  paragraph: string;
  start: number;
  end: number;
  /** Element id of the highlighted quote on the article page. */
  anchor: string;
}

export interface VerifiedMention {
  article: string;
  voice: 'attributed' | 'outlet';
  attributedTo: string | null;
  figure: number | null;
  details: Record<string, string>;
  quotes: LocatedQuote[];
}

export interface VerifiedClaim {
  id: string;
  /** `draft` until an editor has reviewed the claim. */
  status: 'draft' | 'reviewed';
  statement: string;
  topic: string;
  speaker: string;
  figure: { value: number; unit: string } | null;
  /** Claims file and line, for messages. */
  file: string;
  line: number;
  /** In article order. */
  mentions: VerifiedMention[];
  divergent: boolean;
  differences: ClaimDifference[];
}

export interface VerifiedClaims {
  claims: VerifiedClaim[];
  numbers: Record<string, NumberCoverage>;
}

export function quoteAnchor(claimId: string, index: number): string {
  return index === 0 ? `q-${claimId}` : `q-${claimId}-${index + 1}`;
}

const truncate = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Where the dek repeats a quote located in the text: every dek line that holds it, first copy each. */
function dekRepeats(quote: string, dek: readonly Passage[]): Span[] {
  return dek.flatMap((line) => {
    const at = locateQuote(quote, [line]);
    return at ? [at] : [];
  });
}

export function verifyClaims(
  files: readonly ClaimsFile[],
  articles: readonly ArticleText[],
  notClaims: NotClaimsFile | null,
): VerifiedClaims {
  const problems: ContentProblem[] = [];
  const articleOrder = new Map(articles.map((article, index) => [article.id, index]));
  const byId = new Map(articles.map((article) => [article.id, article]));
  const firstSeen = new Map<string, string>();
  const claims: VerifiedClaim[] = [];
  const spans = new Map<string, Span[]>();

  for (const file of files) {
    for (const claim of file.claims) {
      const where = `${file.file}:${claim.line}`;
      const before = firstSeen.get(claim.id);
      if (before !== undefined) {
        problems.push({
          file: file.file,
          line: claim.line,
          id: claim.id,
          message: `Duplicate claim id "${claim.id}" (first defined at ${before}).`,
          hint: 'Claim ids are permalinks: give this claim its own id, or merge the two claims.',
        });
        continue;
      }
      firstSeen.set(claim.id, where);

      const mentions: VerifiedMention[] = [];
      const mentioned = new Set<string>();
      claim.mentions.forEach((mention, m) => {
        const line = claim.mentionLines[m] ?? claim.line;
        const article = byId.get(mention.article);
        if (!article) {
          problems.push({
            file: file.file,
            line,
            id: claim.id,
            message: `Unknown article "${mention.article}".`,
            hint: `Use one of the article ids: ${[...byId.keys()].join(', ')}.`,
          });
          return;
        }
        if (mentioned.has(mention.article)) {
          problems.push({
            file: file.file,
            line,
            id: claim.id,
            message: `Article "${mention.article}" is mentioned twice in this claim.`,
            hint: 'Give one mention per article; put several quotes under its `quotes`.',
          });
          return;
        }
        mentioned.add(mention.article);
        const quotes: LocatedQuote[] = [];
        const dek = article.dek ?? [];
        mention.quotes.forEach((quote, q) => {
          // The text first, then the dek (see the module comment).
          const location = locateQuote(quote, article.passages) ?? locateQuote(quote, dek);
          if (!location) {
            const closest = closestPassage(quote, [...article.passages, ...dek]);
            problems.push({
              file: file.file,
              line: claim.quoteLines[m]?.[q] ?? line,
              id: claim.id,
              message:
                `Quote not found in article "${article.id}": "${truncate(normaliseQuote(quote))}".` +
                (closest ? ` Closest passage (${closest.paragraph}): "${truncate(closest.text)}"` : ''),
              hint: `Copy the passage exactly as the cleaned article shows it${dek.length > 0 ? ', from a paragraph or a dek line' : ''} (quotes, apostrophes and dashes included); only white space may differ.`,
            });
            return;
          }
          quotes.push({ text: quote, ...location, anchor: quoteAnchor(claim.id, q) });
          const repeats = location.paragraph.startsWith('p-') ? dekRepeats(quote, dek) : [];
          spans.set(article.id, [...(spans.get(article.id) ?? []), location, ...repeats]);
        });
        mentions.push({
          article: mention.article,
          voice: mention.voice,
          attributedTo: mention.attributedTo ?? null,
          figure: mention.figure ?? null,
          details: mention.details ?? {},
          quotes,
        });
      });

      mentions.sort((a, b) => (articleOrder.get(a.article) ?? 0) - (articleOrder.get(b.article) ?? 0));
      const differences = claimDifferences(mentions);
      claims.push({
        id: claim.id,
        status: claim.status,
        statement: claim.statement,
        topic: claim.topic ?? file.topic,
        speaker: claim.speaker,
        figure: claim.figure ?? null,
        file: file.file,
        line: claim.line,
        mentions,
        divergent: differences.length > 0,
        differences,
      });
    }
  }

  for (const entry of notClaims?.notClaims ?? []) {
    if (!byId.has(entry.article)) {
      problems.push({
        file: notClaims?.file ?? 'not-claims.yaml',
        line: entry.line,
        message: `Unknown article "${entry.article}".`,
        hint: `Use one of the article ids: ${[...byId.keys()].join(', ')}.`,
      });
    }
  }

  // A quote that failed to resolve leaves its numbers uncovered; report the cause, not the echo.
  if (problems.length > 0) throw new ContentError(problems);

  const numbers: Record<string, NumberCoverage> = {};
  for (const article of articles) {
    const refs = (notClaims?.notClaims ?? []).filter((entry) => entry.article === article.id);
    const passages = [...(article.dek ?? []), ...article.passages];
    const coverage = numberCoverage(article.id, passages, spans.get(article.id) ?? [], refs);
    numbers[article.id] = coverage;
    for (const found of article.draft ? [] : coverage.uncovered) {
      const line = passages.find((passage) => passage.id === found.paragraph)?.line;
      problems.push({
        file: article.file ?? `article ${article.id}`,
        ...(line !== undefined ? { line } : {}),
        id: `${article.id}#${found.paragraph}`,
        message: `The number "${found.number}" in ${found.paragraph} (${found.context}) is in no claim's quote.`,
        hint: `Quote it in the claim it supports, or list it in ${notClaims?.file ?? 'content/claims/not-claims.yaml'} (article, paragraph, number, reason) if it is not a claim.`,
      });
    }
    for (const stale of coverage.unmatchedNotClaims) {
      const entry = notClaims?.notClaims.find((candidate) => candidate === stale);
      problems.push({
        file: notClaims?.file ?? 'not-claims.yaml',
        ...(entry ? { line: entry.line } : {}),
        id: `${stale.article}#${stale.paragraph}`,
        message: `No uncovered number "${stale.number}" in ${stale.paragraph}: the entry is stale or the number is already quoted.`,
        hint: 'Remove the entry, or correct its paragraph or number.',
      });
    }
  }

  if (problems.length > 0) throw new ContentError(problems);
  return { claims, numbers };
}
