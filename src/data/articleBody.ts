/**
 * The article body as HTML: its sections with its own quotes highlighted, rendered by rehype from
 * the stored structure (see renderArticleBody). Rendered per page rather than stored, to keep the
 * content store (which Astro bundles whole) to one copy of the text.
 */
import type { ArticleEntry, ClaimIndex } from './collections.ts';
import type { ArticleDetail } from './articleDetail.ts';
import { articleBodyHtml, highlightsFromRows } from '../lib/articles/renderArticleBody.ts';

export function articleBody(article: ArticleEntry, detail: ArticleDetail, claims: ClaimIndex): string {
  const rows = detail.comparison.rows.map((row) => ({ ...row, quotes: claims.quotes(row.claim, article.id) }));
  return articleBodyHtml(detail.sections, highlightsFromRows(rows));
}
