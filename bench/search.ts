/**
 * npm run bench:search — the site search (fuse.js) against Pagefind, on the same records.
 *
 * Corpora: the real one, and generated ones of 1,000 and 10,000 claims with proportional
 * paragraphs (bench/searchCorpus.ts, fixed seed). For each:
 * - fuse.js: the search file's size (raw, gzip), the time to parse it and build the engine, and
 *   query latency p50/p95 over a fixed query set, in Node, for three settings:
 *     naive      fuse.js reads every record and folds case itself (where this started),
 *     normalised fuse.js reads every record, text normalised at build time,
 *     shipped    the word-index prefilter picks at most 60 candidates per kind (what ships);
 *   and the shipped code in Chromium (the built dist/_astro/searchUi chunk, fetching the file
 *   from 127.0.0.1), load time and latency.
 * - Pagefind (npm `pagefind`, Node API: createIndex / addCustomRecord / getFiles) indexing the
 *   same records, its files' size, and in Chromium (its own pagefind.js from 127.0.0.1): init
 *   time, and latency of `search(q)` plus loading the top 10 results' data, on a first (cold,
 *   fetching index chunks) and later (warm) passes.
 * Results are printed and written to bench-results/search.json (git-ignored); the files served to
 * Chromium (both indexes, per corpus) are written under tmp/bench-search/ and removed after use.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { launchChromium, serveDir } from '../tests/helpers/site.ts';
import { buildSearchData, claimUrl, loadSearchData, passageUrl, serializeSearchData, type SearchData } from '../src/lib/search/searchRecords.ts';
import { createSearchEngine, type EngineOptions } from '../src/lib/search/searchEngine.ts';
import { topicLabel } from '../src/lib/claims/claimViews.ts';
import { countParagraphs } from '../src/lib/articles/articleSummary.ts';
import { defaultRoot, generateCorpus, realCorpus, SEED, type Corpus } from './searchCorpus.ts';

const root = fileURLToPath(defaultRoot);
const outDir = path.join(root, 'bench-results');
const distAstro = path.join(root, 'dist/_astro');

/** Typed as people type them: full queries, typos, variants, numbers, phrases, prefixes. */
export const QUERIES = [
  'peacekeepers',
  'peacekeeprs',
  'shoot to kill',
  '"shoot to kill"',
  '7939',
  '7,939',
  '2030',
  'Tokaev coup',
  'Tokayev',
  'Kassim-Jomart',
  'Putin Maidan',
  'colour revolutions',
  'almaty internet restored',
  'state of emergency',
  'Nazarbayev',
  'foreign militants',
  'economic losses billion',
  'xinjiang border',
  'coup',
  'the',
  'pea',
  'peace',
  'peacek',
  'tok',
  'tokae',
];
const LIMITS = { claims: 10, passages: 10 };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const gzip = (text: string | Uint8Array) => gzipSync(text, { level: 6 }).length;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
const stats = (values: readonly number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values), n: values.length });
const median = (values: readonly number[]) => percentile(values, 50);

function ensureBuilt(): { boot: string; chunk: string } {
  const find = () => {
    const files = existsSync(distAstro) ? readdirSync(distAstro) : [];
    return { boot: files.find((f) => /^SearchBox.*\.js$/u.test(f)), chunk: files.find((f) => /^searchUi\..*\.js$/u.test(f)) };
  };
  let found = find();
  if (!found.boot || !found.chunk) {
    console.log('No built site with the search code in dist/: running astro build…');
    const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    if (result.status !== 0) throw new Error('astro build failed');
    found = find();
  }
  if (!found.boot || !found.chunk) throw new Error('dist/_astro has no SearchBox bootstrap or searchUi chunk');
  return { boot: found.boot, chunk: found.chunk };
}

/** The fuse.js index as Fuse.createIndex(...).toJSON() gives it, text and all, with object documents: the format before trimming. */
function untrimmedSize(data: SearchData): { raw: number; gzip: number } {
  const loaded = loadSearchData(data);
  const text = JSON.stringify({ articles: loaded.articles, claims: loaded.claims, passages: loaded.passages });
  return { raw: text.length, gzip: gzip(text) };
}

