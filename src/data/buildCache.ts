/**
 * buildCache: the results of content sync's costly steps (an article file's parse, a group of
 * claims' verification), kept between builds in Astro's cache folder so that a rebuild redoes
 * only what an edit reached.
 *
 * Content-addressed: an entry's file name is a digest of every input of the step *and of the
 * code that computes it* (the sources of src/lib and src/loaders and the lockfile), so an edit to
 * a file, a claim or the parser itself gives a new key and the step runs again; nothing is ever
 * invalidated by hand, and a stale entry cannot be read. Entries no build asked for are removed at
 * the end of the sync (`prune`). A missing or unreadable entry is a miss: the step just runs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const digestOf = (...inputs: unknown[]): string => {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(typeof input === 'string' ? input : JSON.stringify(input) ?? 'undefined').update('\u0000');
  return hash.digest('base64url');
};

/** Source folders whose code decides what content sync's cached steps return. */
export const LOADER_CODE = ['src/lib', 'src/loaders'] as const;

const codeDigests = new Map<string, string>();

/**
 * A digest of the code that computes a cached result: every file under `folders` (by default
 * src/lib and src/loaders, the code that parses and verifies; names and bytes), package.json and
 * package-lock.json. Any change there (a cleaning rule, the quote matcher, a dependency) gives
 * every cache key a new value.
 */
export function codeDigest(rootDir: string, folders: readonly string[] = LOADER_CODE): string {
  const id = `${rootDir}\u0000${folders.join('\u0000')}`;
  const known = codeDigests.get(id);
  if (known) return known;
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(path.relative(rootDir, full)).update('\u0000').update(readFileSync(full)).update('\u0000');
    }
  };
  for (const folder of folders) walk(path.join(rootDir, folder));
  for (const file of ['package.json', 'package-lock.json']) {
    try {
      hash.update(file).update(readFileSync(path.join(rootDir, file)));
    } catch {
      // No lockfile (a temp copy of the sources): the rest makes the key.
    }
  }
  const digest = hash.digest('base64url');
  codeDigests.set(id, digest);
  return digest;
}

export interface BuildCache {
  /** The entry stored under `key` for this kind of step, or undefined. */
  get<T>(kind: string, key: string): T | undefined;
  set(kind: string, key: string, value: unknown): void;
  /** Removes the entries of the given kinds that this sync neither read nor wrote. */
  prune(kinds: readonly string[]): void;
  /** Entries read and written since the cache was opened, by kind (for the build log). */
  stats(kind: string): { hits: number; misses: number };
}

/** A cache in `folder` (created when first written). */
export function openBuildCache(folder: string): BuildCache {
  const used = new Map<string, Set<string>>();
  const counts = new Map<string, { hits: number; misses: number }>();
  const use = (kind: string, key: string): void => {
    let keys = used.get(kind);
    if (!keys) used.set(kind, (keys = new Set()));
    keys.add(`${key}.json`);
  };
  const count = (kind: string) => {
    let entry = counts.get(kind);
    if (!entry) counts.set(kind, (entry = { hits: 0, misses: 0 }));
    return entry;
  };
  const fileOf = (kind: string, key: string) => path.join(folder, kind, `${key}.json`);
  return {
    get<T>(kind: string, key: string): T | undefined {
      use(kind, key);
      try {
        const value = JSON.parse(readFileSync(fileOf(kind, key), 'utf8')) as T;
        count(kind).hits += 1;
        return value;
      } catch {
        count(kind).misses += 1;
        return undefined;
      }
    },
    set(kind, key, value) {
      use(kind, key);
      const file = fileOf(kind, key);
      mkdirSync(path.dirname(file), { recursive: true });
      // Written whole, then renamed: a build stopped midway leaves no half entry to be read.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify(value));
      renameSync(partial, file);
    },
    prune(kinds) {
      for (const kind of kinds) {
        const keep = used.get(kind) ?? new Set<string>();
        let names: string[];
        try {
          names = readdirSync(path.join(folder, kind));
        } catch {
          continue;
        }
        for (const name of names) if (!keep.has(name)) rmSync(path.join(folder, kind, name), { force: true });
      }
    },
    stats: (kind) => ({ ...count(kind) }),
  };
}
