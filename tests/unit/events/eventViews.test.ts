import { describe, expect, it } from 'vitest';
import { comparePublished, formatPublished, isoPublished, publishedFromPage, publishedSchema } from '../../../src/lib/articles/publishedDate.ts';
import { countsLine, coverageBySource, eventCounts, firstCarriers, publicationOrder, type ViewArticle, type ViewClaim } from '../../../src/lib/events/eventViews.ts';
import { outletSlug, outletSummaries } from '../../../src/lib/events/outletViews.ts';
import { atomDate, atomFeed } from '../../../src/lib/events/atomFeed.ts';

const article = (id: string, outlet: string, published?: ViewArticle['published']): ViewArticle => ({ id, event: 'e', label: id.toUpperCase(), outlet, draft: false, published });
const claim = (id: string, reporters: string[], divergent = false): ViewClaim => ({ id, event: 'e', topic: 't', divergent, mentions: reporters.map((a) => ({ article: a })) });

describe('published dates', () => {
  it('accepts a date, a time, a zone and where it comes from; refuses the rest', () => {
    expect(publishedSchema.safeParse({ date: '2022-01-10', time: '18:42+06:00', from: 'dateline' }).success).toBe(true);
    expect(publishedSchema.safeParse({ date: '2022-01-10', from: 'rumour' }).success).toBe(false);
    expect(publishedSchema.safeParse({ date: '2022-02-30', from: 'url' }).success).toBe(false);
    expect(publishedSchema.safeParse({ date: '2022-01-10', time: '25:00', from: 'url' }).success).toBe(false);
  });

  it('orders by day, and within a day only when both times have a zone', () => {
    expect(comparePublished({ date: '2022-01-10', from: 'url' }, { date: '2022-01-11', from: 'url' })).toBeLessThan(0);
    expect(comparePublished({ date: '2022-01-10', time: '18:00+06:00', from: 'url' }, { date: '2022-01-10', time: '13:30Z', from: 'url' })).toBeLessThan(0);
    expect(comparePublished({ date: '2022-01-10', time: '18:00', from: 'url' }, { date: '2022-01-10', time: '09:00Z', from: 'url' })).toBe(0);
  });

  it('reads a saved page’s own date as from its metadata, keeping a zoned time only', () => {
    expect(publishedFromPage('2022-01-10T18:42:00+06:00')).toEqual({ date: '2022-01-10', time: '18:42+06:00', from: 'page-metadata' });
    expect(publishedFromPage('2022-01-10T18:42:00.000Z')).toEqual({ date: '2022-01-10', time: '18:42Z', from: 'page-metadata' });
    expect(publishedFromPage('2022-01-10T18:42')).toEqual({ date: '2022-01-10', from: 'page-metadata' });
    expect(publishedFromPage('2022-01-10')).toEqual({ date: '2022-01-10', from: 'page-metadata' });
    expect(publishedFromPage('10 January 2022')).toBeNull();
    expect(publishedFromPage('2022-02-30')).toBeNull();
    expect(publishedFromPage(undefined)).toBeNull();
  });

  it('gives schema.org dates and page text', () => {
    expect(isoPublished({ date: '2022-01-10', from: 'url' })).toBe('2022-01-10');
    expect(isoPublished({ date: '2022-01-10', time: '18:42', from: 'url' })).toBe('2022-01-10');
    expect(isoPublished({ date: '2022-01-10', time: '18:42+06:00', from: 'url' })).toBe('2022-01-10T18:42:00+06:00');
    expect(formatPublished({ date: '2022-01-10', time: '18:42Z', from: 'url' })).toBe('10 January 2022, 18:42 UTC');
  });
});

