/**
 * pageKey: the `cacheKey` a page returns from getStaticPaths for Astro's incremental builds
 * (experimental.incrementalBuild). Astro skips rendering a page whose key and code are unchanged
 * since the last build and copies the earlier output instead.
 *
 * A key must change whenever anything the page shows changes, so each page passes exactly the
 * data it renders: its own entry and the entries it names (the claims in an article's table, the
 * labels of the articles in a claim's versions). A key that left one out would serve stale HTML;
 * one that took in more (e.g. every article's label) would only rebuild more pages than needed.
 */
import { createHash } from 'node:crypto';
import type { ArticleEntry, ArticleLabel, ClaimIndex } from './collections.ts';
import { articleNamesOf } from './articleDetail.ts';

export function pageKey(...inputs: unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify(inputs, (_key, value: unknown) => (value instanceof Map ? [...value] : value)))
    .digest('base64url');
}

/**
 * The key of an article's pages (the article and its table): its entry (the detail file's
 * digest included), the claims its table names and the labels of its peers.
 */
export function articlePageKey(article: ArticleEntry, claims: ClaimIndex, labels: ReadonlyMap<string, ArticleLabel>): string {
  return pageKey(
    // The entry's digest stands for its data (the loader digests exactly what it stores); hashing
    // a digest, not the data, kept a full share of a rebuild's page keys out.
    article.digest ?? article.data,
    articleNamesOf(article).claims.map((id) => claims.get(id)),
    [article.id, ...articleNamesOf(article).articles].map((id) => labels.get(id)),
  );
}
