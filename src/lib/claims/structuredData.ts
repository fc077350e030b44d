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
  event?: { name: string; startDate: string; endDate: string } | null;
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
  /** The outlets that state the claim in their own voice (its author when the speaker is "the outlet"). */
  outlets: string[];
  /** Absolute URLs of the passages where the claim appears. */
  appearances: string[];
}

/** The claims files' word for an outlet asserting a claim in its own voice. */
export const OUTLET_SPEAKER = 'the outlet';

/** Words that make a speaker a body of people rather than a person ("Kazakhstan's health ministry"). */
const organisationWords =
  /\b(?:authorities|government|ministry|committee|council|leadership|agency|office|organi[sz]ation|parliament|army|police|service|Interfax|Reuters|TASS|Xinhua|Yonhap|CSTO|UN|NATO)\b/u;
/** Words that make a speaker people even beside an organisation's name ("government spokesperson"). */
const personWords = /\b(?:spokes(?:person|man|woman)|officials?|experts?|president|minister|Kazakhs|residents|witnesses)\b/iu;

export function speakerType(speaker: string): 'Person' | 'Organization' {
  if (personWords.test(speaker)) return 'Person';
  return organisationWords.test(speaker) ? 'Organization' : 'Person';
}

/**
 * A claim's author as schema.org wants it, a Person or an Organization: the outlets themselves
 * for a claim in the outlet's own voice; each of two speakers ("A and B"); else the speaker.
 */
export function claimAuthor(speaker: string, outlets: readonly string[]): Record<string, unknown> | Array<Record<string, unknown>> {
  if (speaker === OUTLET_SPEAKER) {
    const list = (outlets.length > 0 ? outlets : [speaker]).map((name) => ({ '@type': 'Organization', name }));
    return list.length === 1 ? (list[0] as Record<string, unknown>) : list;
  }
  const names = speaker.split(/\s+and\s+/u);
  const people = names.map((name) => ({ '@type': speakerType(name), name }));
  return people.length === 1 ? (people[0] as Record<string, unknown>) : people;
}

export function claimLd(input: ClaimInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    url: input.url,
    text: input.statement,
    author: claimAuthor(input.speaker, input.outlets),
    appearance: input.appearances.map((url) => ({ '@type': 'CreativeWork', url })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can end the element. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c');
}
