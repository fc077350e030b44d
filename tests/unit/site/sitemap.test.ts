import { describe, expect, it } from 'vitest';
import { SITEMAP_INDEX, sitemapFiles } from '../../../src/lib/site/sitemap.ts';

const BASE = 'https://example.org/';
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/gu)].map((match) => match[1]);

describe('sitemapFiles', () => {
  it('lists each URL once, numbers in number order, as @astrojs/sitemap ordered them', () => {
    const urls = ['b/', 'page/10/', 'page/2/', 'a/', 'page/1/', 'Z/', 'a/'].map((p) => `${BASE}${p}`);
    const [index, only] = sitemapFiles(urls, BASE);
    expect(index?.file).toBe(SITEMAP_INDEX);
    expect(only?.file).toBe('sitemap-0.xml');
    // The order the replaced integration wrote: localeCompare with these options, deduplicated.
    const before = [...new Set(urls)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    expect(locs(only?.xml ?? '')).toEqual(before);
    const pages = locs(only?.xml ?? '').filter((url) => url?.includes('/page/'));
    expect(pages).toEqual(['page/1/', 'page/2/', 'page/10/'].map((p) => `${BASE}${p}`));
  });

  it('cuts the URLs into files of at most the limit, named in the index in order', () => {
    const urls = Array.from({ length: 5 }, (_, i) => `${BASE}p/${i}/`);
    const files = sitemapFiles(urls, `${BASE}sub/`, 2);
    expect(files.map((f) => f.file)).toEqual([SITEMAP_INDEX, 'sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml']);
    expect(locs(files[0]?.xml ?? '')).toEqual([0, 1, 2].map((n) => `${BASE}sub/sitemap-${n}.xml`));
    expect(files.slice(1).map((f) => locs(f.xml).length)).toEqual([2, 2, 1]);
    expect(files.slice(1).flatMap((f) => locs(f.xml))).toEqual(urls);
  });

  it('writes well-formed XML: markup characters escaped, in the sitemaps.org namespace', () => {
    const [, file] = sitemapFiles([`${BASE}?a=1&b=<2>`], BASE);
    expect(file?.xml).toContain('<loc>https://example.org/?a=1&amp;b=&lt;2&gt;</loc>');
    expect(file?.xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/u);
  });

  it('writes nothing for no URL', () => {
    expect(sitemapFiles([], BASE)).toEqual([]);
  });
});
