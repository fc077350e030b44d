/**
 * structuredData: schema.org JSON-LD for pages: NewsArticle for an article, Claim for a claim
 * (what was asserted and where it appeared; deliberately no ClaimReview or rating: this site
 * compares coverage, it does not rule on truth).
 */

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  /** Who published it; null while nobody has established it (a draft). */
  publisher: string | null;
  /** Where the text was found, when known. */
  foundAt: string | null;
  language: string;
  wordCount: number;
  /** The publication date when the metadata records one; left out, never invented, when not. */
  datePublished: string | null;
}

export function newsArticleLd(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    url: input.url,
    headline: input.headline,
    description: input.description,
    inLanguage: input.language,
    wordCount: input.wordCount,
    ...(input.datePublished ? { datePublished: input.datePublished } : {}),
    about: { '@type': 'Event', name: 'CSTO Collective Security Council video summit on Kazakhstan', startDate: '2022-01-10' },
    ...(input.publisher ? { publisher: { '@type': 'Organization', name: input.publisher } } : {}),
    ...(input.foundAt ? { isBasedOn: input.foundAt } : {}),
  };
}

export interface ClaimInput {
  url: string;
  statement: string;
  speaker: string;
  /** Absolute URLs of the passages where the claim appears. */
  appearances: string[];
}

export function claimLd(input: ClaimInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    url: input.url,
    text: input.statement,
    author: { '@type': 'Thing', name: input.speaker },
    appearance: input.appearances.map((url) => ({ '@type': 'CreativeWork', url })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can end the element. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c');
}