describe('event views', () => {
  const articles = [article('a', 'A', { date: '2025-03-15', from: 'url' }), article('b', 'B', { date: '2025-03-14', time: '10:00Z', from: 'dateline' }), article('c', 'B'), article('d', 'D', { date: '2025-03-14', time: '08:00Z', from: 'editor' })];
  const claims = [claim('x', ['a', 'b', 'c']), claim('y', ['a'], true), claim('z', ['c']), claim('w', ['b', 'd'])];

  it('counts articles, outlets, claims, divergent and single-source claims', () => {
    const counts = eventCounts(articles, claims);
    expect(counts).toEqual({ articles: 4, outlets: 3, drafts: 0, claims: 4, divergent: 1, singleSource: 2 });
    expect(countsLine(counts)).toBe('4 articles from 3 outlets · 4 claims, 1 divergent');
  });

  it('coverage per source, in article order', () => {
    expect(coverageBySource(articles, claims)).toEqual([
      { article: 'a', reported: 2 },
      { article: 'b', reported: 2 },
      { article: 'c', reported: 2 },
      { article: 'd', reported: 1 },
    ]);
  });

  it('publication order: earliest first, undated last', () => {
    expect(publicationOrder(articles).map((a) => a.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('the first carrier of each claim, with the undated reporters that might have been first', () => {
    expect(firstCarriers(claims, articles).map(({ claim: id, first, undated }) => ({ id, first, undated }))).toEqual([
      { id: 'x', first: ['b'], undated: ['c'] },
      { id: 'y', first: ['a'], undated: [] },
      { id: 'z', first: [], undated: ['c'] },
      { id: 'w', first: ['d'], undated: [] },
    ]);
  });

  it('two sources on the same day without times to order them are both first', () => {
    const sameDay = [article('a', 'A', { date: '2025-03-14', from: 'url' }), article('b', 'B', { date: '2025-03-14', time: '10:00Z', from: 'url' })];
    expect(firstCarriers([claim('x', ['b', 'a'])], sameDay)[0]?.first).toEqual(['b', 'a']);
  });
});

describe('outlets', () => {
  it('readable, distinct slugs', () => {
    expect(outletSlug('worldwarthird.com')).toBe('worldwarthird-com');
    expect(outletSlug('Unattributed blog repost of Sputnik copy')).toBe('unattributed-blog-repost-of-sputnik-copy');
    const [one, two] = outletSummaries(
      [
        { id: 'a', outlet: 'News.com', event: 'e', carried: [], leftOut: [] },
        { id: 'b', outlet: 'News com', event: 'e', carried: [], leftOut: [] },
      ],
      new Map(),
    );
    expect([one?.slug, two?.slug]).toEqual(['news-com', 'news-com-2']);
  });

  it('an outlet across events: carried, left out, and where it is the only source', () => {
    const [wire] = outletSummaries(
      [
        { id: 'w1', outlet: 'Wire', event: 'e1', carried: ['x', 'y'], leftOut: ['z'] },
        { id: 'w2', outlet: 'Wire', event: 'e2', carried: ['v'], leftOut: [] },
      ],
      new Map([
        ['x', new Set(['w1', 'other'])],
        ['y', new Set(['w1'])],
        ['v', new Set(['w2'])],
      ]),
    );
    expect(wire).toMatchObject({ slug: 'wire', events: ['e1', 'e2'], carried: 3, leftOut: 1, singleSource: ['v', 'y'] });
  });
});

describe('the Atom feed', () => {
  const input = {
    title: 'Coverage <Compare>',
    path: '/feed.xml',
    authority: 'example.org,2026',
    entries: [
      { key: 'event:e', title: 'Event & co', path: '/events/e/', updated: '2025-03-14', summary: 'A <b>bold</b> \u0007summary' },
      { key: 'article:a', title: 'A', path: '/articles/a/', updated: '2025-03-15T10:00:00+02:00', summary: 'S', categories: ['e'] },
    ],
  };

  it('absolute links when the site is known, root-relative otherwise; ids never depend on it', () => {
    const absolute = atomFeed({ ...input, site: 'https://example.org' });
    expect(absolute).toContain('<link rel="alternate" type="text/html" href="https://example.org/articles/a/"/>');
    expect(absolute).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>');
    const relative = atomFeed({ ...input, site: null });
    expect(relative).toContain('href="/articles/a/"');
    expect(relative.match(/<id>[^<]+<\/id>/gu)).toEqual(absolute.match(/<id>[^<]+<\/id>/gu));
  });

  it('newest first, escaped, control characters dropped, updated from the content', () => {
    const feed = atomFeed({ ...input, site: null });
    expect(feed.indexOf('article:a')).toBeLessThan(feed.indexOf('event:e'));
    expect(feed).toContain('<title>Coverage &lt;Compare&gt;</title>');
    expect(feed).toContain('<summary>A &lt;b&gt;bold&lt;/b&gt; summary</summary>');
    expect(feed).toContain('<updated>2025-03-15T08:00:00Z</updated>');
    expect(atomDate('2025-03-14')).toBe('2025-03-14T00:00:00Z');
  });

  it('keeps only the newest entries when told how many, so it does not grow with the corpus', () => {
    const feed = atomFeed({ ...input, site: null, maxEntries: 1 });
    expect(feed.match(/<entry>/gu)).toHaveLength(1);
    expect(feed).toContain('article:a');
    expect(feed).not.toContain('event:e');
  });
});
