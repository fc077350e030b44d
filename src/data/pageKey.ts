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

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');
const withCollections = (_key: string, value: unknown): unknown => (value instanceof Map || value instanceof Set ? [...value] : value);

/**
 * Each plain object's digest, once per object: the same entries (an article's data, a claim, a
 * label) go into the keys of many pages (a claim into its page, the tables of the articles that
 * make it, its compare pages, inside groups made for each page), and serialising them whole for
 * every page was most of the keys' cost (1.5 s of a 2,000-article rebuild). An object's digest
 * is made of its fields' key texts, so an entry nested in a new object is still digested once.
 * Keyed by identity, so it holds for data that is not changed once built: content entries and
 * what getStaticPaths derives from them.
 */
const digests = new WeakMap<object, string>();

function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = sha256(Object.entries(value).map(([field, item]) => `${JSON.stringify(field)}:${keyText(item)}`).join(','));
    digests.set(value, digest);
  }
  return digest;
}

/** The inputs' text for the key: arrays, maps and sets element by element, plain objects by digest. */
function keyText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(keyText).join(',')}]`;
  if (value instanceof Map) return `M${keyText([...value])}`;
  if (value instanceof Set) return `S${keyText([...value])}`;
  if (value !== null && typeof value === 'object') {
    const prototype: unknown = Object.getPrototypeOf(value);
    // Anything else (a Date, a URL) by its JSON, as the key was before.
    return prototype === Object.prototype || prototype === null ? `#${digestOf(value)}` : `J${JSON.stringify(value, withCollections)}`;
  }
  return JSON.stringify(value) ?? 'u';
}

export function pageKey(...inputs: unknown[]): string {
  return sha256(keyText(inputs));
}

/**
 * What stands for a content entry's data in a key: its digest, which the loader computes from
 * exactly the data it stores (Astro's generateDigest), else the data itself. Each route reads the
 * collection afresh, so the entries are new objects and the digests above would be made again
 * for every route: the digest is already there.
 */
export function entryKey(entry: { data: unknown; digest?: string | number | undefined }): unknown {
  return entry.digest ?? entry.data;
}

/**
 * The key of an article's pages (the article and its table): its entry (the detail file's
 * digest included), the claims its table names and the labels of its peers.
 */
export function articlePageKey(article: ArticleEntry, claims: ClaimIndex, labels: ReadonlyMap<string, ArticleLabel>): string {
  return pageKey(
    // The entry's digest stands for its data (the loader digests exactly what it stores); hashing
    // a digest, not the data, kept a full share of a rebuild's page keys out.
    entryKey(article),
    articleNamesOf(article).claims.map((id) => claims.get(id)),
    [article.id, ...articleNamesOf(article).articles].map((id) => labels.get(id)),
  );
}

/**
 * The key of a page of an article's claims reported elsewhere: what its article pages' key takes
 * in (the omitted claims are in the detail file and among the claims its entry names, their
 * sources among its peers' labels), and which page of how many it is.
 */
export function reportedElsewherePageKey(
  article: ArticleEntry,
  claims: ClaimIndex,
  labels: ReadonlyMap<string, ArticleLabel>,
  page: number,
  pageCount: number,
): string {
  return pageKey(articlePageKey(article, claims, labels), page, pageCount);
}

/**
 * The key of an article's cleaning page (its removed lines): its entry alone. The removed lines
 * are in the detail file, whose digest the entry's takes in; the title and source are the entry's.
 */
export function cleaningPageKey(article: ArticleEntry): string {
  return pageKey(entryKey(article));
}
