/**
 * outputCache: the body of an output that reads the whole corpus (the claims exports, the search
 * index) kept in the build cache between builds, keyed on everything it is computed from: the
 * data given (the articles' entries, the claims file's digest…) and the code of src/lib, src/data
 * and src/pages. Such routes have no getStaticPaths, so Astro's incremental build renders them
 * every time; with this, a rebuild that left their inputs alone reads the body back instead of
 * computing it (the exports ran every article through its date check, the index re-read every
 * article's text).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { codeDigest, digestOf } from './buildCache.ts';

const OUTPUT_CODE = ['src/lib', 'src/data', 'src/pages'] as const;

/**
 * `folder`: the build cache folder (the claims file's folder, in Astro's cacheDir). Without the
 * project's sources beside the build (cwd), nothing is cached: the key could not see a code change.
 * One body is kept per output: the last one.
 */
export async function cachedOutput(folder: string, name: string, inputs: unknown, compute: () => Promise<string>): Promise<string> {
  const root = process.cwd();
  if (!existsSync(path.join(root, 'src', 'pages'))) return compute();
  const dir = path.join(folder, 'output-cache', name);
  const file = path.join(dir, `${digestOf(codeDigest(root, OUTPUT_CODE), name, inputs)}.txt`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Not cached yet: computed below.
  }
  const body = await compute();
  mkdirSync(dir, { recursive: true });
  for (const stale of readdirSync(dir)) rmSync(path.join(dir, stale), { force: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, body);
  renameSync(partial, file);
  return body;
}

/**
 * An output computed from the whole corpus, cached under the digests of every article, claim and
 * event entry and of the claims file (plus `extra`, e.g. the site's origin). Without digests (an
 * entry stored without one), it is computed every time.
 */
export async function wholeCorpusOutput(name: string, extra: unknown, compute: () => Promise<string>): Promise<string> {
  const [articles, claims, events] = await Promise.all([getCollection('articles'), getCollection('claims'), getCollection('events')]);
  const all = claims[0]?.data.all;
  const digests = [...articles, ...claims, ...events].map((entry) => entry.digest);
  if (!all || digests.some((digest) => digest === undefined)) return compute();
  return cachedOutput(path.dirname(all.file), name, [all.digest, articles.map((a) => a.id), digests, extra], compute);
}
