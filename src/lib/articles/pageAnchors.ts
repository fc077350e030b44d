/**
 * pageAnchors: the element ids the article page gives itself, which a subhead's section id must
 * never take.
 *
 * Section ids are slugs of the subhead's words, so a subhead that reads "Main", "Source and
 * cleaning", "P 3" or "Claim: …" would slug to an id the page already uses for a landmark, a
 * paragraph (`p-3`), a dek line, a claim card or a removed line: two elements with one id, and a
 * published link that lands on the wrong one. `sectionSlugger` (parseArticle.ts) reserves the
 * fixed ids and steers slugs of the generated forms elsewhere. `tests/unit/articles/pageAnchors.test.ts`
 * reads the components' literal ids, so a new one added to the page without being listed here fails.
 */

/** Fixed ids on the article page (layout, header, comparisons, source report). */
export const ARTICLE_PAGE_IDS: readonly string[] = [
  'main',
  'site-search',
  'site-search-hint',
  'site-search-listbox',
  'site-search-status',
  'theme-toggle',
  'missing-target',
  'link-status',
  'article-title',
  'highlights-on',
  'highlights-off',
  'comparison-heading',
  'claims-overview',
  'omitted-claims',
  'source-and-cleaning',
  'removed-lines',
  'unusual-characters',
  'draft-notice-title',
];

/**
 * Ids the page generates from data: paragraphs `p-N`, dek lines `dek-N`, claim cards `claim-…`,
 * quote marks `q-…`, removed lines `removed-line-N` (each line's number in the source report,
 * a link to its row on the cleaning page, src/lib/articles/removedLines.ts).
 */
const GENERATED_ID = /^(?:(?:p|dek)-\d+$|(?:claim|q|removed-line)-)/u;

/** Whether a section slug would take the shape of an id the page generates. */
export const isGeneratedAnchor = (id: string): boolean => GENERATED_ID.test(id);
