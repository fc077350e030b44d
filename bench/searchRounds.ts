/**
 * npm run bench:search-rounds — how many requests and rounds of requests each keystroke of the
 * search bench's queries waits for, without a browser: a count that does not depend on the
 * machine's load, where bench:search's times do.
 *
 * The sharded index of each corpus (the real one, and the generated ones of bench:search,
 * `--sizes=10000` by default) is cut in memory, and the loader (searchShardLoader.ts, the code the
 * browser runs) is given a simulated network: requests wait in a queue, and a round serves at
 * most 6 of them at once (as Chromium does over HTTP/1.1, 6 connections per host), all taking
 * the same time. A keystroke's rounds are the rounds served until its search resolved.
 *
 * Each of bench:search's 25 queries is typed one character at a time on a fresh loader whose
 * manifest was loaded first (the box's focus, as on the site), and, separately, searched whole
 * on a fresh loader (a cold query from the keystroke, with its bytes: each file gzipped).
 * Requests still queued when a keystroke's results are in (fragment files not waited for,
 * what the loader fetches ahead for the next keystroke) are served between keystrokes: all of
 * them (a person types slower than a few round trips), at most 3 rounds of them, or none (the
 * next character typed at once, as bench:search types, so they hold connections the next
 * keystroke wants): `--gaps=all,3,0` (the default) prints each. `--prefetch=N` sets the
 * loader's requests fetched ahead (0: none, the loader before it fetched ahead).
 * The CPU time of each keystroke (parsing the files as they arrive, indexing, ranking) is
 * measured too: in Node, not the page, but beside the same code.
 */
import { gzipSync } from 'node:zlib';
import { loadavg, availableParallelism } from 'node:os';
import { buildSearchData, serializeSearchData } from '../src/lib/search/searchRecords.ts';
import { MANIFEST_URL, writeShards } from '../src/lib/search/searchShards.ts';
import { openShardedSearch } from '../src/lib/search/searchShardLoader.ts';
import { defaultRoot, generateCorpus, realCorpus } from './searchCorpus.ts';
import { QUERIES } from './search.ts';

const LIMITS = { claims: 10, passages: 10 };
/** --prefetch=N: the loader's requests fetched ahead after a keystroke (default: the loader's own). */
const prefetchArg = process.argv.find((arg) => arg.startsWith('--prefetch='));
const prefetch = prefetchArg ? Number(prefetchArg.slice(11)) : undefined;
const loaderOptions = prefetch === undefined ? {} : { prefetch };
/** --depth=N, --chars=N: the cut's bundleDepth and bundleChars (searchShards.ts), to weigh another layout. */
const numberArg = (name: string) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : undefined;
};
const shardOptions = Object.fromEntries(
  Object.entries({ bundleDepth: numberArg('depth'), bundleChars: numberArg('chars') }).filter(([, v]) => v !== undefined),
) as { bundleDepth?: number; bundleChars?: number };
/** --trace=a|b: prints each keystroke's files for those queries. */
const trace = (process.argv.find((arg) => arg.startsWith('--trace='))?.slice(8) ?? '').split('|').filter(Boolean);
/** Connections per host of Chromium over HTTP/1.1; `--connections=0`: no limit, as over HTTP/2. */
const connectionsArg = process.argv.find((arg) => arg.startsWith('--connections='));
const CONNECTIONS = connectionsArg ? Number(connectionsArg.slice(14)) || Infinity : 6;

