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
  /** schema.org date (YYYY-MM-DD or date-time); null when not established (then left out). */
  datePublished: string | null;
  /** The event the article reports. */
  event: { name: string; startDate: string; endDate: string } | null;
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
    ...(input.event
      ? { about: { '@type': 'Event', name: input.event.name, startDate: input.event.startDate, ...(input.event.endDate !== input.event.startDate ? { endDate: input.event.endDate } : {}) } }
      : {}),
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
