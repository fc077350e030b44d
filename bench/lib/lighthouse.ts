/**
 * Lighthouse (the npm package's CLI, run on this Node) against a page served on 127.0.0.1, with
 * Debian's Chromium via CHROME_PATH. Default config: mobile emulation, simulated throttling.
 * Its Chromium gets the features every browser of ours turns off (`DISABLED_FEATURES`, the
 * address-bar popup's preload), merged into chrome-launcher's own `--disable-features`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DISABLED_FEATURES, mergeDisabledFeatures } from '../../tests/helpers/site.ts';

export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** chrome-launcher's default switches: Lighthouse's own dependency, resolved from Lighthouse. */
export async function launcherDefaultFlags(): Promise<string[]> {
  const fromLighthouse = createRequire(createRequire(import.meta.url).resolve('lighthouse/package.json'));
  const launcher = (await import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href)) as { Launcher: { defaultFlags(): string[] } };
  return launcher.Launcher.defaultFlags();
}

/**
 * The switches Lighthouse's Chromium starts with, to pass with `--chrome-ignore-default-flags`:
 * chrome-launcher's defaults with one `--disable-features` holding its list and ours (Chromium
 * honours only the last), the sandbox switch it adds on Linux, then ours, each switch once (the
 * CLI's parser turns a repeated one into `=true,true`). No switch may hold a space: the CLI
 * splits `--chrome-flags` on spaces.
 */
export function lighthouseChromeFlags(defaults: readonly string[], platform: NodeJS.Platform = process.platform): string[] {
  const { ignore, arg } = mergeDisabledFeatures(defaults, DISABLED_FEATURES);
  const flags = [...new Set([...defaults.filter((flag) => !ignore.includes(flag)), arg, ...(platform === 'linux' ? ['--disable-setuid-sandbox'] : []), ...CHROME_FLAGS])];
  const spaced = flags.find((flag) => /\s/u.test(flag));
  if (spaced) throw new Error(`bench/lib/lighthouse.ts: the Chromium switch ${JSON.stringify(spaced)} holds a space, which Lighthouse's --chrome-flags would split`);
  return flags;
}
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  ok: boolean;
  error: string | null;
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
  fcpMs: number | null;
  /** Audits of the four categories that scored below 1 (id: title). */
  failing: string[];
  version: string | null;
}

export function lighthouseCli(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve('lighthouse/package.json');
    const cli = path.join(path.dirname(pkg), 'cli', 'index.js');
    return existsSync(cli) ? cli : null;
  } catch {
    return null;
  }
}

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
}

interface Report {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, Audit>;
}

const empty = (error: string): LighthouseResult => ({
  ok: false,
  error,
  scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
  lcpMs: null,
  cls: null,
  tbtMs: null,
  fcpMs: null,
  failing: [],
  version: null,
});

export async function runLighthouse(url: string, chromePath: string, timeoutMs = 120_000): Promise<LighthouseResult> {
  const cli = lighthouseCli();
  if (!cli) return empty('the lighthouse package is not installed (npm ci installs it as a devDependency)');
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-lighthouse-'));
  const out = path.join(dir, 'report.json');
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    '--no-enable-error-reporting',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-ignore-default-flags',
    `--chrome-flags=${lighthouseChromeFlags(await launcherDefaultFlags()).join(' ')}`,
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: chromePath },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  child.stderr.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(killer);
  try {
    if (code !== 0 || !existsSync(out)) return empty(`lighthouse exited with ${code}: ${log.trim().split('\n').slice(-5).join(' | ')}`);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    if (report.runtimeError) return { ...empty(`${report.runtimeError.code}: ${report.runtimeError.message}`), version: report.lighthouseVersion };
    const score = (id: string): number | null => report.categories[id]?.score ?? null;
    const numeric = (id: string): number | null => report.audits[id]?.numericValue ?? null;
    const failing = new Set<string>();
    for (const id of CATEGORIES) {
      for (const ref of report.categories[id]?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        if (audit && audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) {
          failing.add(`${audit.id} (${audit.score})`);
        }
      }
    }
    return {
      ok: true,
      error: null,
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      lcpMs: numeric('largest-contentful-paint'),
      cls: numeric('cumulative-layout-shift'),
      tbtMs: numeric('total-blocking-time'),
      fcpMs: numeric('first-contentful-paint'),
      failing: [...failing],
      version: report.lighthouseVersion,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
