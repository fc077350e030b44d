/**
 * Several events in one site, in a temporary copy of the project: the real event plus the fixture
 * events (tests/fixtures/events/), and one more made with the two commands (new-event, then
 * add-article --event). The commands' refusals write nothing; the site builds with every event's
 * own pages, charts, timeline, exports and feed entries; the old /compare/ URLs stay on the first
 * event; axe, html-validate and the link checker find nothing on the new page types, light and
 * dark. A claim that cites another event's article fails the build with its file and line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { LinkChecker, LinkState } from 'linkinator';
import type { Browser } from 'playwright-core';
import { projectRoot, tempProject, type TempProject } from '../helpers/tempProject.ts';
import { addFixtureEvents, FIXTURE_EVENTS } from '../helpers/fixtureEvents.ts';
import { closeSiteInBrowser, openSiteInBrowser, type ServedSite } from '../helpers/site.ts';
import { builtPages } from '../helpers/pages.ts';
import { axeViolations } from '../helpers/axe.ts';
import { loadSearchData, type SearchData } from '../../src/lib/search/searchRecords.ts';
import { openShardedSearch } from '../../src/lib/search/searchShardLoader.ts';

const REAL = 'csto-summit-kazakhstan-2022';
const NEW = 'harbour-ferry-strike-2025';
const rawFile = path.join(projectRoot, 'tests/fixtures/sites/blog-share-tags.txt');

let project: TempProject;
let build: { status: number | null; output: string };
const refusals: Record<string, { status: number | null; stdout: string; stderr: string; changed: string[] }> = {};
const dist = (file: string) => readFileSync(path.join(project.dir, 'dist', file), 'utf8');

/** Every file under content/ with its bytes, to show a refused command wrote nothing. */
function contentSnapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(project.dir, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else files.set(relative, readFileSync(path.join(project.dir, relative), 'latin1'));
    }
  };
  walk('content');
  return files;
}

function refused(name: string, script: string, args: string[]): void {
  const before = contentSnapshot();
  const result = project.run(script, args);
  const after = contentSnapshot();
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
  refusals[name] = { ...result, changed };
}

beforeAll(() => {
  project = tempProject();
  addFixtureEvents(project);
  refused('event: slug taken', 'new-event', ['--slug', REAL, '--title', 'Again', '--date', '2025-01-01']);
  refused('event: no title', 'new-event', ['--slug', NEW, '--date', '2025-01-01']);
  refused('event: not a day', 'new-event', ['--slug', NEW, '--title', 'Ferry strike', '--date', '2025-02-30']);
  refused('event: end before start', 'new-event', ['--slug', NEW, '--title', 'Ferry strike', '--date', '2025-06-03', '--end', '2025-06-01']);
  refused('article: no --event among several', 'add-article', [rawFile]);
  refused('article: unknown event', 'add-article', [rawFile, '--event', 'no-such-event']);
  refused('drafts: no --event among several', 'draft-claims', ['--out', 'drafts.yaml']);
  refusals['drafts: one event'] = { ...project.run('draft-claims', ['--event', 'lindmark-bridge-closure-2025', '--out', 'bridge-drafts.yaml']), changed: [] };
  refusals['event: made'] = { ...project.run('new-event', ['--slug', NEW, '--title', 'Harbour ferry strike', '--date', '2025-06-02', '--end', '2025-06-04', '--place', 'Lindmark harbour (fictional)', '--summary', 'Ferry crews stopped work for three days over a pay dispute; the operator ran a reduced timetable.']), changed: [] };
  refusals['article: added'] = { ...project.run('add-article', [rawFile, '--event', NEW]), changed: [] };
  build = project.build();
}, 400_000);

afterAll(() => project?.dispose());

