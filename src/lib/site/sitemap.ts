/**
 * sitemap: a site's page URLs as sitemap files (sitemaps.org protocol 0.9): `sitemap-0.xml`,
 * `sitemap-1.xml`, … of at most `limit` URLs each, and `sitemap-index.xml` naming them.
 *
 * The URLs are deduplicated and sorted in English order with numbers compared as numbers
 * ("page/2/" before "page/10/"): the names, order and chunking @astrojs/sitemap used, so the
 * files list the same URLs in the same places as before it was replaced. It sorted with
 * `a.localeCompare(b, 'en', { numeric: true })`, which makes a collator for every comparison: at
 * 20,000 articles that was seconds of every build and rebuild. One collator sorts the same.
 */
import { escapeXml } from '../text/escapeXml.ts';

export interface SitemapFile {
  /** The file's name at the site's base: "sitemap-index.xml", "sitemap-0.xml". */
  file: string;
  xml: string;
}

/** URLs per file: under the protocol's 50,000, as @astrojs/sitemap's default. */
export const SITEMAP_LIMIT = 45_000;
export const SITEMAP_INDEX = 'sitemap-index.xml';

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * The sitemap files for `urls` (absolute), with the index first; none for no URL. `base` is the
 * absolute URL the files are served under ("https://example.org/").
 */
export function sitemapFiles(urls: Iterable<string>, base: string, limit = SITEMAP_LIMIT): SitemapFile[] {
  const order = new Intl.Collator('en', { numeric: true });
  const sorted = [...new Set(urls)].sort(order.compare);
  if (sorted.length === 0) return [];
  const chunks: SitemapFile[] = [];
  for (let start = 0; start < sorted.length; start += limit) {
    const entries = sorted.slice(start, start + limit).map((url) => `<url><loc>${escapeXml(url)}</loc></url>`);
    chunks.push({ file: `sitemap-${chunks.length}.xml`, xml: `${HEAD}<urlset xmlns="${NS}">${entries.join('')}</urlset>\n` });
  }
  const index = chunks.map(({ file }) => `<sitemap><loc>${escapeXml(new URL(file, base).href)}</loc></sitemap>`);
  return [{ file: SITEMAP_INDEX, xml: `${HEAD}<sitemapindex xmlns="${NS}">${index.join('')}</sitemapindex>\n` }, ...chunks];
}
