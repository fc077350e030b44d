/**
 * No page grows with the corpus (issue 17, point 4). Two generated corpora (bench/lib/corpus.ts,
 * the bench's generator) are built in temporary copies of the project: 100 and 200 articles, from
 * a pool of 4 outlets so that every paginated list (the home page's events, an outlet's articles,
 * the sources and the report) is already full at the smaller size. Each page is put under its
 * route (slugs and page numbers generalised), and the largest page of each route, gzipped, must
 * not grow from the smaller corpus to the larger one, twice its size, beyond a little
 * (other text, longer names). A list that printed every article, claim or event would double.
 * Every paginated list also reaches each of its items exactly once.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, tempProject, type TempProject } from '../helpers/tempProject.ts';
import { builtPages } from '../helpers/pages.ts';
import { generateCorpus } from '../../bench/lib/corpus.ts';
import { EVENTS_PER_PAGE, OUTLET_ARTICLES_PER_PAGE } from '../../src/lib/claims/claimViews.ts';

const SIZES = [100, 200] as const;
/** The largest page of a route may grow by this share, plus SLACK bytes, from the smaller corpus to the larger. */
const GROWTH = 0.2;
const SLACK = 1024;
const MAX_PAGE_GZIP = 50 * 1024;

interface Built {
  project: TempProject;
  dist: string;
  pages: string[];
  /** Route → its largest page (gzip bytes) and that page. */
  largest: Map<string, { gzip: number; page: string }>;
}

/** A page's route: the segment after articles/claims/events/outlets/topic/page, and numbers, become "*". */
export function routeOf(page: string): string {
  const segments = page.split('/').filter(Boolean);
  return `/${segments.map((s, i) => (/^\d+$/u.test(s) || ['articles', 'claims', 'events', 'outlets', 'topic', 'page'].includes(segments[i - 1] ?? '') ? '*' : s)).join('/')}${page.endsWith('/') && segments.length > 0 ? '/' : ''}`;
}

const fileOf = (dist: string, page: string) => path.join(dist, page.endsWith('/') ? `${page}index.html` : page);
const html = (built: Built, page: string) => readFileSync(fileOf(built.dist, page), 'utf8');

function build(articles: number): Built {
  const project = tempProject();
  const content = mkdtempSync(path.join(tmpdir(), 'bounded-corpus-'));
  try {
    generateCorpus(content, { articles, seed: 20220110, outlets: 4, vocabularyFrom: path.join(projectRoot, 'content/articles') });
    project.useContent(content);
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
  const result = project.build();
  if (result.status !== 0) throw new Error(`The build of ${articles} generated articles failed:\n${result.output.slice(-3000)}`);
  const dist = path.join(project.dir, 'dist');
  const pages = builtPages(dist);
  const largest = new Map<string, { gzip: number; page: string }>();
  // The Atom feed is held to the same rule as the pages (the site-wide exports, claims.json and
  // claims.csv, are the whole data set by design; the per-event ones are bounded by their event).
  for (const page of [...pages, '/feed.xml']) {
    const gzip = gzipSync(readFileSync(fileOf(dist, page)), { level: 9 }).length;
    const route = routeOf(page);
    if ((largest.get(route)?.gzip ?? -1) < gzip) largest.set(route, { gzip, page });
  }
  return { project, dist, pages, largest };
}

const built: Built[] = [];

beforeAll(() => {
  for (const size of SIZES) built.push(build(size));
}, 300_000);

afterAll(() => {
  for (const b of built) b.project.dispose();
});

describe('no page grows with the corpus', () => {
  it('routes are told apart as the site names them', () => {
    expect(routeOf('/')).toBe('/');
    expect(routeOf('/page/3/')).toBe('/page/*/');
    expect(routeOf('/articles/e0001-a1-x-y/table/')).toBe('/articles/*/table/');
    expect(routeOf('/outlets/some-news-1/page/2/')).toBe('/outlets/*/page/*/');
    expect(routeOf('/events/e0002/compare/topic/troops/')).toBe('/events/*/compare/topic/*/');
    expect(routeOf('/404.html')).toBe('/404.html');
  });

  it(`the largest page of each route grows by at most ${GROWTH * 100} % from ${SIZES[0]} to ${SIZES[1]} articles, and none is over 50 KB gzip`, () => {
    const [small, large] = built as [Built, Built];
    const smallest = Math.max(...[...small.largest.values()].map((v) => v.gzip));
    const grown: string[] = [];
    for (const [route, { gzip, page }] of large.largest) {
      // A route the smaller corpus does not have yet (a second page) is held to the largest page of the smaller site.
      const before = small.largest.get(route)?.gzip ?? smallest;
      if (gzip > before * (1 + GROWTH) + SLACK) grown.push(`${route}: ${before} → ${gzip} bytes gzip (${page})`);
      if (gzip > MAX_PAGE_GZIP) grown.push(`${route}: ${gzip} bytes gzip, over 50 KB (${page})`);
    }
    expect(grown).toEqual([]);
    // The routes that matter were there to compare: lists that paginate, with more than one page.
    for (const route of ['/feed.xml', '/', '/page/*/', '/outlets/', '/outlets/*/', '/outlets/*/page/*/', '/sources/', '/report/', '/events/*/', '/articles/*/', '/claims/*/']) {
      expect(large.largest.has(route), route).toBe(true);
    }
  });

  it('the home page lists every event once, newest first, a page at a time', () => {
    const large = built[1] as Built;
    const homePages = large.pages.filter((p) => p === '/' || /^\/page\/\d+\/$/u.test(p)).sort((a, b) => Number(a.split('/')[2] ?? 1) - Number(b.split('/')[2] ?? 1));
    const listed = homePages.map((p) => [...html(large, p).matchAll(/<h3><a href="\/events\/([^/]+)\/">/gu)].map((m) => m[1]));
    for (const events of listed) expect(events.length).toBeLessThanOrEqual(EVENTS_PER_PAGE);
    const all = large.pages.filter((p) => /^\/events\/[^/]+\/$/u.test(p)).map((p) => p.split('/')[2]);
    expect(listed.flat().sort()).toEqual([...all].sort());
    expect(homePages.length).toBe(Math.ceil(all.length / EVENTS_PER_PAGE));
    // Page 1 links to the others.
    expect(html(large, '/')).toContain('href="/page/2/"');
  });

  it('an outlet’s pages list each of its articles once, a page at a time', () => {
    const large = built[1] as Built;
    const outlets = large.pages.filter((p) => /^\/outlets\/[^/]+\/$/u.test(p) && p !== '/outlets/page/');
    expect(outlets.length).toBe(4);
    let articles = 0;
    for (const outlet of outlets) {
      const pages = large.pages.filter((p) => p === outlet || p.startsWith(`${outlet}page/`));
      const listed = pages.map((p) => [...html(large, p).matchAll(/<h2 id="article-([^"]+)">/gu)].map((m) => m[1]));
      for (const list of listed) expect(list.length).toBeLessThanOrEqual(OUTLET_ARTICLES_PER_PAGE);
      const flat = listed.flat();
      expect(new Set(flat).size).toBe(flat.length);
      articles += flat.length;
    }
    expect(articles).toBe(SIZES[1]);
  });
});