/** A network of queued requests, served CONNECTIONS at a time, one round at a time. */
function simulatedNetwork(files: ReadonlyMap<string, string>) {
  // Waiting requests, those fetched ahead (low priority) after the others, as Chromium's socket pool orders them.
  const queue: Array<() => void> = [];
  const lowQueue: Array<() => void> = [];
  const next = () => [...queue.splice(0, CONNECTIONS), ...lowQueue.splice(0, Math.max(0, CONNECTIONS - queue.length))];
  const gz = new Map<string, number>();
  const stats = { requests: 0, bytes: 0, paths: [] as string[] };
  // A task later (after the loader's own `setTimeout(…, 0)`, which was set first).
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 1));
  const fetchJson = (path: string, priority?: 'low'): Promise<unknown> => {
    stats.requests += 1;
    stats.paths.push(path);
    return new Promise((resolve, reject) =>
      (priority === 'low' ? lowQueue : queue).push(() => {
        const body = files.get(path);
        if (body === undefined) return reject(new Error(`404 ${path}`));
        let size = gz.get(path);
        if (size === undefined) gz.set(path, (size = gzipSync(body).length));
        stats.bytes += size;
        resolve(JSON.parse(body));
      }),
    );
  };
  /** Serves rounds until `work` settles; returns its value and the rounds it took. */
  async function run<T>(work: Promise<T>): Promise<{ value: T; rounds: number }> {
    let done = false;
    void work.then(
      () => void (done = true),
      () => void (done = true),
    );
    let rounds = 0;
    await settle();
    while (!done) {
      if (queue.length + lowQueue.length === 0) throw new Error('the search waits with no request queued');
      rounds += 1;
      for (const serve of next()) serve();
      await settle();
    }
    return { value: await work, rounds };
  }
  /** Serves what is still queued, at most `rounds` rounds (the time between two keystrokes). */
  async function drain(rounds = Infinity): Promise<void> {
    await settle();
    for (let n = 0; n < rounds && queue.length + lowQueue.length > 0; n += 1) {
      for (const serve of next()) serve();
      await settle();
    }
  }
  return { fetchJson, run, drain, stats };
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const triple = (values: readonly number[], digits = 0) =>
  `p50 ${percentile(values, 50).toFixed(digits)} p95 ${percentile(values, 95).toFixed(digits)} max ${Math.max(...values).toFixed(digits)}`;
const cpuMs = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

interface Keystroke {
  typed: string;
  requests: number;
  rounds: number;
  cpu: number;
}

async function typed(files: ReadonlyMap<string, string>, q: string, gap: number): Promise<{ keys: Keystroke[]; bytes: number }> {
  const net = simulatedNetwork(files);
  const opened = net.run(openShardedSearch(net.fetchJson, loaderOptions));
  const search = (await opened).value;
  const out: Keystroke[] = [];
  for (let k = 1; k <= q.length; k += 1) {
    const r0 = net.stats.requests;
    const c0 = process.cpuUsage();
    const { rounds } = await net.run(search.search(q.slice(0, k), LIMITS));
    out.push({ typed: q.slice(0, k), requests: net.stats.requests - r0, rounds, cpu: cpuMs(c0) });
    if (trace.includes(q)) console.log(`    ${JSON.stringify(q.slice(0, k))}: ${rounds} rounds, ${net.stats.paths.slice(r0).map((p) => p.replace(/^\/search-index\/[0-9a-f]+\//u, '')).join(' ')}`);
    if (gap > 0) await net.drain(gap);
  }
  // What the whole query fetched, the manifest and what was fetched ahead included.
  await net.drain();
  return { keys: out, bytes: net.stats.bytes };
}

async function cold(files: ReadonlyMap<string, string>, q: string) {
  const net = simulatedNetwork(files);
  const search = (await net.run(openShardedSearch(net.fetchJson, loaderOptions))).value;
  const r0 = net.stats.requests;
  const c0 = process.cpuUsage();
  const { value, rounds } = await net.run(search.search(q, LIMITS));
  const cpu = cpuMs(c0);
  // Bytes of all it asked for, the files not waited for included, and the manifest.
  await net.drain();
  return { requests: net.stats.requests - r0, rounds, cpu, bytes: net.stats.bytes, results: value.claims.length + value.passages.length };
}

