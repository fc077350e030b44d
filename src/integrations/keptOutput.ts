/**
 * keptOutput: keeps dist/ between builds so that Astro's incremental build
 * (experimental.incrementalBuild) leaves an unchanged page where it is, instead of copying it back
 * from its own cache into an emptied dist/ (at 2,000 articles, 16,800 copies and the removal of
 * the whole previous site: about 5 s of CPU and 12 s of wall time per rebuild on this disk).
 * Astro skips a page whose cacheKey and code are unchanged and whose file is already in dist/
 * ("(cached)"); it only empties dist/ itself unless `vite.build.emptyOutDir` is false, which this
 * integration sets, so the two always go together.
 *
 * What dist/ holds is still exactly what this build made, nothing left over:
 * - Only the pages listed in Astro's incremental manifest (`incremental-build.json` in the cache
 *   folder) are kept; every other file (assets, exports, the sitemap, pages without a cacheKey)
 *   is removed before the build writes it again, and the search shards are moved aside (below).
 * - A page the last build listed and this one does not (a removed article, a page beyond the
 *   last) is removed after the build, as Astro removes its own copy.
 * - The kept pages are trusted only if the last build finished: its last hook writes a stamp
 *   (the manifest's digest) in the cache folder. Without a stamp that matches the manifest (first
 *   build, cache folder removed, a build that failed while writing pages, another outDir), dist/
 *   is emptied as before.
 * - From the start of a build until it writes pages, the kept site is moved into the cache
 *   folder, so a build that fails in content sync (rejected input) leaves no dist/ at all, as
 *   `rm -rf dist` did (README, "Input handling").
 * - A folder named in `aside` (the search shards: their writer leaves its unchanged files in
 *   place, src/integrations/searchShards.ts) is moved out of the kept site to the path given,
 *   where its writer finds it, instead of being removed file by file.
 * The integration must come last in `integrations`, so its stamp follows every other hook.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's incremental manifest (node_modules/astro/dist/core/build/incremental.js, CACHE_VERSION 1). */
const MANIFEST = 'incremental-build.json';
const STAMP = 'kept-output.json';
const PARKED = 'kept-output';

interface Stamp {
  outDir: string;
  manifest: string;
}

const digest = (text: string): string => createHash('sha256').update(text).digest('base64url');

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The output files (paths relative to outDir, decoded) a manifest lists. A manifest Astro no
 * longer writes in this shape gives null: nothing is kept.
 */
export function manifestOutputs(text: string | null): Set<string> | null {
  if (text === null) return null;
  try {
    const data = JSON.parse(text) as { version?: unknown; routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> };
    if (data.version !== 1 || typeof data.routes !== 'object' || data.routes === null) return null;
    const files = new Set<string>();
    for (const route of Object.values(data.routes)) {
      for (const entry of Object.values(route.paths ?? {})) {
        if (typeof entry.outputFile !== 'string') return null;
        files.add(entry.outputFile.includes('%') ? decodeURI(entry.outputFile) : entry.outputFile);
      }
    }
    return files;
  } catch {
    return null;
  }
}

/**
 * Removes every file under `root` whose relative path (with `/`) is not in `keep`, and every
 * folder left without a kept file. A folder with nothing to keep goes in one recursive removal.
 */
export function pruneTo(root: string, keep: ReadonlySet<string>): void {
  const folders = new Set<string>();
  for (const file of keep) {
    for (let dir = path.posix.dirname(file); dir !== '.' && !folders.has(dir); dir = path.posix.dirname(dir)) folders.add(dir);
  }
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (folders.has(name)) walk(name);
        else rmSync(path.join(root, name), { recursive: true, force: true });
      } else if (!keep.has(name)) unlinkSync(path.join(root, name));
    }
  };
  if (existsSync(root)) walk('');
}

/** Removes `files` (relative to `root`) and each folder they leave empty, up to `root`. */
export function removeOutputs(root: string, files: Iterable<string>): number {
  let removed = 0;
  for (const file of files) {
    rmSync(path.join(root, file), { force: true });
    removed += 1;
    for (let dir = path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) {
      try {
        rmdirSync(path.join(root, dir));
      } catch {
        break; // not empty (or already gone): its parents are not empty either
      }
    }
  }
  return removed;
}

/**
 * Moves each top-level entry of `site` named in `aside` to its path there, when the site is the
 * last finished build's (`trusted`); each path is emptied first either way, so what is found there
 * is that build's or nothing.
 */
export function moveAside(site: string, aside: Readonly<Record<string, string>>, trusted: boolean): void {
  for (const [name, to] of Object.entries(aside)) {
    rmSync(to, { recursive: true, force: true });
    const from = path.join(site, name);
    if (trusted && existsSync(from)) mkdirSync(path.dirname(to), { recursive: true }), renameSync(from, to);
  }
}

export interface KeptOutputOptions {
  /** Top-level entries of dist/ to move out of the kept site (to the absolute path given) rather than remove. */
  aside?: Record<string, string>;
}

export function keptOutput(options: KeptOutputOptions = {}): AstroIntegration {
  let building = false;
  let outDir = '';
  let cacheDir = '';
  let previous: Set<string> | null = null;
  const manifestFile = (): string => path.join(cacheDir, MANIFEST);
  const stampFile = (): string => path.join(cacheDir, STAMP);
  const parked = (): string => path.join(cacheDir, PARKED);
  /** The last build's manifest outputs if that build finished with this outDir, else null. */
  const trusted = (): Set<string> | null => {
    const manifest = readText(manifestFile());
    const stampText = readText(stampFile());
    if (manifest === null || stampText === null) return null;
    try {
      const stamp = JSON.parse(stampText) as Stamp;
      if (stamp.outDir !== outDir || stamp.manifest !== digest(manifest)) return null;
    } catch {
      return null;
    }
    return manifestOutputs(manifest);
  };
  return {
    name: 'coverage-compare:kept-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        building = command === 'build';
        if (building) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config, logger }) => {
        if (!building) return;
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        // Park the last site (if there is one) before content sync, which is where rejected input
        // stops a build: a failed build leaves no dist/.
        if (existsSync(outDir)) {
          mkdirSync(cacheDir, { recursive: true });
          rmSync(parked(), { recursive: true, force: true });
          renameSync(outDir, parked());
        }
        logger.debug(`parked ${outDir} in ${parked()}`);
      },
      'astro:build:start': ({ logger }) => {
        previous = trusted();
        rmSync(stampFile(), { force: true });
        rmSync(outDir, { recursive: true, force: true });
        moveAside(parked(), options.aside ?? {}, previous !== null);
        if (previous && existsSync(parked())) {
          pruneTo(parked(), previous);
          renameSync(parked(), outDir);
          logger.info(`kept the last build's ${previous.size} pages in ${outDir}; Astro renders those whose key or code changed`);
        } else {
          rmSync(parked(), { recursive: true, force: true });
          if (previous === null) logger.info('no finished build to keep pages from: every page is written');
          previous = null;
        }
      },
      'astro:build:done': ({ logger }) => {
        const manifest = readText(manifestFile());
        const current = manifestOutputs(manifest);
        if (previous && current) {
          const gone = [...previous].filter((file) => !current.has(file));
          if (gone.length > 0) logger.info(`removed ${removeOutputs(outDir, gone)} pages the last build had and this one does not`);
        }
        if (manifest !== null && current !== null) writeFileSync(stampFile(), JSON.stringify({ outDir, manifest: digest(manifest) } satisfies Stamp));
      },
    },
  };
}
