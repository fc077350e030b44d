/**
 * Every URL the site published before events existed still resolves, with every id it had (so
 * every #fragment still lands), and the exports still hold every article, claim and deep link.
 * The lists are tests/fixtures/published/ (taken from the dist/ of the last build before events:
 * its sitemap and every file); this reads the new dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/site.ts';
import { fileOf, idsOf, sitemapPaths, type UrlInventory } from '../helpers/urlInventory.ts';

const before = JSON.parse(readFileSync(new URL('../fixtures/published/urls.json', import.meta.url), 'utf8')) as UrlInventory;
const exportsBefore = JSON.parse(readFileSync(new URL('../fixtures/published/exports.json', import.meta.url), 'utf8')) as {
  articles: string[];
  claims: Array<{ id: string; url: string; mentions: string[] }>;
  csvHeader: string;
};

describe('the URLs published before events', () => {
  it('the old list is the whole old site (sitemap included)', () => {
    expect(Object.keys(before.pages).length).toBeGreaterThan(90);
    for (const url of before.sitemap) expect(before.pages).toHaveProperty([url]);
  });

  it('every old URL still resolves to a file', () => {
    const missing = Object.keys(before.pages).filter((url) => !existsSync(fileOf(distDir, url)));
    expect(missing).toEqual([]);
  });

  it('every old page still has every id it had', () => {
    const lost: string[] = [];
    for (const [url, ids] of Object.entries(before.pages)) {
      if (ids.length === 0) continue;
      const now = new Set(idsOf(readFileSync(fileOf(distDir, url), 'utf8')));
      for (const id of ids) if (!now.has(id)) lost.push(`${url}#${id}`);
    }
    expect(lost).toEqual([]);
  });

  it('every old sitemap URL is still in the sitemap', () => {
    const now = new Set(sitemapPaths(distDir));
    expect(before.sitemap.filter((url) => !now.has(url))).toEqual([]);
  });

  it('the exports keep every article, claim and deep link, and every CSV column', () => {
    // Links in the exports may since have become absolute (on the site's origin): compare the path and fragment.
    const local = (url: string) => {
      const parsed = new URL(url, 'https://site.invalid');
      return `${parsed.pathname}${parsed.hash}`;
    };
    const json = JSON.parse(readFileSync(fileOf(distDir, '/claims.json'), 'utf8')) as {
      articles: Array<{ url: string }>;
      claims: Array<{ id: string; url: string; mentions: Array<{ url: string }> }>;
    };
    expect(json.articles.map((a) => local(a.url))).toEqual(expect.arrayContaining(exportsBefore.articles));
    const claims = new Map(json.claims.map((c) => [c.id, c]));
    for (const old of exportsBefore.claims) {
      expect(local(claims.get(old.id)?.url ?? '')).toBe(old.url);
      expect(claims.get(old.id)?.mentions.map((m) => local(m.url))).toEqual(old.mentions);
    }
    const header = (readFileSync(fileOf(distDir, '/claims.csv'), 'utf8').split('\r\n')[0] ?? '').split(',');
    expect(exportsBefore.csvHeader.split(',').filter((column) => !header.includes(column))).toEqual([]);
  });
});
