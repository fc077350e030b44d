/**
 * Preload for `astro build` (`node --import bench/buildMemoryProbe.ts …`), used by
 * bench/buildMemory.ts: every BUILD_PROBE_EVERY HTML pages written to dist/ it appends one JSON
 * line to BUILD_PROBE_LOG (pages, resident memory, V8 heap used and committed, external, the
 * kernel's high-water mark, CPU), after a full collection when BUILD_PROBE_GC is set (so heap
 * used is the live heap, what the build retains), and writes a heap snapshot at each page count
 * in BUILD_PROBE_SNAPSHOTS. Astro writes every rendered page with `fs.promises.writeFile`
 * (astro/dist/core/build/generate.js), so counting those calls follows page generation without
 * touching Astro.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { fullGc } from './lib/fullGc.ts';

const log = process.env.BUILD_PROBE_LOG ?? '';
const every = Number(process.env.BUILD_PROBE_EVERY ?? 2000);
const snapshots = new Set((process.env.BUILD_PROBE_SNAPSHOTS ?? '').split(',').filter(Boolean).map(Number));
const collect = Boolean(process.env.BUILD_PROBE_GC);

const highWater = (): number => {
  const match = /VmHWM:\s+(\d+)/u.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
};

function record(pages: number, file: string): void {
  if (collect) fullGc();
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  const line = { pages, file, rss: memory.rss, heapUsed: memory.heapUsed, heapTotal: memory.heapTotal, external: memory.external, highWater: highWater(), cpuMs: (cpu.user + cpu.system) / 1000 };
  fs.appendFileSync(log, `${JSON.stringify(line)}\n`);
}

if (log) {
  let pages = 0;
  const writeFile = fs.promises.writeFile;
  // Astro's own copies for incremental builds go to its cache folder, not dist/.
  const isPage = (file: string): boolean => file.endsWith('.html') && file.includes(`${path.sep}dist${path.sep}`) && !file.includes('cache');
  fs.promises.writeFile = async function (this: unknown, file: Parameters<typeof writeFile>[0], ...rest: [never, never?]) {
    const name = file instanceof URL ? file.pathname : String(file);
    if (isPage(name)) {
      pages += 1;
      if (pages === 1 || pages % every === 0) record(pages, name.split(`${path.sep}dist${path.sep}`)[1] ?? name);
      if (snapshots.has(pages)) v8.writeHeapSnapshot(path.join(path.dirname(log), `pages-${pages}.heapsnapshot`));
    }
    return writeFile.call(this, file, ...rest);
  } as typeof writeFile;
  process.on('exit', () => record(pages, '(exit)'));
}