describe('the commands', () => {
  it.each([
    ['event: slug taken', /already an event "csto-summit-kazakhstan-2022"/u],
    ['event: no title', /Give the event a --title/u],
    ['event: not a day', /not a calendar date/u],
    ['event: end before start', /ends on or after its start/u],
    ['article: no --event among several', new RegExp(`3 events: say which one[\\s\\S]*${REAL}[\\s\\S]*${FIXTURE_EVENTS[0]}`, 'u')],
    ['article: unknown event', /no event "no-such-event"[\s\S]*Use one of the events: csto/u],
    ['drafts: no --event among several', /3 events: say which one to draft[\s\S]*--event <slug>, one of: csto-summit-kazakhstan-2022, lindmark-bridge-closure-2025, orvel-valley-flood-2025/u],
  ])('%s: refused, clearly, writing nothing', (name, message) => {
    const result = refusals[name]!;
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.changed).toEqual([]);
  });

  it('new-event writes the event file; add-article --event adds the draft to it', () => {
    expect(refusals['event: made']!.status).toBe(0);
    expect(readFileSync(path.join(project.dir, `content/events/${NEW}.yaml`), 'utf8')).toMatch(/title: Harbour ferry strike\ndate:\n  start: 2025-06-02\n  end: 2025-06-04/u);
    const added = refusals['article: added']!;
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    expect(added.stdout).toContain(`Event: ${NEW}`);
    expect(readFileSync(path.join(project.dir, 'content/articles/articles.yaml'), 'utf8')).toMatch(new RegExp(`file: blog-share-tags\\.txt\\n  slug: [a-z0-9-]+\\n  event: ${NEW}`, 'u'));
  });

  it('draft-claims drafts one event’s articles, and its file names the event', () => {
    const drafted = refusals['drafts: one event']!;
    expect(drafted.status).toBe(0);
    expect(drafted.stdout).toMatch(/for event "lindmark-bridge-closure-2025" from 3 articles/u);
    expect(readFileSync(path.join(project.dir, 'bridge-drafts.yaml'), 'utf8')).toMatch(/^topic: [a-z-]+\nevent: lindmark-bridge-closure-2025\n/mu);
  });
});