function measureNode(data: SearchData, json: string, options: EngineOptions, rounds: number) {
  const parse: number[] = [];
  const jsonParse: number[] = [];
  let engine = createSearchEngine(data, options);
  for (let i = 0; i < 5; i += 1) {
    const t0 = performance.now();
    const parsed = JSON.parse(json) as SearchData;
    jsonParse.push(performance.now() - t0);
    engine = createSearchEngine(parsed, options);
    parse.push(performance.now() - t0);
  }
  for (const q of QUERIES) engine.search(q, LIMITS); // warm-up
  const times: number[] = [];
  const found: Record<string, { claims: number; passages: number; top: string | null }> = {};
  for (let round = 0; round < rounds; round += 1) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      const result = engine.search(q, LIMITS);
      times.push(performance.now() - t0);
      found[q] = { claims: result.totalClaims, passages: result.totalPassages, top: result.claims[0]?.url ?? result.passages[0]?.url ?? null };
    }
  }
  return { parseMs: median(parse), jsonParseMs: median(jsonParse), latency: stats(times), found };
}

async function buildPagefind(corpus: Corpus, data: SearchData, dir: string) {
  const t0 = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const loaded = loadSearchData(data);
  const records = [
    ...loaded.claims.docs.map((claim) => ({
      url: claimUrl(claim.id),
      content: [claim.statement, claim.speaker, topicLabel(claim.topic), claim.figure ?? '', ...claim.alt, ...claim.quotes.map(([p, s, e]) => loaded.passages.docs[p]?.t.slice(s, e) ?? '')].join('\n'),
      language: 'en',
      meta: { title: claim.statement, kind: 'claim' },
    })),
    ...loaded.passages.docs.map((passage) => {
      const article = loaded.articles[passage.a];
      return {
        url: passageUrl(article?.slug ?? '', passage.p),
        content: passage.t,
        language: 'en',
        meta: { title: article?.title ?? '', outlet: article?.outlet ?? '', section: article?.sections[passage.s] ?? '', kind: 'passage' },
      };
    }),
  ];
  for (let i = 0; i < records.length; i += 200) {
    const batch = await Promise.all(records.slice(i, i + 200).map((record) => index.addCustomRecord(record)));
    const failed = batch.flatMap((r) => r.errors);
    if (failed.length > 0) throw new Error(`pagefind addCustomRecord: ${failed.join('; ')}`);
  }
  const { files } = await index.getFiles();
  const indexMs = performance.now() - t0;
  rmSync(dir, { recursive: true, force: true });
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const target = path.join(dir, 'pagefind', file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    raw += file.content.length;
    gz += gzip(file.content);
  }
  await index.deleteIndex();
  return { records: records.length, corpus: corpus.name, files: files.length, raw, gzip: gz, indexMs };
}

const HARNESS = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search bench</title></head><body></body></html>';

