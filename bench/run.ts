/**
 * The performance benchmark: `npm run bench` (both parts), `npm run bench:weight` (pages only),
 * `npm run bench:build` (generated corpora only).
 *
 *  1. Pages: builds the real site (`npm run build` in a temp copy of the working tree; ./dist is
 *     never touched) and the baseline (bench/baseline: the same article text with no comparison
 *     UI, `astro build --root bench/baseline`), serves both gzip as a static host does, loads each page
 *     type in Chromium with an empty cache and counts every response (raw and gzip -9), reads LCP/CLS/long tasks from the browser's own
 *     performance entries, checks that search code and index load only on use, and runs Lighthouse.
 *  2. Build cost: seeded synthetic corpora of 5, 50, 500, 2,000 and 20,000 articles, each built in
 *     a temp copy of the project: wall and CPU time, peak resident memory, dist/ size, time per
 *     page, the largest page; from 2,000 articles, a rebuild after one article changes.
 *
 * Prints one report (Markdown tables) and writes it with all raw figures to bench-results/.
 * Options: --only=weight|build, --sizes=5,50,500,2000,20000, --runs=N (builds per size; default 3,
 * 2 for 2,000 articles and 1 for 20,000), --no-lighthouse, --no-rebuild (skip the rebuild after
 * one change, e.g. to measure only the full build of 20,000 articles).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath, launchChromium, serveDir, serveSite } from '../tests/helpers/site.ts';
import { projectRoot, tempProject } from '../tests/helpers/tempProject.ts';
import { buildGeneratedCorpus, useOwnCache, type CorpusBuild } from './lib/buildCost.ts';
import { kb, mb, ms, ratio, score, seconds, table } from './lib/format.ts';
import { lighthouseCli, runLighthouse, type LighthouseResult } from './lib/lighthouse.ts';
import { precompressText, type PrecompressResult } from './lib/precompress.ts';
import { measureBuild, type BuildMeasurement, type DistSize } from './lib/measureBuild.ts';
import { measurePage, searchOnUse, type OnUse, type PageWeight, type Resource } from './lib/pageWeight.ts';

const SEED = 20220110;
const BUDGET = {
  /** Everything an article page loads at first (HTML, CSS, JS, other), gzip. */
  articleGzipBytes: 15 * 1024,
  /** Any HTML page of the largest corpus, gzip: lists paginate instead of growing. */
  pageGzipBytes: 50 * 1024,
  /** "Tiny enhancement scripts": all JS on an article page's initial load, gzip. */
  articleJsGzipBytes: 5 * 1024,
  cls: 0,
  cssFiles: 1,
  buildMemoryBytes: 2 * 1024 ** 3,
  /** Peak of the whole build process tree at 20,000 articles. */
  largeBuildMemoryBytes: 4 * 1024 ** 3,
  /** 2,000 → 20,000 articles: at most this many times the time. */
  largeTimeRatio: 11,
  /** A rebuild after one article changes, as a share of the full build's time. */
  rebuildShare: 0.25,
  /** 500 → 2,000 articles: a time ratio (CPU, else wall) at most 1.25 × the article ratio counts as close to linear. */
  linearSlack: 1.25,
};

const PAGES = [
  { name: 'index', path: '/' },
  { name: 'article', path: '/articles/newsdirectory3-two-coup-attempts/' },
  { name: 'claim', path: '/claims/csto-troop-strength/' },
  { name: 'compare', path: '/compare/' },
  { name: 'search', path: '/search/' },
] as const;
const BASELINE_PAGE = { name: 'baseline article', path: '/newsdirectory3-two-coup-attempts/' };

const { values: options } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string', default: '5,50,500,2000,20000' },
    runs: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
  },
});
const doWeight = options.only === undefined || options.only === 'weight';
const doBuild = options.only === undefined || options.only === 'build';
const sizes = options.sizes.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
/** Builds per corpus size: best wall time and highest memory of these are reported. */
const runsFor = (articles: number): number =>
  options.runs !== undefined ? Math.max(1, Number(options.runs) || 1) : articles >= 20000 ? 1 : articles >= 2000 ? 2 : 3;
/** From this size on, the first run is followed by a rebuild after one article changes. */
const REBUILD_FROM = 2000;

const log = (message: string): void => void process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

