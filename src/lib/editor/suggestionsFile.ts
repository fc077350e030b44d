/**
 * suggestionsFile: the review file `npm run add-article` writes beside the claims
 * (content/claims/_suggestions/<slug>.yaml). The build never reads it: an editor accepts a
 * suggestion by copying its `mention` into the claim's file, where every check applies.
 */
import { stringify } from 'yaml';
import { suggestedMention, type ClaimSuggestions, type ClaimToMatch } from './claimSuggestions.ts';

export interface ClaimWithFile extends ClaimToMatch {
  /** Claims file that defines the claim, relative to the project root. */
  file: string;
}

const header = (slug: string) =>
  [
    `# Claim suggestions for the draft article ${slug}, written by npm run add-article.`,
    '# Nothing in this file is used by the build, and nothing is accepted automatically.',
    '# To accept a suggestion: copy its `mention` into the `mentions` of that claim in the file named,',
    '# trim the quote to the words that make the claim, and check voice, attributedTo and figure.',
    '# `figures` lists each figure of the article with the claims it matches or contradicts;',
    '# `newClaimCandidates` are sentences that match no claim. Delete this file once the article is reviewed.',
    '',
  ].join('\n');

export function suggestionsFile(slug: string, suggestions: ClaimSuggestions, claims: readonly ClaimWithFile[], threshold: number): string {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const document = {
    article: slug,
    threshold,
    claims: suggestions.claims.flatMap(({ claim: id, sentences }) => {
      const claim = byId.get(id);
      if (!claim) return [];
      return [
        {
          claim: id,
          statement: claim.statement,
          file: claim.file,
          // A dek sentence (paragraph `dek-N`) is quoted like any other: the build finds quotes in the dek too.
          sentences: sentences.map(({ sentence, score, reasons, figure, sources }) => ({
            paragraph: sentence.paragraph,
            score,
            reasons,
            mention: suggestedMention(slug, claim, sentence, { figure, ...(sources ? { sources } : {}) }),
          })),
        },
      ];
    }),
    figures: suggestions.figures.map((entry) => ({
      figure: entry.figure,
      paragraph: entry.paragraph,
      sentence: entry.sentence,
      matches: entry.matches,
      contradicts: entry.contradicts,
    })),
    newClaimCandidates: suggestions.unmatched.map((sentence) => ({ paragraph: sentence.paragraph, sentence: sentence.text })),
  };
  return header(slug) + stringify(document, { lineWidth: 0 });
}