async function measureBrowser(page: Page, origin: string, chunk: string, rounds: number) {
  const fetched: Array<{ url: string; bytes: number }> = [];
  const onResponse = async (response: import('playwright-core').Response) => {
    try {
      fetched.push({ url: new URL(response.url()).pathname, bytes: (await response.body()).length });
    } catch {
      /* a redirect or aborted body: not counted */
    }
  };
  page.on('response', onResponse);
  await page.goto(`${origin}/`);
  const fuse = await page.evaluate(
    async ({ chunk, queries, rounds, limits }) => {
      const t0 = performance.now();
      const ui = (await import(`/_astro/${chunk}`)) as { loadEngine(): Promise<{ search(q: string, l: unknown): unknown }> };
      const engine = await ui.loadEngine();
      const loadMs = performance.now() - t0;
      for (const q of queries) engine.search(q, limits);
      const times: number[] = [];
      for (let r = 0; r < rounds; r += 1) {
        for (const q of queries) {
          const start = performance.now();
          engine.search(q, limits);
          times.push(performance.now() - start);
        }
      }
      return { loadMs, times };
    },
    { chunk, queries: QUERIES, rounds, limits: LIMITS },
  );
  const fuseBytes = fetched.filter((f) => f.url !== '/').reduce((sum, f) => sum + f.bytes, 0);
  fetched.length = 0;
  await page.goto(`${origin}/`);
  const pf = await page.evaluate(
    async ({ queries, rounds }) => {
      type Result = { url: string };
      type Pagefind = {
        init(): Promise<void>;
        search(q: string): Promise<{ results: Array<{ data(): Promise<Result> }> }>;
      };
      const t0 = performance.now();
      const url = '/pagefind/pagefind.js';
      const api = (await import(url)) as Pagefind;
      await api.init();
      const initMs = performance.now() - t0;
      const run = async (q: string) => {
        const start = performance.now();
        const found = await api.search(q);
        const top = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
        return { ms: performance.now() - start, count: found.results.length, top: top[0]?.url ?? null };
      };
      const cold: number[] = [];
      const found: Record<string, { count: number; top: string | null }> = {};
      for (const q of queries) {
        const r = await run(q);
        cold.push(r.ms);
        found[q] = { count: r.count, top: r.top };
      }
      const warm: number[] = [];
      for (let i = 0; i < rounds; i += 1) for (const q of queries) warm.push((await run(q)).ms);
      return { initMs, cold, warm, found };
    },
    { queries: QUERIES, rounds },
  );
  const pagefindBytes = fetched.filter((f) => f.url !== '/').reduce((sum, f) => sum + f.bytes, 0);
  page.off('response', onResponse);
  return { fuse: { loadMs: fuse.loadMs, latency: stats(fuse.times), bytesFetched: fuseBytes }, pagefind: { initMs: pf.initMs, cold: stats(pf.cold), warm: stats(pf.warm), bytesFetched: pagefindBytes, found: pf.found } };
}

