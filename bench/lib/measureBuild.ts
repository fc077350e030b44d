/**
 * Runs `npm run build` in a project folder as a child process and measures it: wall time, peak
 * resident memory of the whole process tree (npm, sh, astro's node, esbuild…) sampled from
 * /proc every 100 ms, and, when GNU time is installed, the kernel's own peak RSS of the largest
 * single process (`/usr/bin/time -v`, "Maximum resident set size"). Then the size of dist/.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { descendantsOf, readProcessTable } from './processTable.ts';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuildMeasurement {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  /** Peak of the summed VmRSS of the build's process tree (sampled), bytes. */
  peakTreeRssBytes: number;
  /** Largest single process's peak RSS per the kernel (GNU time), bytes; null without GNU time. */
  peakProcessRssBytes: number | null;
  /** User + system CPU time of the build (GNU time), ms; null without GNU time. */
  cpuMs: number | null;
  /** 1-minute load average just before the build: above the core count, other work competed. */
  loadBefore: number;
  samples: number;
  /** The build phase (from astro's output) in which the memory peak was sampled. */
  peakPhase: string;
  /** Each phase in order: start (ms from launch), duration, and peak tree RSS sampled in it. */
  phases: Array<{ phase: string; fromMs: number; ms: number; peakBytes: number }>;
  /** Seconds from start to the memory peak. */
  peakAtMs: number;
  dist: DistSize;
  /** Last lines of the build output (for failures). */
  tail: string;
}

export interface DistSize {
  bytes: number;
  files: number;
  htmlPages: number;
  /** The largest HTML page (path under dist/, bytes raw and gzip -9). */
  largestPage: { path: string; raw: number; gzip: number } | null;
  /** The HTML page largest gzipped, among the largest raw pages (see LARGEST_CHECKED). */
  largestGzipPage: { path: string; raw: number; gzip: number } | null;
  /** Bytes of HTML under each top-level folder ('/' for files at the top). */
  htmlBytesBySection: Record<string, number>;
}

export const GNU_TIME = '/usr/bin/time';

/** Lines with which `astro build` starts a phase, and the phase's name in the report. */
const PHASES: ReadonlyArray<[RegExp, string]> = [
  [/^\[content\] Syncing content/u, 'content sync (loaders)'],
  [/^\[content\] Synced content/u, 'types and build info'],
  [/^\[build\] Building static entrypoints/u, 'bundling (Vite)'],
  [/^\[build\] Rearranging server assets/u, 'bundling (Vite)'],
  [/^generating static routes/u, 'page generation'],
  [/^\[coverage-compare:sitemap\]/u, 'sitemap and finish'],
];

/**
 * Pages gzipped to find the largest gzipped one: the largest raw pages. Gzip ratios differ little
 * between pages of one kind, and compressing every page of a 20,000-article build would take
 * minutes.
 */
const LARGEST_CHECKED = 300;

export function distSize(dir: string): DistSize {
  const size: DistSize = { bytes: 0, files: 0, htmlPages: 0, largestPage: null, largestGzipPage: null, htmlBytesBySection: {} };
  if (!existsSync(dir)) return size;
  let largest: { path: string; raw: number } | null = null;
  const pages: Array<{ path: string; raw: number }> = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const bytes = statSync(full).size;
        size.bytes += bytes;
        size.files += 1;
        if (entry.name.endsWith('.html')) {
          size.htmlPages += 1;
          const relative = path.relative(dir, full);
          const section = relative.includes(path.sep) ? (relative.split(path.sep)[0] as string) : '/';
          size.htmlBytesBySection[section] = (size.htmlBytesBySection[section] ?? 0) + bytes;
          if (!largest || bytes > largest.raw) largest = { path: relative, raw: bytes };
          pages.push({ path: relative, raw: bytes });
        }
      }
    }
  };
  walk(dir);
  const top = largest as { path: string; raw: number } | null;
  if (top) size.largestPage = { ...top, gzip: gzipSync(readFileSync(path.join(dir, top.path)), { level: 9 }).length };
  // One largest page per kind of page (section), then the largest of all, so that a kind with
  // small raw pages that compress badly is not missed.
  const bySection = new Map<string, Array<{ path: string; raw: number }>>();
  for (const page of pages) {
    const section = page.path.split(path.sep)[0] ?? '/';
    const list = bySection.get(section) ?? [];
    list.push(page);
    bySection.set(section, list);
  }
  const candidates = new Set([
    ...pages.sort((a, b) => b.raw - a.raw).slice(0, LARGEST_CHECKED),
    ...[...bySection.values()].map((list) => list.sort((a, b) => b.raw - a.raw)[0] as { path: string; raw: number }),
  ]);
  for (const page of candidates) {
    const gzip = gzipSync(readFileSync(path.join(dir, page.path)), { level: 9 }).length;
    if (!size.largestGzipPage || gzip > size.largestGzipPage.gzip) size.largestGzipPage = { ...page, gzip };
  }
  return size;
}

function rssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB/mu.exec(status);
    return match?.[1] ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Summed RSS of `root` and all its descendants. */
export function treeRss(root: number): number {
  const parents = new Map([...readProcessTable()].map(([pid, entry]) => [pid, entry.ppid]));
  let total = rssBytes(root);
  for (const pid of descendantsOf(parents, root)) total += rssBytes(pid);
  return total;
}

export interface BuildCommand {
  /** Working directory (project root). */
  cwd: string;
  /** Command and arguments, e.g. ['npm', 'run', '--silent', 'build']. */
  command: string[];
  /** dist/ folder to size afterwards. */
  distDir: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

export async function measureBuild({ cwd, command, distDir, timeoutMs = 30 * 60_000, env }: BuildCommand): Promise<BuildMeasurement> {
  const useGnuTime = existsSync(GNU_TIME);
  const timeFile = path.join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const argv = useGnuTime ? [GNU_TIME, '-v', '-o', timeFile, ...command] : command;
  const loadBefore = loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn(argv[0] as string, argv.slice(1), {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let lastLine = 'startup';
  const keep = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-20_000);
    // Phase markers only (not the per-page "├─ /path (+2ms)" lines nor per-article loader lines).
    for (const line of text.split('\n')) {
      const bare = line.trim().replace(/^\d\d:\d\d:\d\d\s+/u, '');
      const phase = PHASES.find(([marker]) => marker.test(bare))?.[1];
      if (phase && phase !== lastLine) {
        lastLine = phase;
        phases.push({ phase, fromMs: performance.now() - started, ms: 0, peakBytes: 0 });
      }
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const phases: BuildMeasurement['phases'] = [{ phase: 'startup', fromMs: 0, ms: 0, peakBytes: 0 }];
  let peak = 0;
  let peakPhase = '';
  let peakAtMs = 0;
  let samples = 0;
  const sample = (): void => {
    if (child.pid === undefined) return;
    const rss = treeRss(child.pid);
    const current = phases.at(-1);
    if (current) current.peakBytes = Math.max(current.peakBytes, rss);
    if (rss > peak) {
      peak = rss;
      peakPhase = lastLine;
      peakAtMs = performance.now() - started;
    }
    samples += 1;
  };
  const timer = setInterval(sample, 100);
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const wallMs = performance.now() - started;
  clearInterval(timer);
  phases.forEach((entry, i) => {
    entry.ms = (phases[i + 1]?.fromMs ?? wallMs) - entry.fromMs;
  });
  clearTimeout(killer);

  let peakProcessRssBytes: number | null = null;
  let cpuMs: number | null = null;
  if (useGnuTime && existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    const field = (name: string): number | null => {
      const match = new RegExp(`${name}: ([\\d.]+)`, 'u').exec(report);
      return match?.[1] ? Number(match[1]) : null;
    };
    const maxRss = field('Maximum resident set size \\(kbytes\\)');
    if (maxRss !== null) peakProcessRssBytes = maxRss * 1024;
    const user = field('User time \\(seconds\\)');
    const system = field('System time \\(seconds\\)');
    if (user !== null && system !== null) cpuMs = (user + system) * 1000;
    rmSync(timeFile, { force: true });
  }
  return {
    ok: exitCode === 0,
    exitCode,
    wallMs,
    peakTreeRssBytes: Math.max(peak, peakProcessRssBytes ?? 0),
    peakProcessRssBytes,
    cpuMs,
    loadBefore,
    samples,
    peakPhase,
    phases,
    peakAtMs,
    dist: distSize(distDir),
    // A build stopped by the timeout says so: its log may end in "Complete!" all the same.
    tail: `${output.split('\n').slice(-40).join('\n')}${timedOut ? `\n(stopped by the bench after ${Math.round(timeoutMs / 60_000)} minutes)` : ''}`,
  };
}