describe('a site with several events', () => {
  it('builds', () => {
    expect(build.output).not.toMatch(/content problem/u);
    expect(build.status).toBe(0);
  });

  it('the home page lists the events newest first, each with its counts and a small coverage chart', () => {
    const home = dist('index.html');
    const order = [...home.matchAll(/<h3><a href="\/events\/([^/]+)\/">/gu)].map((m) => m[1]);
    // By start date: the flood (September 2025), the ferry strike (June), the bridge (March), the summit (2022).
    expect(order).toEqual(['orvel-valley-flood-2025', NEW, 'lindmark-bridge-closure-2025', REAL]);
    expect(home).toContain('3 articles from 3 outlets · 4 claims, 2 divergent');
    expect(home.match(/<svg[^>]*role="img"/gu)).toHaveLength(4);
  });

  it('each event has its page with three charts, each with a table, and its timeline', () => {
    for (const event of [REAL, ...FIXTURE_EVENTS, NEW]) {
      const page = dist(`events/${event}/index.html`);
      const svgs = [...page.matchAll(/<svg[^>]*role="img" aria-labelledby="([^"]+)"/gu)].map((m) => m[1]);
      expect(svgs, event).toEqual(['chart-coverage-title', 'chart-topics-title', 'chart-timeline-title']);
      expect(page.match(/<table class="chart-data">/gu), event).toHaveLength(3);
    }
    const bridge = dist('events/lindmark-bridge-closure-2025/index.html');
    // The timeline table: the wire first (09:40 UTC on the 14th), then the Courier (15th), the blog undated.
    const rows = [...bridge.matchAll(/<tr><th scope="row"><a href="\/articles\/(fixture-bridge-[a-z]+)\/">[^<]+<\/a><\/th><td>([^<]+)<\/td><td>([^<]+)<\/td><\/tr>/gu)].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual([
      ['fixture-bridge-wire', '14 March 2025, 09:40 UTC', 'page metadata'],
      ['fixture-bridge-local', '15 March 2025', 'dateline'],
      ['fixture-bridge-blog', 'not known', '–'],
    ]);
  });

  it('says which source carried each claim first, as far as the dates tell', () => {
    const bridge = dist('events/lindmark-bridge-closure-2025/index.html');
    expect(bridge).toMatch(/The city closed the Old Harbour Bridge to traffic on Friday\.<\/a><\/th><td>Fixture Wire<\/td><td>14 March 2025, 09:40 UTC<\/td><td>Harbour Blog<\/td>/u);
    const flood = dist('events/orvel-valley-flood-2025/index.html');
    // Same day, one without a zone: the order is not known, both are listed.
    expect(flood).toMatch(/About a thousand residents were evacuated from riverside villages\.<\/a><\/th><td>Fixture Wire, Valley Gazette<\/td><td>3 September 2025<\/td>/u);
  });

  it('each event has its own compare pages; /compare/ stays the first event', () => {
    const bridge = dist('events/lindmark-bridge-closure-2025/compare/index.html');
    expect(bridge).toContain('id="claim-fixture-bridge-closure-length"');
    expect(bridge).not.toContain('id="claim-csto-troop-strength"');
    expect(dist('events/lindmark-bridge-closure-2025/compare/divergent/index.html')).toContain('id="claim-fixture-bridge-closure-length"');
    const old = dist('compare/index.html');
    expect(old).toContain('id="claim-csto-troop-strength"');
    expect(old).not.toContain('fixture-bridge');
    expect(dist('events/csto-summit-kazakhstan-2022/compare/index.html').match(/id="claim-[^"]+"/gu)).toEqual(old.match(/id="claim-[^"]+"/gu));
  });

  it('an outlet page spans its events: what it carries, leaves out, and where it is the only source', () => {
    const wire = dist('outlets/fixture-wire-service/index.html');
    expect(wire).toContain('2 articles in 2 events');
    expect(wire).toContain('href="/events/lindmark-bridge-closure-2025/"');
    expect(wire).toContain('href="/events/orvel-valley-flood-2025/"');
    expect(wire).toMatch(/Repairing the damage will cost at least 40 million euros\.<\/a><strong class="badge">Only source<\/strong>/u);
    expect(dist('outlets/lindmark-courier/index.html')).toMatch(/Leaves out \(1\)[\s\S]*Engineers found corroded support cables/u);
    expect(dist('outlets/index.html')).toContain('href="/outlets/worldwarthird-com/"');
  });

  it('exports per event hold only that event; the site-wide ones hold all, with events and dates', () => {
    const flood = JSON.parse(dist('events/orvel-valley-flood-2025/claims.json')) as { articles: Array<{ id: string }>; claims: Array<{ id: string; event: string }> };
    expect(flood.articles.map((a) => a.id)).toEqual(['fixture-flood-agency', 'fixture-flood-paper']);
    expect(flood.claims.map((c) => c.id).sort()).toEqual(['fixture-flood-damage-cost', 'fixture-flood-evacuated', 'fixture-flood-rain-easing']);
    const csv = dist('events/orvel-valley-flood-2025/claims.csv').trim().split('\r\n');
    expect(csv).toHaveLength(1 + 3 * 2);
    expect(csv[0]).toMatch(/,event,article_published,article_published_from$/u);
    const all = JSON.parse(dist('claims.json')) as { articles: Array<{ id: string; event: string; published: unknown }>; claims: Array<{ event: string }> };
    expect(new Set(all.claims.map((c) => c.event))).toEqual(new Set([REAL, ...FIXTURE_EVENTS]));
    expect(all.articles.find((a) => a.id === 'fixture-flood-paper')).toMatchObject({ event: 'orvel-valley-flood-2025', published: '2025-09-03T17:05:00+02:00', publishedFrom: 'editor' });
  });

  it('search says "reported by n of N" as each claim page does: within its own event, drafts counted', async () => {
    const file = JSON.parse(dist('search-index.json')) as SearchData;
    const search = await openShardedSearch(async (url) => JSON.parse(readFileSync(path.join(project.dir, 'dist', url), 'utf8')) as unknown);
    const claims = loadSearchData(file).claims.docs;
    // More articles in the site than in any one event: counting all of them would differ.
    expect(file.articleCount).toBeGreaterThan(Math.max(...claims.map((claim) => claim.of)));
    for (const claim of claims) {
      const page = /Reported by (\d+) of (\d+) sources?/u.exec(dist(`claims/${claim.id}/index.html`));
      expect(page, claim.id).not.toBeNull();
      const hit = (await search.search(claim.statement, { claims: 50, passages: 0 })).claims.find((c) => c.id === claim.id);
      expect(hit && `${hit.sources} of ${hit.articleCount}`, claim.id).toBe(`${page?.[1]} of ${page?.[2]}`);
    }
  });

  it('JSON-LD: datePublished from the article, about its own event', () => {
    const ld = JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/u.exec(dist('articles/fixture-bridge-wire/index.html'))?.[1] ?? '{}') as Record<string, unknown>;
    expect(ld['datePublished']).toBe('2025-03-14T09:40:00Z');
    expect(ld['about']).toEqual({ '@type': 'Event', name: 'Closure of the Old Harbour Bridge in Lindmark', startDate: '2025-03-14' });
    const undated = JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/u.exec(dist('articles/fixture-bridge-blog/index.html'))?.[1] ?? '{}') as Record<string, unknown>;
    expect(undated).not.toHaveProperty('datePublished');
  });

  it('the Atom feed lists the events and reviewed articles with absolute URLs, newest first', () => {
    const feed = dist('feed.xml');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/u);
    const links = [...feed.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"\/>/gu)].map((m) => m[1]);
    expect(links[0]).toBe('https://coverage-compare.example.org/events/orvel-valley-flood-2025/');
    expect(links).toContain('https://coverage-compare.example.org/articles/fixture-bridge-wire/');
    expect(links.every((link) => link?.startsWith('https://coverage-compare.example.org/'))).toBe(true);
    // The draft added with add-article is left out until reviewed.
    expect(links.filter((link) => link?.includes('/articles/')).length).toBe(5 + 5);
  });
});