async function main() {
  const sizesArg = process.argv.find((arg) => arg.startsWith('--sizes='));
  const sizes = sizesArg ? sizesArg.slice(8).split(',').filter(Boolean).map(Number) : [10_000];
  const gapsArg = process.argv.find((arg) => arg.startsWith('--gaps='));
  const gaps = (gapsArg ? gapsArg.slice(7) : 'all,3,0').split(',').map((g) => (g === 'all' ? Infinity : Number(g)));
  const show = process.argv.includes('--list');
  const real = await realCorpus(defaultRoot);
  console.log(
    `prefetch ${prefetch ?? 'default'}, cut options ${JSON.stringify(shardOptions)}; ${availableParallelism()} cores, load average ${loadavg().map((v) => v.toFixed(2)).join(' / ')}; ${CONNECTIONS === Infinity ? 'every queued request in one round (as HTTP/2; --connections=0)' : `${CONNECTIONS} requests a round (HTTP/1.1)`}; ` +
      `between keystrokes (--gaps=): all that is queued served, or at most N rounds of it (0: typed back to back)`,
  );
  for (const corpus of [real, ...sizes.map((n) => generateCorpus(real, n))]) {
    const data = buildSearchData(corpus.articles, corpus.claims);
    const json = serializeSearchData(data);
    const files = new Map<string, string>();
    writeShards(data, json, (path, body) => void files.set(path, body), shardOptions);
    console.log(`\n${corpus.name}: ${files.size} files, manifest ${(gzipSync(files.get(MANIFEST_URL) ?? '').length / 1024).toFixed(1)} KB gzip`);
    for (const gap of gaps) {
      const later: Keystroke[] = [];
      const first: Keystroke[] = [];
      const bytes: number[] = [];
      for (const q of QUERIES) {
        const { keys, bytes: fetched } = await typed(files, q, gap);
        bytes.push(fetched / 1024);
        first.push(keys[0] as Keystroke);
        later.push(...keys.slice(1));
      }
      const waited = later.filter((k) => k.rounds >= 2);
      console.log(
        `  typed, ${gap === Infinity ? 'all served between keystrokes' : gap === 0 ? 'back to back' : `${gap} rounds between keystrokes`}: ` +
          `first keystrokes requests ${triple(first.map((k) => k.requests))}, rounds ${triple(first.map((k) => k.rounds))}; ` +
          `later keystrokes (${later.length}): requests ${triple(later.map((k) => k.requests))}, rounds ${triple(later.map((k) => k.rounds))}; ` +
          `${waited.length} of ${later.length} waited for 2 rounds or more; CPU ${triple(later.map((k) => k.cpu), 1)} ms; whole query typed fetched gzip ${triple(bytes, 1)} KB`,
      );
      console.log(`    waited for 2 rounds or more: ${waited.map((k) => `${JSON.stringify(k.typed)} ${k.requests} req / ${k.rounds}`).join('; ') || 'none'}`);
    }
    const colds = [];
    for (const q of QUERIES) colds.push({ q, ...(await cold(files, q)) });
    console.log(
      `  cold queries from the keystroke: requests ${triple(colds.map((c) => c.requests))}, rounds ${triple(colds.map((c) => c.rounds))}, ` +
        `fetched gzip with the manifest ${triple(colds.map((c) => c.bytes / 1024), 1)} KB, CPU ${triple(colds.map((c) => c.cpu), 1)} ms`,
    );
    console.log(`  cold queries of 2 rounds or more: ${colds.filter((c) => c.rounds >= 2).map((c) => `${JSON.stringify(c.q)} ${c.requests} req / ${c.rounds}`).join('; ') || 'none'}`);
    if (show) for (const c of colds) console.log(`    ${JSON.stringify(c.q)}: ${c.requests} req, ${c.rounds} rounds, ${(c.bytes / 1024).toFixed(1)} KB, ${c.results} results`);
  }
}

await main();
