/**
 * outputCache: the body of an output that reads the whole corpus (the search index) kept in the
 * build cache between builds, keyed on everything it is computed from: the data given (the
 * articles' entries, the claims file's digest…) and the code of src/lib, src/data and src/pages.
 * Such routes have no getStaticPaths, so Astro's incremental build renders them every time; with
 * this, a rebuild that left their inputs alone reads the body back instead of computing it (the
 * index re-read every article's text). The claims exports are written when content syncs
 * (src/data/exportFiles.ts).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { getArticles, type ArticleEntry } from './collections.ts';
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
 * An output computed from the whole corpus, cached under the claims file's digest and `inputs`:
 * what the output reads of the articles (e.g. their provenance, or their detail file's digest),
 * so that an edit the output does not show leaves it cached. Without a claims file, computed.
 */
export async function corpusOutput(name: string, inputs: (articles: ArticleEntry[]) => unknown, compute: () => Promise<string>): Promise<string> {
  const [claims, articles] = await Promise.all([getCollection('claims'), getArticles()]);
  const all = claims[0]?.data.all;
  if (!all) return compute();
  return cachedOutput(path.dirname(all.file), name, [all.digest, inputs(articles)], compute);
}
