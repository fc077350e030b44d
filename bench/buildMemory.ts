/**
 * `npm run bench:build-memory -- [--articles=2000] [--gc] [--every=2000] [--snapshots=3000,11000] [--keep]`
 *
 * Where page generation's memory goes: builds a generated corpus (the bench's generator and
 * seed, in a temp copy of the project) with bench/buildMemoryProbe.ts preloaded into the
 * `astro build` process, and prints, every `--every` pages written, its resident memory, the V8
 * heap (used and committed), external memory, the kernel's high-water mark and CPU time; then the
 * growth per page over page generation. With `--gc` each sample follows a full collection, so
 * "heap used" is what the build retains (slower). `--snapshots` writes heap snapshots at those
 * page counts into the temp copy (kept, with `--keep`, for a snapshot comparison).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot, tempProject } from '../tests/helpers/tempProject.ts';
import { useOwnCache } from './lib/buildCost.ts';
import { generateCorpus } from './lib/corpus.ts';
import { mb, table } from './lib/format.ts';

const SEED = 20220110; // bench/run.ts's seed: the same corpora
const args = new Map(process.argv.slice(2).map((arg) => [arg.replace(/^--/u, '').split('=')[0] as string, arg.split('=')[1] ?? 'true']));
const articles = Number(args.get('articles') ?? 2000);
const every = Number(args.get('every') ?? 2000);

interface Sample { pages: number; file: string; rss: number; heapUsed: number; heapTotal: number; external: number; highWater: number; cpuMs: number }

const project = tempProject();
const generated = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
try {
  useOwnCache(project);
  const corpus = generateCorpus(generated, { articles, seed: SEED, vocabularyFrom: path.join(projectRoot, 'content/articles') });
  project.useContent(generated);
  const log = path.join(project.dir, 'build-memory.jsonl');
  const load = loadavg()[0] ?? 0;
  process.stdout.write(`building ${articles} generated articles (${corpus.claims} claims) in ${project.dir}, load ${load.toFixed(1)} on ${cpus().length} cores\n`);
  const result = spawnSync(path.join(projectRoot, 'node_modules/.bin/node'), ['--import', path.join(projectRoot, 'bench/buildMemoryProbe.ts'), 'node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: project.dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      BUILD_PROBE_LOG: log,
      BUILD_PROBE_EVERY: String(every),
      BUILD_PROBE_SNAPSHOTS: args.get('snapshots') ?? '',
      ...(args.has('gc') ? { BUILD_PROBE_GC: '1' } : {}),
    },
  });
  if (result.status !== 0 || !existsSync(log)) throw new Error(`The build failed (exit ${result.status}):\n${`${result.stdout}\n${result.stderr}`.slice(-3000)}`);
  const samples = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Sample);
  const rows = samples.map((s) => [s.pages.toLocaleString('en-US'), s.file.slice(0, 48), mb(s.rss), mb(s.heapUsed), mb(s.heapTotal), mb(s.external), mb(s.highWater), (s.cpuMs / 1000).toFixed(1)]);
  process.stdout.write(`${table(['pages', 'last page', 'RSS MB', `heap used MB${args.has('gc') ? ' (after GC)' : ''}`, 'heap committed MB', 'external MB', 'high-water MB', 'CPU s'], rows, [true, false, true, true, true, true, true, true])}\n`);
  // Page generation, from the second sample (the first page comes before the heap settles: the
  // first pages' modules load) to the last sample taken while pages were written.
  const during = samples.filter((s) => s.file !== '(exit)');
  const first = (during[1] ?? during[0]) as Sample;
  const last = during.at(-1) as Sample;
  const perPage = (field: 'rss' | 'heapUsed'): string => `${((last[field] - first[field]) / Math.max(1, last.pages - first.pages) / 1024).toFixed(2)} KB`;
  process.stdout.write(
    `page generation: ${last.pages.toLocaleString('en-US')} pages; from page ${first.pages.toLocaleString('en-US')} to ${last.pages.toLocaleString('en-US')}: ${((last.cpuMs - first.cpuMs) / 1000).toFixed(1)} s CPU, ` +
      `growth per page: RSS ${perPage('rss')}, heap used ${perPage('heapUsed')}; load ${loadavg()[0]?.toFixed(1)} after\n`,
  );
} finally {
  rmSync(generated, { recursive: true, force: true });
  if (args.has('keep')) process.stdout.write(`kept ${project.dir}\n`);
  else project.dispose();
}
