/**
 * npm run bench:search-cut — the memory and time of cutting the search file into its shards at
 * the size of a large build (default: 20,000 articles of 20 paragraphs, 40,000 claims, as
 * `npm run bench`'s largest corpus; `--articles=N --paragraphs=N --claims=N` to choose).
 *
 * It generates the corpus (bench/searchCorpus.ts, fixed seed), builds and writes the search file
 * as the build does (searchRecords), then cuts it twice, each in a fresh Node process with the
 * build's 4 GB heap limit: `whole` (read and JSON.parse the file, then searchShards.writeShards:
 * what the build did before) and `streamed` (searchShardCut.cutSearchFile: the file read twice
 * in pieces, what the build does now). For each: wall time, the process's peak resident memory
 * (the kernel's high-water mark), the heap in use at its highest sample, and the files written,
 * which must be the same for both. The output goes to a writer that keeps the single records in
 * one scratch file (for the fragment files to read back) and drops the rest after counting it,
 * so the figures are the cut's, not the disk's. Files under tmp/bench-search-cut/ (removed after).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync, createReadStream } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { buildSearchData, serializeSearchData, type SearchData } from '../src/lib/search/searchRecords.ts';
import { writeShards, type WriteFile } from '../src/lib/search/searchShards.ts';
import { cutSearchFile } from '../src/lib/search/searchShardCut.ts';
import { defaultRoot, generateCorpus, realCorpus } from './searchCorpus.ts';

const root = fileURLToPath(defaultRoot);
const dir = path.join(root, 'tmp', 'bench-search-cut');
const arg = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.slice(name.length + 3)) : fallback;
};

/** A writer that keeps the single records in one scratch file and counts everything else. */
function scratchWriter(file: string): { write: WriteFile; readBack(p: string): string; files(): number; bytes(): number; close(): void } {
  const fd = openSync(file, 'w+');
  const at = new Map<string, [number, number]>();
  let offset = 0;
  let files = 0;
  let bytes = 0;
  return {
    write(p, body) {
      files += 1;
      const buffer = Buffer.from(body);
      bytes += buffer.length;
      if (!/\/[cp]\/r\/\d+\.json$/u.test(p)) return;
      writeSync(fd, buffer, 0, buffer.length, offset);
      at.set(p, [offset, buffer.length]);
      offset += buffer.length;
    },
    readBack(p) {
      const [from, length] = at.get(p) ?? [0, 0];
      const buffer = Buffer.alloc(length);
      readSync(fd, buffer, 0, length, from);
      return buffer.toString('utf8');
    },
    files: () => files,
    bytes: () => bytes,
    close: () => closeSync(fd),
  };
}

async function child(mode: string, file: string): Promise<void> {
  let heapPeak = 0;
  const sample = () => void (heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size));
  const timer = setInterval(sample, 25);
  const writer = scratchWriter(`${file}.${mode}.scratch`);
  const t0 = performance.now();
  let hash: string;
  if (mode === 'whole') {
    const text = readFileSync(file, 'utf8');
    sample();
    const data = JSON.parse(text) as SearchData;
    sample();
    hash = writeShards(data, text, (p, body) => {
      writer.write(p, body);
      if (writer.files() % 5000 === 0) sample();
    }).hash;
  } else {
    hash = (
      await cutSearchFile(
        () => createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>,
        (p, body) => {
          writer.write(p, body);
          if (writer.files() % 5000 === 0) sample();
        },
        (p) => writer.readBack(p),
      )
    ).hash;
  }
  sample();
  const ms = performance.now() - t0;
  clearInterval(timer);
  writer.close();
  rmSync(`${file}.${mode}.scratch`, { force: true });
  console.log(JSON.stringify({ mode, ms, heapPeakMB: heapPeak / 2 ** 20, maxRssMB: process.resourceUsage().maxRSS / 1024, files: writer.files(), bytes: writer.bytes(), hash }));
}

async function main(): Promise<void> {
  const articles = arg('articles', 20_000);
  const paragraphs = arg('paragraphs', 20);
  const claims = arg('claims', articles * 2);
  const modes = (process.argv.find((a) => a.startsWith('--modes='))?.slice(8) ?? 'whole,streamed').split(',');
  console.log(`${availableParallelism()} cores, load average ${loadavg().map((v) => v.toFixed(2)).join(' / ')}, Node ${process.version}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'search-index.json');
  const t0 = performance.now();
  {
    const real = await realCorpus(defaultRoot);
    const corpus = generateCorpus(real, claims, undefined, { articles, paragraphsPerArticle: paragraphs });
    const passages = corpus.articles.reduce((n, a) => n + a.sections.reduce((m, s) => m + s.paragraphs.length, 0), 0);
    const text = serializeSearchData(buildSearchData(corpus.articles, corpus.claims));
    writeFileSync(file, text);
    console.log(`corpus: ${corpus.articles.length.toLocaleString('en')} articles, ${passages.toLocaleString('en')} passages, ${corpus.claims.length.toLocaleString('en')} claims; search file ${(statSync(file).size / 2 ** 20).toFixed(1)} MB, made in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const results: Array<Record<string, number | string>> = [];
  for (const mode of modes) {
    const run = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), `--child=${mode}`, `--file=${file}`], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    if (run.status !== 0 || !line.startsWith('{')) {
      const why = /heap out of memory|Allocation failed/u.test(run.stderr) ? 'out of heap (4 GB)' : `exit ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`;
      console.log(`  ${mode.padEnd(9)} failed: ${why}; load average ${loadavg().map((v) => v.toFixed(2)).join(' / ')}`);
      results.push({ mode, failed: why });
      continue;
    }
    const r = JSON.parse(line) as { mode: string; ms: number; heapPeakMB: number; maxRssMB: number; files: number; bytes: number; hash: string };
    results.push(r);
    console.log(
      `  ${mode.padEnd(9)} ${(r.ms / 1000).toFixed(1)} s, peak resident ${r.maxRssMB.toFixed(0)} MB, heap at its highest sample ${r.heapPeakMB.toFixed(0)} MB; ${r.files.toLocaleString('en')} files, ${(r.bytes / 2 ** 20).toFixed(1)} MB, folder ${r.hash}; load average ${loadavg().map((v) => v.toFixed(2)).join(' / ')}`,
    );
  }
  const done = results.filter((r) => typeof r['hash'] === 'string');
  if (done.length === 2) console.log(`  same files from both: ${done[0]?.['hash'] === done[1]?.['hash'] && done[0]?.['files'] === done[1]?.['files'] && done[0]?.['bytes'] === done[1]?.['bytes'] ? 'yes' : 'NO'}`);
  rmSync(dir, { recursive: true, force: true });
}

const childMode = process.argv.find((a) => a.startsWith('--child='))?.slice(8);
if (childMode) await child(childMode, process.argv.find((a) => a.startsWith('--file='))?.slice(7) ?? '');
else if (import.meta.main) await main();