// ---------------------------------------------------------------------------------------------
// Environment
function version(pkg: string): string | null {
  try {
    const require = createRequire(import.meta.url);
    return (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

function chromiumVersion(): string {
  const result = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' });
  return /Chromium [\d.]+/u.exec(result.stdout ?? '')?.[0] ?? `not found at ${chromiumPath}`;
}

const environment = {
  date: new Date().toISOString(),
  cores: os.availableParallelism(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryBytes: os.totalmem(),
  node: process.version,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  chromium: chromiumVersion(),
  astro: version('astro'),
  lighthouse: version('lighthouse'),
  playwrightCore: version('playwright-core'),
  seed: SEED,
  loadAverageAtStart: os.loadavg()[0] ?? 0,
  options: { only: options.only ?? 'all', sizes, runs: sizes.map(runsFor), lighthouse: !options['no-lighthouse'] },
};

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  throw new Error(`bench needs Node >= 22.18 (type stripping); this is ${process.version}. Run it with \`npm run bench\`.`);
}

// ---------------------------------------------------------------------------------------------
// Part 1: pages
interface PageResult {
  name: string;
  path: string;
  weight: PageWeight;
  lighthouse: LighthouseResult | null;
  searchAssetsOnInitialLoad: Resource[];
}

interface WeightPart {
  realBuild: BuildMeasurement;
  baselineBuild: BuildMeasurement;
  pages: PageResult[];
  baseline: PageResult;
  searchOnUse: OnUse;
  lighthouseStatus: string;
  /** The real site's text files, served gzip as a host would. */
  compressed: PrecompressResult;
}

async function buildOrFail(label: string, run: () => Promise<BuildMeasurement>, check: () => boolean): Promise<BuildMeasurement> {
  // Another process (a test run) may empty dist/ at the same time: one retry.
  for (let attempt = 1; ; attempt += 1) {
    const result = await run();
    if (result.ok && check()) return result;
    if (attempt >= 2) throw new Error(`${label} failed (exit ${result.exitCode}):\n${result.tail}`);
    log(`${label} failed or its output vanished; retrying once`);
  }
}

async function weightPart(): Promise<WeightPart> {
  // The real site is built from the working tree into a temp copy of the project (sources,
  // content, config; node_modules linked), never into ./dist: other work in this checkout (a test
  // run) may empty or rebuild dist/ while the pages are being measured.
  const project = tempProject();
  useOwnCache(project);
  const dist = path.join(project.dir, 'dist');
  const baselineRoot = path.join(projectRoot, 'bench/baseline');
  const baselineDist = path.join(baselineRoot, 'dist');
  const realBuild = await buildOrFail(
    'npm run build (real site, in a temp copy)',
    () => measureBuild({ cwd: project.dir, command: ['npm', 'run', '--silent', 'build'], distDir: dist }),
    () => existsSync(path.join(dist, 'index.html')),
  );
  log(`real site built in ${seconds(realBuild.wallMs)} s`);
  rmSync(baselineDist, { recursive: true, force: true });
  const astroBin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  const baselineBuild = await buildOrFail(
    'baseline build',
    () => measureBuild({ cwd: projectRoot, command: [process.execPath, astroBin, 'build', '--root', 'bench/baseline'], distDir: baselineDist }),
    () => existsSync(path.join(baselineDist, BASELINE_PAGE.path, 'index.html')),
  );
  log(`baseline built in ${seconds(baselineBuild.wallMs)} s`);

  // Served as a static host serves them, gzip to a browser that asks for it: Lighthouse's
  // simulated load follows the bytes on the wire (bench/lib/precompress.ts).
  const compressed = precompressText(dist);
  precompressText(baselineDist);
  const site = await serveSite(dist, { precompressed: true });
  const baselineSite = await serveDir(baselineDist, undefined, { precompressed: true });
  const browser = await launchChromium();
  try {
    const onUse = await searchOnUse(browser, `${site.origin}${PAGES[1].path}`);
    const searchPaths = new Set(onUse.afterUse.map((resource) => resource.path));
    const isSearchAsset = (resource: Resource): boolean =>
      resource.kind !== 'html' && (searchPaths.has(resource.path) || /search-index/iu.test(resource.path));
    const pages: PageResult[] = [];
    for (const page of PAGES) {
      log(`weighing ${page.path}`);
      const weight = await measurePage(browser, page.name, `${site.origin}${page.path}`);
      pages.push({ ...page, weight, lighthouse: null, searchAssetsOnInitialLoad: weight.resources.filter(isSearchAsset) });
    }
    log(`weighing baseline ${BASELINE_PAGE.path}`);
    const baselineWeight = await measurePage(browser, BASELINE_PAGE.name, `${baselineSite.origin}${BASELINE_PAGE.path}`);
    const baseline: PageResult = { ...BASELINE_PAGE, weight: baselineWeight, lighthouse: null, searchAssetsOnInitialLoad: [] };

    let lighthouseStatus = 'skipped (--no-lighthouse)';
    if (!options['no-lighthouse']) {
      if (!lighthouseCli()) lighthouseStatus = 'not installed: run npm ci (lighthouse is a devDependency)';
      else {
        const errors: string[] = [];
        for (const page of [...pages, baseline]) {
          log(`lighthouse ${page.path}`);
          const origin = page === baseline ? baselineSite.origin : site.origin;
          page.lighthouse = await runLighthouse(`${origin}${page.path}`, chromiumPath);
          if (!page.lighthouse.ok) errors.push(`${page.name}: ${page.lighthouse.error}`);
        }
        lighthouseStatus =
          errors.length === 0
            ? `ran: Lighthouse ${environment.lighthouse} CLI, default (mobile) config with simulated throttling, Chromium at ${chromiumPath}`
            : `failed on ${errors.length} page(s): ${errors.join('; ')}`;
      }
    }
    return { realBuild, baselineBuild, pages, baseline, searchOnUse: onUse, lighthouseStatus, compressed };
  } finally {
    await browser.close();
    await site.close();
    await baselineSite.close();
    project.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
// Part 2: build cost
interface SizeResult {
  articles: number;
  runs: CorpusBuild[];
  /** Best (lowest) wall and CPU time over the runs; highest memory. */
  wallMs: number;
  cpuMs: number | null;
  peakTreeRssBytes: number;
  peakProcessRssBytes: number | null;
  distBytes: number;
  htmlPages: number;
  msPerPage: number;
  largestPage: DistSize['largestPage'];
  largestGzipPage: DistSize['largestGzipPage'];
  /** The rebuild after one article changed (first run), and its time as a share of that run's full build. */
  rebuild: (NonNullable<CorpusBuild['rebuild']> & { wallShare: number; cpuShare: number | null }) | null;
  htmlBytesBySection: Record<string, number>;
  /** Build phase of the memory peak, and the peak of each phase, in the run with the highest peak. */
  peakPhase: string;
  phasePeaks: BuildMeasurement['phases'];
  /** Phase durations of the fastest run. */
  phaseTimes: BuildMeasurement['phases'];
  dataStoreBytes: number | null;
  searchIndex: CorpusBuild['searchIndex'];
}

async function buildPart(): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const articles of sizes) {
    const done: CorpusBuild[] = [];
    const runs = runsFor(articles);
    for (let run = 1; run <= runs; run += 1) {
      log(`building a generated corpus of ${articles} articles (run ${run}/${runs})`);
      const result = await buildGeneratedCorpus(articles, SEED, { rebuild: run === 1 && articles >= REBUILD_FROM && !options['no-rebuild'] });
      if (!result.build.ok) throw new Error(`The build of ${articles} generated articles failed:\n${result.build.tail}`);
      log(`  ${seconds(result.build.wallMs)} s, peak ${mb(result.build.peakTreeRssBytes)} MB, ${result.build.dist.htmlPages} pages`);
      if (result.rebuild) {
        if (!result.rebuild.build.ok) throw new Error(`The rebuild of ${articles} generated articles failed:\n${result.rebuild.build.tail}`);
        log(`  rebuild after ${result.rebuild.changed} changed: ${seconds(result.rebuild.build.wallMs)} s`);
      }
      done.push(result);
    }
    const cpu = done.map((r) => r.build.cpuMs).filter((value): value is number => value !== null);
    const processRss = done.map((r) => r.build.peakProcessRssBytes).filter((value): value is number => value !== null);
    const wallMs = Math.min(...done.map((r) => r.build.wallMs));
    const first = done[0] as CorpusBuild;
    const fastestRun = [...done].sort((a, b) => a.build.wallMs - b.build.wallMs)[0] as CorpusBuild;
    const worstRun = [...done].sort((a, b) => b.build.peakTreeRssBytes - a.build.peakTreeRssBytes)[0] as CorpusBuild;
    results.push({
      articles,
      runs: done,
      wallMs,
      cpuMs: cpu.length > 0 ? Math.min(...cpu) : null,
      peakTreeRssBytes: Math.max(...done.map((r) => r.build.peakTreeRssBytes)),
      peakProcessRssBytes: processRss.length > 0 ? Math.max(...processRss) : null,
      distBytes: first.build.dist.bytes,
      htmlPages: first.build.dist.htmlPages,
      msPerPage: wallMs / first.build.dist.htmlPages,
      largestPage: first.build.dist.largestPage,
      largestGzipPage: first.build.dist.largestGzipPage,
      rebuild: first.rebuild
        ? {
            ...first.rebuild,
            wallShare: first.rebuild.build.wallMs / first.build.wallMs,
            cpuShare: first.rebuild.build.cpuMs !== null && first.build.cpuMs ? first.rebuild.build.cpuMs / first.build.cpuMs : null,
          }
        : null,
      htmlBytesBySection: first.build.dist.htmlBytesBySection,
      peakPhase: worstRun.build.peakPhase,
      phasePeaks: worstRun.build.phases,
      phaseTimes: fastestRun.build.phases,
      dataStoreBytes: first.dataStoreBytes,
      searchIndex: first.searchIndex,
    });
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Report
interface Budget {
  name: string;
  met: boolean | null;
  /** Short, for the table. */
  figures: string;
  /** Long, printed under the table. */
  detail?: string;
}

function growth(results: readonly SizeResult[], from = 500, to = 2000) {
  const small = results.find((r) => r.articles === from);
  const large = results.find((r) => r.articles === to);
  if (!small || !large) return null;
  const articles = large.articles / small.articles;
  const wall = large.wallMs / small.wallMs;
  const cpu = small.cpuMs && large.cpuMs ? large.cpuMs / small.cpuMs : null;
  // CPU time is what other work on the machine disturbs least; wall time when it is unknown.
  const judged = cpu ?? wall;
  const phaseTime = (r: SizeResult, phase: string): number => r.phaseTimes.filter((p) => p.phase === phase).reduce((n, p) => n + p.ms, 0);
  const phases = [...new Set(large.phaseTimes.map((p) => p.phase))]
    .filter((phase) => phaseTime(small, phase) > 0)
    .map((phase) => ({ phase, small: phaseTime(small, phase), large: phaseTime(large, phase), ratio: phaseTime(large, phase) / phaseTime(small, phase) }));
  return {
    from: small.articles,
    to: large.articles,
    articles,
    wall,
    cpu,
    pages: large.htmlPages / small.htmlPages,
    dist: large.distBytes / small.distBytes,
    memory: large.peakTreeRssBytes / small.peakTreeRssBytes,
    /** Time ratio ÷ article ratio and ÷ output-size ratio: 1.00 is linear. */
    perArticle: judged / articles,
    perOutputByte: judged / (large.distBytes / small.distBytes),
    judgedOn: cpu !== null ? 'CPU time' : 'wall time',
    verdict: judged <= articles * 1.1 ? 'linear' : judged <= articles * BUDGET.linearSlack ? 'close to linear (slightly superlinear)' : 'superlinear',
    linear: judged <= articles * BUDGET.linearSlack,
    phases,
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const jsList = (resources: readonly Resource[]): string =>
  resources
    .filter((r) => r.kind === 'js')
    .map((r) => `${r.path.replace(/^\/_astro\//u, '')} (${kb(r.raw)} KB, ${kb(r.gzip)} KB gz)`)
    .join(', ') || 'none';

function budgets(weight: WeightPart | null, build: SizeResult[] | null): Budget[] {
  const list: Budget[] = [];
  if (weight) {
    const article = weight.pages.find((p) => p.name === 'article') as PageResult;
    const t = article.weight.totals;
    list.push({
      name: `Article page initial load ≤ ${kb(BUDGET.articleGzipBytes)} KB gzip`,
      met: t.all.gzip <= BUDGET.articleGzipBytes,
      figures: `${kb(t.all.gzip)} KB gzip in ${t.all.count} requests (HTML ${kb(t.html.gzip)}, CSS ${kb(t.css.gzip)}, JS ${kb(t.js.gzip)}, other ${kb(t.other.gzip)})`,
    });
    list.push({
      name: `Article page JS: only tiny enhancement scripts (≤ ${kb(BUDGET.articleJsGzipBytes)} KB gzip, no search code/index)`,
      met: t.js.gzip <= BUDGET.articleJsGzipBytes && article.searchAssetsOnInitialLoad.length === 0,
      figures: `${t.js.count} file, ${kb(t.js.raw)} KB raw / ${kb(t.js.gzip)} KB gzip + ${article.weight.inline.scripts} inline scripts (${kb(article.weight.inline.scriptChars)} KB, in the HTML)`,
      detail:
        `Article page JS on initial load: ${jsList(article.weight.resources)}; ` +
        `inline in the HTML (counted there): ` +
        article.weight.inline.scriptStarts.map((text) => `«${text}»`).join(', '),
    });
    const onUse = weight.searchOnUse.afterUse;
    const loadedEarly = weight.pages.filter((p) => p.searchAssetsOnInitialLoad.length > 0);
    list.push({
      name: 'Search index and search code load only when the search box is used',
      met: loadedEarly.length === 0 && onUse.some((r) => /search-index/iu.test(r.path)),
      figures:
        (loadedEarly.length > 0
          ? `loaded on initial load by: ${loadedEarly.map((p) => `${p.name} (${p.searchAssetsOnInitialLoad.map((r) => r.path).join(', ')})`).join('; ')}; `
          : 'none on any initial load; ') + `on first use: ${kb(onUse.reduce((n, r) => n + r.gzip, 0))} KB gzip in ${onUse.length} requests`,
      detail: `Loaded on first use of the header search box (focus + typing on the article page): ${onUse.map((r) => `${r.path} (${kb(r.raw)} KB, ${kb(r.gzip)} KB gz)`).join(', ') || 'nothing'}`,
    });
    const shifts = weight.pages.map((p) => {
      const loads = [...p.weight.loads.desktop, ...p.weight.loads.phone];
      const shifted = loads.filter((v) => v.cls > 0);
      const sources = [...new Set(shifted.flatMap((v) => v.shiftSources.flatMap((entry) => entry.sources)))];
      return {
        name: p.name,
        cls: Math.max(...loads.map((v) => v.cls)),
        lh: p.lighthouse?.ok ? (p.lighthouse.cls ?? 0) : null,
        shiftedLoads: `${shifted.length}/${loads.length}`,
        sources,
      };
    });
    const allSources = [...new Set(shifts.flatMap((s) => s.sources))];
    list.push({
      name: 'No layout shift (CLS 0, measured)',
      met: shifts.every((s) => s.cls === 0 && (s.lh === null || s.lh === 0)),
      figures: shifts.map((s) => `${s.name} ${s.cls.toFixed(4)}${s.lh !== null ? `/LH ${s.lh.toFixed(4)}` : ''} (${s.shiftedLoads} loads)`).join(', '),
      detail:
        `CLS per page: worst of ${weight.pages[0]?.weight.loads.desktop.length ?? 0} loads at 1280×800 and as many at 390×844 (PerformanceObserver 'layout-shift'), ` +
        `then Lighthouse's (mobile). Elements that moved: ${allSources.join('; ') || 'none'}`,
    });
    list.push({
      name: 'A single CSS file (or inlined critical CSS)',
      met: weight.pages.every((p) => p.weight.totals.css.count <= BUDGET.cssFiles),
      figures: weight.pages.map((p) => `${p.name} ${p.weight.totals.css.count}+${p.weight.inline.styles}`).join(', ') + ' (files + inline <style>)',
    });
  }
  if (build) {
    const largest = build.find((r) => r.articles === 2000);
    if (largest) {
      list.push({
        name: 'Build of 2,000 articles within 2 GB of memory',
        met: largest.peakTreeRssBytes <= BUDGET.buildMemoryBytes,
        figures: `peak ${mb(largest.peakTreeRssBytes)} MB of ${mb(BUDGET.buildMemoryBytes)} MB` +
          (largest.peakProcessRssBytes !== null ? ` (largest process ${mb(largest.peakProcessRssBytes)} MB)` : ''),
        detail:
          `Peak resident memory of the build's process tree (sampled every 100 ms, highest of ${largest.runs.length} run(s): ` +
          `${largest.runs.map((r) => mb(r.build.peakTreeRssBytes)).join(', ')} MB), reached during ${largest.peakPhase}; ` +
          `Astro's content data store for this corpus: ${largest.dataStoreBytes === null ? '–' : `${mb(largest.dataStoreBytes)} MB`}`,
      });
    }
    const g = growth(build);
    if (g) {
      list.push({
        name: `Build time close to linear from ${g.from} to ${g.to} articles (${g.judgedOn} ratio ≤ ${(g.articles * BUDGET.linearSlack).toFixed(1)}×)`,
        met: g.linear,
        figures: `CPU ${g.cpu === null ? '–' : ratio(g.cpu)}, wall ${ratio(g.wall)} for ${ratio(g.articles)} articles, ${ratio(g.pages)} pages, ${ratio(g.dist)} output: ${g.verdict}`,
      });
    }
    const huge = build.find((r) => r.articles === 20000);
    if (huge) {
      list.push({
        name: 'Build of 20,000 articles within 4 GB of memory (whole process tree)',
        met: huge.peakTreeRssBytes <= BUDGET.largeBuildMemoryBytes,
        figures: `peak ${mb(huge.peakTreeRssBytes)} MB of ${mb(BUDGET.largeBuildMemoryBytes)} MB, during ${huge.peakPhase}` +
          (huge.peakProcessRssBytes !== null ? ` (largest process ${mb(huge.peakProcessRssBytes)} MB)` : ''),
      });
    }
    const g10 = growth(build, 2000, 20000);
    if (g10) {
      list.push({
        name: `Build time from 2,000 to 20,000 articles ≤ ${BUDGET.largeTimeRatio}× (${g10.judgedOn})`,
        met: (g10.cpu ?? g10.wall) <= BUDGET.largeTimeRatio,
        figures: `CPU ${g10.cpu === null ? '–' : ratio(g10.cpu)}, wall ${ratio(g10.wall)} for ${ratio(g10.articles)} articles, ${ratio(g10.pages)} pages, ${ratio(g10.dist)} output`,
      });
    }
    const rebuilt = [...build].reverse().find((r) => r.rebuild !== null);
    if (rebuilt?.rebuild) {
      const r = rebuilt.rebuild;
      const share = r.cpuShare ?? r.wallShare;
      list.push({
        name: `Rebuild after one article changes ≤ ${Math.round(BUDGET.rebuildShare * 100)}% of a full build (${rebuilt.articles.toLocaleString('en-US')} articles, ${r.cpuShare !== null ? 'CPU' : 'wall'} time)`,
        met: share <= BUDGET.rebuildShare,
        figures: `${seconds(r.build.wallMs)} s wall${r.build.cpuMs !== null ? `, ${seconds(r.build.cpuMs)} s CPU` : ''}: ${(r.wallShare * 100).toFixed(0)}% of the wall time, ${r.cpuShare === null ? '–' : `${(r.cpuShare * 100).toFixed(0)}%`} of the CPU time; peak ${mb(r.build.peakTreeRssBytes)} MB`,
      });
    }
    const largestSize = [...build].sort((a, b) => b.articles - a.articles)[0];
    if (largestSize?.largestGzipPage) {
      const page = largestSize.largestGzipPage;
      list.push({
        name: `No page over ${kb(BUDGET.pageGzipBytes)} KB gzip at ${largestSize.articles.toLocaleString('en-US')} articles`,
        met: page.gzip <= BUDGET.pageGzipBytes,
        figures: `largest: ${page.path.replace(/\/?index\.html$/u, '/')} ${kb(page.gzip)} KB gzip (${kb(page.raw)} KB raw)`,
      });
    }
  }
  return list;
}

function report(weight: WeightPart | null, build: SizeResult[] | null, budgetList: Budget[]): string {
  const out: string[] = [];
  const e = environment;
  out.push(
    `Coverage Compare benchmark — ${e.date.slice(0, 16).replace('T', ' ')} UTC, ${e.cores} cores (${e.cpu}), ${mb(e.memoryBytes)} MB RAM, ` +
      `Node ${e.node}, ${e.chromium}, Astro ${e.astro}, seed ${e.seed}, load average at start ${e.loadAverageAtStart.toFixed(2)}`,
  );
  if (weight) {
    const baseline = weight.baseline.weight.totals;
    const rows = [...weight.pages, weight.baseline].map((p) => {
      const t = p.weight.totals;
      const lh = p.lighthouse;
      const cls = Math.max(p.weight.desktop.cls, p.weight.phone.cls);
      return [
        `${p.name} ${p.path}`,
        `${kb(t.html.raw)} / ${kb(t.html.gzip)}`,
        `${kb(t.css.raw)} / ${kb(t.css.gzip)}`,
        `${kb(t.js.raw)} / ${kb(t.js.gzip)}`,
        `${kb(t.other.raw)} / ${kb(t.other.gzip)}`,
        `${kb(t.all.raw)} / ${kb(t.all.gzip)}`,
        String(t.all.count),
        `${ratio(t.all.raw / baseline.all.raw)} / ${ratio(t.all.gzip / baseline.all.gzip)}`,
        cls.toFixed(3),
        ms(median(p.weight.loads.desktop.map((v) => v.lcpMs ?? 0))),
        ms(Math.max(...p.weight.loads.desktop.map((v) => v.tbtMs))),
        lh?.ok ? `${score(lh.scores.performance)} / ${score(lh.scores.accessibility)} / ${score(lh.scores['best-practices'])} / ${score(lh.scores.seo)}` : 'n/a',
        lh?.ok ? `${ms(lh.lcpMs)} / ${(lh.cls ?? 0).toFixed(3)} / ${ms(lh.tbtMs)}` : 'n/a',
      ];
    });
    out.push(
      '',
      'Pages (initial load in Chromium, empty cache, until network idle; KB raw / KB gzip -9; vs baseline = page ÷ baseline article page; ' +
        'CLS, LCP, TBT from the browser\'s PerformanceObserver over 3 loads at 1280×800 (CLS also 3 at 390×844); LH = Lighthouse, mobile):',
      '',
    );
    out.push(
      table(
        ['page', 'HTML', 'CSS', 'JS', 'other', 'total', 'req', 'vs baseline', 'CLS max', 'LCP ms med', 'TBT ms max', 'LH perf/a11y/BP/SEO', 'LH LCP/CLS/TBT'],
        rows,
        [false, true, true, true, true, true, true, true, true, true, true, true, true],
      ),
    );
    const article = weight.pages.find((p) => p.name === 'article') as PageResult;
    const a = article.weight.totals;
    out.push(
      '',
      `Cost of the comparison UI (article page ÷ baseline article, same text): total ${ratio(a.all.raw / baseline.all.raw)} raw, ${ratio(a.all.gzip / baseline.all.gzip)} gzip; ` +
        `HTML alone ${ratio(a.html.raw / baseline.html.raw)} raw, ${ratio(a.html.gzip / baseline.html.gzip)} gzip; requests ${a.all.count} vs ${baseline.all.count}.`,
    );
    out.push(`Lighthouse: ${weight.lighthouseStatus}.`);
    out.push(
      `Served as a static host serves them: ${weight.compressed.files} text files (${mb(weight.compressed.rawBytes)} MB) sent gzip-9 (${mb(weight.compressed.gzipBytes)} MB) to a browser that accepts it, ` +
        `${weight.compressed.skipped} as they are (gzip would not be smaller); the sizes above are the files' own, gzipped by the bench.`,
    );
    out.push(
      `Builds of the real site: full site ${seconds(weight.realBuild.wallMs)} s (${weight.realBuild.dist.htmlPages} pages, ${mb(weight.realBuild.dist.bytes)} MB, peak ${mb(weight.realBuild.peakTreeRssBytes)} MB); ` +
        `baseline ${seconds(weight.baselineBuild.wallMs)} s (${weight.baselineBuild.dist.htmlPages} pages, peak ${mb(weight.baselineBuild.peakTreeRssBytes)} MB): ` +
        `build time ratio ${ratio(weight.realBuild.wallMs / weight.baselineBuild.wallMs)}.`,
    );
  }
  if (build) {
    out.push('', `Build cost of generated corpora (about 20 paragraphs and 10 claims per article, clusters of 5; best wall/CPU of ${sizes.map(runsFor).join('/')} runs, highest memory; machine load average before each run in the last column):`, '');
    out.push(
      table(
        ['articles', 'claims', 'pages', 'wall s', 'CPU s', 'peak RSS MB', 'dist MB', 'ms / page', 'largest page (KB raw / gz)', 'largest gzip page (KB gz)', 'rebuild after 1 change (wall s / CPU s)', 'load avg before'],
        build.map((r) => [
          r.articles.toLocaleString('en-US'),
          r.runs[0]?.corpus.claims.toLocaleString('en-US') ?? '',
          r.htmlPages.toLocaleString('en-US'),
          r.runs.length > 1 ? `${seconds(r.wallMs)} (${r.runs.map((x) => seconds(x.build.wallMs)).join(', ')})` : seconds(r.wallMs),
          r.cpuMs === null ? '–' : seconds(r.cpuMs),
          mb(r.peakTreeRssBytes),
          mb(r.distBytes),
          r.msPerPage.toFixed(1),
          r.largestPage ? `${r.largestPage.path.replace(/\/?index\.html$/u, '/')} ${kb(r.largestPage.raw)} / ${kb(r.largestPage.gzip)}` : '–',
          r.largestGzipPage ? `${r.largestGzipPage.path.replace(/\/?index\.html$/u, '/')} ${kb(r.largestGzipPage.gzip)}` : '–',
          r.rebuild ? `${seconds(r.rebuild.build.wallMs)} / ${r.rebuild.build.cpuMs === null ? '–' : seconds(r.rebuild.build.cpuMs)}` : '–',
          r.runs.map((x) => x.build.loadBefore.toFixed(1)).join(', '),
        ]),
        [true, true, true, true, true, true, true, true, false, false, true, true],
      ),
    );
    out.push(
      '',
      `Peak memory by build phase (MB, run with the highest peak): ${build
        .map((r) => `${r.articles} articles: ${r.phasePeaks.filter((p) => p.peakBytes > 0).map((p) => `${p.phase} ${mb(p.peakBytes)}`).join(', ')}`)
        .join('; ')}.`,
      `Astro content data store (inlined into the build's bundle): ${build.map((r) => `${r.articles} articles ${r.dataStoreBytes === null ? '–' : `${mb(r.dataStoreBytes)} MB`}`).join(', ')}.`,
      `search-index.json (fetched on first use of search): ${build.map((r) => `${r.articles} articles ${r.searchIndex ? `${kb(r.searchIndex.raw)} KB / ${kb(r.searchIndex.gzip)} KB gz` : '–'}`).join(', ')}.`,
    );
    out.push(
      `HTML bytes by section: ${build
        .map(
          (r) =>
            `${r.articles} articles: ${Object.entries(r.htmlBytesBySection)
              .sort((a, b) => b[1] - a[1])
              .map(([section, bytes]) => `${section} ${mb(bytes)} MB`)
              .join(', ')}`,
        )
        .join('; ')}.`,
    );
    for (const g of [growth(build), growth(build, 2000, 20000)]) {
      if (!g) continue;
      out.push(
        '',
        `Growth ${g.from} → ${g.to} articles (${ratio(g.articles)}): wall time ${ratio(g.wall)}, CPU time ${g.cpu === null ? '–' : ratio(g.cpu)}, ` +
          `pages ${ratio(g.pages)}, dist size ${ratio(g.dist)}, peak memory ${ratio(g.memory)}. ` +
          `${g.judgedOn} ratio ÷ article ratio = ${g.perArticle.toFixed(2)}, ÷ output-size ratio = ${g.perOutputByte.toFixed(2)} (1.00 = linear): ${g.verdict}. ` +
          `By phase (wall, fastest runs): ${g.phases.map((p) => `${p.phase} ${seconds(p.small)} → ${seconds(p.large)} s (${ratio(p.ratio)})`).join(', ')}.`,
      );
    }
  }
  if (budgetList.length > 0) {
    out.push('', `Budgets (${environment.cores} cores):`, '');
    out.push(table(['budget', 'status', 'figures'], budgetList.map((b) => [b.name, b.met === null ? '–' : b.met ? 'met' : 'MISSED', b.figures])));
    const details = budgetList.filter((b) => b.detail);
    if (details.length > 0) out.push('', ...details.map((b) => `- ${b.name}: ${b.detail}.`));
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
const started = performance.now();
log(`seed ${SEED}, ${environment.cores} cores, Node ${environment.node}, ${environment.chromium}`);
const weight = doWeight ? await weightPart() : null;
const build = doBuild ? await buildPart() : null;
const budgetList = budgets(weight, build);
const text = report(weight, build, budgetList);
const totalSeconds = (performance.now() - started) / 1000;

const resultsDir = path.join(projectRoot, 'bench-results');
mkdirSync(resultsDir, { recursive: true });
const stamp = environment.date.replace(/[:.]/gu, '-');
const json = {
  environment,
  totalSeconds,
  budgets: budgetList,
  pages: weight,
  growth: build ? growth(build) : null,
  growthTo20000: build ? growth(build, 2000, 20000) : null,
  builds: build,
  table: text,
};
writeFileSync(path.join(resultsDir, `bench-${stamp}.json`), `${JSON.stringify(json, null, 2)}\n`);
writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
writeFileSync(path.join(resultsDir, 'latest.md'), `${text}\n`);
process.stdout.write(`${text}\n\nBench took ${Math.round(totalSeconds)} s. Results: bench-results/bench-${stamp}.json (also latest.json, latest.md).\n`);
