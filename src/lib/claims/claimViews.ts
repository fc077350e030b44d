/**
 * claimViews: the groupings the claim pages and the compare matrix show: topic labels, the
 * filters of /compare/ (all, divergent only, reported by one source, one topic), and the
 * topic × article coverage counts on the home page.
 */

export interface ViewClaim {
  id: string;
  topic: string;
  divergent: boolean;
  mentions: ReadonlyArray<{ article: string }>;
}

/** "foreign-involvement" → "Foreign involvement". */
export function topicLabel(topic: string): string {
  const words = topic.replace(/-/gu, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface CompareFilter {
  /** Path segment(s) under /compare/ ('' for all). */
  path: string;
  label: string;
  description: string;
  keep(claim: ViewClaim): boolean;
}

export function compareFilters(topics: readonly string[]): CompareFilter[] {
  return [
    { path: '', label: 'All claims', description: 'Every claim, by topic.', keep: () => true },
    {
      path: 'divergent',
      label: 'Divergent only',
      description: 'Claims whose sources give different figures, sources or details.',
      keep: (claim) => claim.divergent,
    },
    {
      path: 'single-source',
      label: 'One source only',
      description: 'Claims that only one of the articles reports.',
      keep: (claim) => claim.mentions.length === 1,
    },
    ...topics.map((topic) => ({
      path: `topic/${topic}`,
      label: topicLabel(topic),
      description: `Claims about ${topicLabel(topic).toLowerCase()}.`,
      keep: (claim: ViewClaim) => claim.topic === topic,
    })),
  ];
}

/** Topics in a stable order (alphabetical), with their claims sorted by id. */
export function groupByTopic<T extends ViewClaim>(claims: readonly T[]): Array<{ topic: string; label: string; claims: T[] }> {
  const topics = [...new Set(claims.map((claim) => claim.topic))].sort();
  return topics.map((topic) => ({
    topic,
    label: topicLabel(topic),
    claims: claims.filter((claim) => claim.topic === topic).sort((a, b) => a.id.localeCompare(b.id)),
  }));
}

export interface CoverageRow {
  topic: string;
  label: string;
  total: number;
  /** Claims of the topic each article reports, in article order. */
  counts: number[];
}

export function coverageMatrix(claims: readonly ViewClaim[], articleIds: readonly string[]): CoverageRow[] {
  return groupByTopic(claims).map(({ topic, label, claims: inTopic }) => ({
    topic,
    label,
    total: inTopic.length,
    counts: articleIds.map((id) => inTopic.filter((claim) => claim.mentions.some((m) => m.article === id)).length),
  }));
}

/** Claims per /compare/ page: the whole real corpus fits on one; thousands are split. */
export const CLAIMS_PER_PAGE = 100;

/**
 * In a large corpus each claim brings its own reporters' columns, so pages are kept shorter:
 * 40 claims span about 100 columns where 100 claims spanned 250 (3 MB of HTML a page).
 */
export function claimsPerPage(articleCount: number): number {
  return articleCount <= MAX_ALL_COLUMNS ? CLAIMS_PER_PAGE : 40;
}

/** A matrix shows a column per article only while that stays readable. */
export const MAX_ALL_COLUMNS = 12;

/**
 * Lists that would grow with the corpus are cut or split into pages, so that no page does: the
 * home page shows the first sources and links to the paginated list; the editorial report and
 * the list of sources show this many articles a page; the search page lists every claim only
 * while there are few, else the topics (each links to its compare pages).
 */
export const HOME_SOURCES = 50;
export const ARTICLES_PER_PAGE = 100;
export const BROWSE_ALL_CLAIMS_UP_TO = 300;
/** The home page's events, newest first, a page (each with its coverage chart). */
export const EVENTS_PER_PAGE = 20;
/** The outlets index's rows a page. */
export const OUTLETS_PER_PAGE = 100;
/** An outlet's articles a page, each with the claims it carries and leaves out. */
export const OUTLET_ARTICLES_PER_PAGE = 10;

/** The path of page `n` of a paginated list at `base` ('/sources/' → '/sources/page/2/'). */
export const pagePath = (base: string, n: number): string => (n > 1 ? `${base}page/${n}/` : base);

/**
 * The page numbers a pagination bar links to: the first, the last, and `around` either side of
 * the current one, with `null` for each gap. A list of thousands of pages then links to a dozen,
 * not thousands (every page stays reachable, a few steps at most apart).
 */
export function pageWindow(current: number, count: number, around = 2): Array<number | null> {
  const shown = [...new Set([1, ...Array.from({ length: 2 * around + 1 }, (_, i) => current - around + i), count])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - (shown[i - 1] as number) > 1 ? [null, n] : [n]));
}

/** Splits a list into pages of `size` (at least one page, possibly empty). */
export function paginate<T>(items: readonly T[], size = CLAIMS_PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * The article columns of a claims matrix: every article while there are few, else only those
 * that report a claim on the page (so a page of 100 claims never has thousands of columns).
 */
export function matrixColumns(claims: readonly ViewClaim[], articleIds: readonly string[], maxAll = MAX_ALL_COLUMNS): string[] {
  if (articleIds.length <= maxAll) return [...articleIds];
  const reporting = new Set(claims.flatMap((claim) => claim.mentions.map((m) => m.article)));
  return articleIds.filter((id) => reporting.has(id));
}

export interface ClaimCoverage {
  /** Articles that report the claim. */
  reported: number;
  /** The sources it is counted against: those it is compared across, and every draft. */
  of: number;
  /** Reviewed articles it is compared across that leave it out. */
  omitting: string[];
  /** Drafts without a mention of it: nobody has checked them for it yet. */
  unreviewed: string[];
  /** "Reported by 2 of 7 sources (2 not yet reviewed)". */
  text: string;
}

/**
 * How many sources report a claim, out of how many. A draft counts among the sources even when it
 * shares no claim yet (so it is no one's peer): it may well report this one. The claim page and
 * the search results both say it (through claimCoverages), so they give the same "n of N".
 */
export function claimCoverage(
  claim: { mentions: ReadonlyArray<{ article: string }>; comparedAcross: readonly string[] },
  articleIds: readonly string[],
  drafts: ReadonlySet<string>,
): ClaimCoverage {
  const reporting = new Set(claim.mentions.map((m) => m.article));
  const compared = new Set(claim.comparedAcross);
  const counted = articleIds.filter((id) => compared.has(id) || drafts.has(id) || reporting.has(id));
  const omitting = counted.filter((id) => !reporting.has(id) && !drafts.has(id));
  const unreviewed = counted.filter((id) => !reporting.has(id) && drafts.has(id));
  const sources = counted.length === 1 ? 'source' : 'sources';
  const note = unreviewed.length > 0 ? ` (${unreviewed.length} not yet reviewed)` : '';
  return { reported: reporting.size, of: counted.length, omitting, unreviewed, text: `Reported by ${reporting.size} of ${counted.length} ${sources}${note}` };
}

/**
 * Every claim's coverage, each counted among its own event's articles (drafts of other events
 * are not its sources): what its page says, and what a search result says of it.
 */
export function claimCoverages(
  claims: ReadonlyArray<{ id: string; event: string; mentions: ReadonlyArray<{ article: string }>; comparedAcross: readonly string[] }>,
  eventArticles: ReadonlyMap<string, readonly string[]>,
  drafts: ReadonlySet<string>,
): Map<string, ClaimCoverage> {
  return new Map(claims.map((claim) => [claim.id, claimCoverage(claim, eventArticles.get(claim.event) ?? [], drafts)]));
}