describe('quality gates on the new page types of a several-event site', () => {
  let site: ServedSite;
  let browser: Browser;
  const types = ['/', `/events/${REAL}/`, '/events/lindmark-bridge-closure-2025/', `/events/${NEW}/`, '/events/orvel-valley-flood-2025/compare/', '/outlets/', '/outlets/fixture-wire-service/', '/outlets/unattributed/'];

  beforeAll(async () => {
    ({ site, browser } = await openSiteInBrowser(path.join(project.dir, 'dist')));
  }, 60_000);
  afterAll(() => closeSiteInBrowser({ site, browser }));

  it('html-validate: zero errors on every page', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')));
    const errors: string[] = [];
    for (const page of builtPages(path.join(project.dir, 'dist'))) {
      const file = path.join(project.dir, 'dist', page.endsWith('/') ? `${page}index.html` : page);
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) for (const message of result.messages) errors.push(`${page}:${message.line} ${message.ruleId} ${message.message}`);
    }
    expect(errors).toEqual([]);
  }, 120_000);

  it('links: every internal link and fragment resolves', async () => {
    const result = await new LinkChecker().check({ path: `${site.origin}/`, recurse: true, checkFragments: true, concurrency: 8, linksToSkip: async (link) => !link.startsWith(site.origin) });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN && !link.url.includes(':~:text=')).map((link) => `${link.url} (from ${link.parent})`);
    expect(broken).toEqual([]);
  }, 180_000);

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe-core: zero violations, ${scheme} theme`, async () => {
      const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const url of types) {
        await page.goto(`${site.origin}${url}`);
        violations.push(...(await axeViolations(page)).map((v) => `${url}: ${v}`));
      }
      await context.close();
      expect(violations).toEqual([]);
    }, 120_000);
  }
});

describe('a claim citing another event’s article', () => {
  it('fails the build, naming the claims file and the line of the mention', () => {
    const broken = tempProject();
    try {
      addFixtureEvents(broken);
      broken.edit('content/claims/fixture-flood.yaml', (text) =>
        text.replace('      - article: fixture-flood-paper\n        voice: attributed\n        attributedTo: forecasters', '      - article: fixture-bridge-wire\n        voice: attributed\n        attributedTo: forecasters'),
      );
      const result = broken.build();
      expect(result.status).not.toBe(0);
      const line = readFileSync(path.join(broken.dir, 'content/claims/fixture-flood.yaml'), 'utf8').split('\n').findIndex((l) => l.includes('article: fixture-bridge-wire')) + 1;
      expect(result.output).toContain(`content/claims/fixture-flood.yaml:${line}: [fixture-flood-rain-easing] Article "fixture-bridge-wire" belongs to the event "lindmark-bridge-closure-2025", but this claims file is about "orvel-valley-flood-2025".`);
    } finally {
      broken.dispose();
    }
  }, 200_000);
});