async function main() {
  const { boot, chunk } = ensureBuilt();
  const bootText = readFileSync(path.join(distAstro, boot));
  const chunkText = readFileSync(path.join(distAstro, chunk));
  const code = { boot: { raw: bootText.length, gzip: gzip(bootText) }, chunk: { raw: chunkText.length, gzip: gzip(chunkText) } };
  mkdirSync(outDir, { recursive: true });

  const real = await realCorpus(defaultRoot);
  const corpora = [real, generateCorpus(real, 1_000), generateCorpus(real, 10_000)];
  const browser = await launchChromium();
  const page = await browser.newPage();
  const report: Record<string, unknown>[] = [];
  try {
    for (const corpus of corpora) {
      const passages = corpus.articles.reduce((n, a) => n + countParagraphs(a), 0);
      console.log(`\n${corpus.name}: ${corpus.claims.length} claims, ${passages} passages, ${corpus.articles.length} articles`);
      const t0 = performance.now();
      const data = buildSearchData(corpus.articles, corpus.claims);
      const json = serializeSearchData(data);
      const buildMs = performance.now() - t0;
      const size = { raw: json.length, gzip: gzip(json) };
      const untrimmed = untrimmedSize(data);
      const big = corpus.claims.length >= 10_000;
      const settings: Array<[string, EngineOptions, number]> = [
        ['naive', { prefilter: false, fuseFoldsCase: true }, big ? 1 : 3],
        ['normalised', { prefilter: false }, big ? 1 : 3],
        ['shipped', {}, big ? 10 : 20],
      ];
      const node: Record<string, ReturnType<typeof measureNode>> = {};
      for (const [name, options, rounds] of settings) {
        node[name] = measureNode(data, json, options, rounds);
        const m = node[name];
        console.log(`  fuse.js ${name.padEnd(10)} parse ${ms(m.parseMs).padStart(9)} (JSON.parse ${ms(m.jsonParseMs)})  p50 ${ms(m.latency.p50).padStart(9)}  p95 ${ms(m.latency.p95).padStart(9)}`);
      }
      const engine = createSearchEngine(data);

      // Served files go under tmp/ (git-ignored, and outside the type check); results to bench-results/.
      const siteDir = path.join(root, 'tmp', 'bench-search', corpus.name.replace(/\W+/gu, '-'));
      const pf = await buildPagefind(corpus, data, siteDir);
      mkdirSync(path.join(siteDir, '_astro'), { recursive: true });
      cpSync(path.join(distAstro, chunk), path.join(siteDir, '_astro', chunk));
      writeFileSync(path.join(siteDir, 'search-index.json'), json);
      writeFileSync(path.join(siteDir, 'index.html'), HARNESS);
      const server = await serveDir(siteDir);
      let browserResult;
      try {
        browserResult = await measureBrowser(page, server.origin, chunk, 5);
      } finally {
        await server.close();
        rmSync(siteDir, { recursive: true, force: true }); // 21,000 Pagefind files at 10,000 claims
      }
      console.log(`  fuse.js file ${kb(size.raw)} (gzip ${kb(size.gzip)}; with text in the index: ${kb(untrimmed.raw)}, gzip ${kb(untrimmed.gzip)}), built in ${ms(buildMs)}, vocabulary ${engine.vocabularySize} words`);
      console.log(`  fuse.js Chromium: load ${ms(browserResult.fuse.loadMs)}  p50 ${ms(browserResult.fuse.latency.p50)}  p95 ${ms(browserResult.fuse.latency.p95)}`);
      console.log(`  Pagefind: ${pf.files} files, ${kb(pf.raw)} (gzip ${kb(pf.gzip)}), indexed in ${ms(pf.indexMs)}; Chromium init ${ms(browserResult.pagefind.initMs)}, cold p50 ${ms(browserResult.pagefind.cold.p50)} p95 ${ms(browserResult.pagefind.cold.p95)}, warm p50 ${ms(browserResult.pagefind.warm.p50)} p95 ${ms(browserResult.pagefind.warm.p95)}, fetched ${kb(browserResult.pagefind.bytesFetched)}`);
      const fuseFound = node['shipped']?.found ?? {};
      const answered = (q: string) => (fuseFound[q]?.claims ?? 0) + (fuseFound[q]?.passages ?? 0) > 0;
      console.log(`  queries with results: fuse.js ${QUERIES.filter(answered).length}/${QUERIES.length}, Pagefind ${QUERIES.filter((q) => (browserResult.pagefind.found[q]?.count ?? 0) > 0).length}/${QUERIES.length}`);
      report.push({
        corpus: corpus.name,
        claims: corpus.claims.length,
        passages,
        articles: corpus.articles.length,
        fuse: {
          file: size,
          fileWithIndexText: untrimmed,
          buildMs,
          vocabulary: engine.vocabularySize,
          node,
          chromium: browserResult.fuse,
        },
        pagefind: { ...pf, chromium: browserResult.pagefind },
      });
    }
  } finally {
    await browser.close();
    await pagefind.close();
  }
  const realReport = report[0] as { fuse: { file: { gzip: number } } } | undefined;
  const total = code.boot.gzip + code.chunk.gzip + (realReport?.fuse.file.gzip ?? 0);
  console.log(`\nsearch code: bootstrap ${kb(code.boot.raw)} (gzip ${kb(code.boot.gzip)}), module + fuse.js ${kb(code.chunk.raw)} (gzip ${kb(code.chunk.gzip)})`);
  console.log(`search code + index for the real corpus: ${kb(total)} gzip (target < 25 KB)`);
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    seed: SEED,
    queries: QUERIES,
    limits: LIMITS,
    code,
    realTotalGzip: total,
    corpora: report,
  };
  writeFileSync(path.join(outDir, 'search.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(root, path.join(outDir, 'search.json'))}`);
}

if (import.meta.main) await main();
