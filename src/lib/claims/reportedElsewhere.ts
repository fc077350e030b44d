/**
 * reportedElsewhere: the claims an article's peers report and it does not, as their own page
 * (/articles/<slug>/reported-elsewhere/, paginated). The list grows with the event's claims, so it
 * left the article page (its weight, issue 17), which keeps a one-line summary and a link here.
 */
import type { OmittedClaim } from './compareArticle.ts';
import { articleUrl } from './claimsExport.ts';
import { pagePath } from './claimViews.ts';

/** Claims a page of the list holds. */
export const OMITTED_PER_PAGE = 50;

/** Sources named with each claim; the claim page lists every one. */
export const OMITTED_SOURCES_SHOWN = 12;

/** The path of page `n` of an article's list of claims reported elsewhere. */
export const reportedElsewhereUrl = (article: string, n = 1): string => pagePath(`${articleUrl(article)}reported-elsewhere/`, n);

export interface OmittedSummary {
  /** Claims the other sources report that this article does not. */
  total: number;
  /** Of those, the claims every other source reports (0 when it has no peers). */
  byAll: number;
}

/** How many claims the article leaves out, and how many of them every other source carries. */
export function omittedSummary(omitted: readonly OmittedClaim[], others: number): OmittedSummary {
  return { total: omitted.length, byAll: others > 0 ? omitted.filter((claim) => claim.reportedBy.length >= others).length : 0 };
}
