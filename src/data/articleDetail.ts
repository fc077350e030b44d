/**
 * articleDetail: what only an article's own page shows (its dek, sections, removed lines,
 * comparison table, character notes), kept out of Astro's content store.
 *
 * Astro inlines the whole content store into the build's server bundle as one string, parses it
 * when the first page renders and keeps every entry alive until the last page is written. Heap
 * snapshots of a 2,000-article build showed the store three times over (the bundled module's
 * source, the string literal in it, the parsed objects), most of it these per-article fields,
 * which no page but the article's own reads. So the articles loader writes them to one JSON file
 * per article in Astro's cache folder, the store keeps the path and a digest, and the article page
 * reads its own file: memory holds one article's detail at a time, whatever the corpus size.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';

const sourceLine = z.object({ line: z.number().int().positive(), text: z.string() });
const difference = z.object({ field: z.string(), label: z.string() });

export const articleDetailSchema = z.object({
  dek: z.array(sourceLine),
  sections: z.array(
    z.object({
      id: z.string(),
      heading: sourceLine.nullable(),
      paragraphs: z.array(sourceLine.extend({ id: z.string().regex(/^p-\d+$/), wrappedLines: z.array(sourceLine).optional() })),
    }),
  ),
  /** For a saved web page, `line` is the block number and `path` where the block stood. */
  removed: z.array(sourceLine.extend({ rule: z.string(), reason: z.string(), path: z.string().optional() })),
  comparison: z.object({
    rows: z.array(
      z.object({
        number: z.number().int().positive(),
        claim: z.string(),
        divergent: z.boolean(),
        cells: z.array(
          z.object({
            article: z.string(),
            status: z.enum(['same', 'different', 'not-reported']),
            differences: z.array(difference.extend({ mine: z.string(), theirs: z.string() })),
          }),
        ),
      }),
    ),
    omitted: z.array(z.object({ claim: z.string(), reportedBy: z.array(z.string()) })),
  }),
  characterNotes: z.array(
    z.object({
      line: z.number().int(),
      kind: z.enum(['invisible', 'bidi-control']),
      characters: z.array(z.object({ codePoint: z.string(), name: z.string(), count: z.number().int() })),
    }),
  ),
});

export type ArticleDetail = z.output<typeof articleDetailSchema>;

/** Where the store entry points: the detail file and the digest of its content. */
export const articleDetailRef = z.object({ file: z.string(), digest: z.string() });
export type ArticleDetailRef = z.output<typeof articleDetailRef>;

/** The folder of detail files inside Astro's cache folder (build) or .astro folder (dev). */
export const detailFolder = (cacheDir: string): string => path.join(cacheDir, 'article-details');

/** Creates the folder if needed. */
export function resetDetailFolder(folder: string): void {
  mkdirSync(folder, { recursive: true });
}

/**
 * Removes the files of articles no longer in the corpus. (Emptying the folder first cost more:
 * removing 2,000 files took seconds of a rebuild.)
 */
export function pruneDetailFolder(folder: string, slugs: ReadonlySet<string>): void {
  for (const name of readdirSync(folder)) {
    if (name.endsWith('.json') && !slugs.has(name.slice(0, -'.json'.length))) rmSync(path.join(folder, name), { force: true });
  }
}

/** Validates one article's detail; returns it and its JSON text (what the file holds). */
export function checkArticleDetail(detail: unknown): { detail: ArticleDetail; text: string } {
  const checked = articleDetailSchema.parse(detail);
  return { detail: checked, text: JSON.stringify(checked) };
}

/** The file of one article's detail. */
export const articleDetailFile = (folder: string, slug: string): string => path.join(folder, `${slug}.json`);

/**
 * Writes one article's detail text (from checkArticleDetail) unless the file already holds it:
 * `previousDigest` is the digest recorded when it was last written (the articles loader keeps it
 * in Astro's meta store), `digest` this text's. Unchanged files are left alone, so a rebuild does
 * not rewrite thousands of them.
 */
export function writeArticleDetail(file: string, text: string, digest: string, previousDigest: string | undefined): boolean {
  if (previousDigest === digest && existsSync(file)) return false;
  writeFileSync(file, text);
  return true;
}

/** Reads the detail the articles loader wrote for one article (see articlesLoader). */
export function readArticleDetail(ref: ArticleDetailRef): ArticleDetail {
  try {
    return JSON.parse(readFileSync(ref.file, 'utf8')) as ArticleDetail;
  } catch (error) {
    throw new Error(
      `The article detail file ${ref.file} is missing or unreadable (${(error as Error).message}). ` +
        'It is written by the articles loader when content syncs: run the build again (or `astro sync`).',
    );
  }
}

/**
 * What an article's table names: its rows' claims then the claims it leaves out, and the other
 * articles it names (peer columns, reporters of what it leaves out). Page keys and the outlet pages
 * read them for many articles at once, so they are not in the per-article detail file; nor in the
 * store, which Astro bundles whole (they were a quarter of it): one file for the corpus beside the
 * detail folder, written by the articles loader.
 */
export interface ArticleNames {
  claims: string[];
  articles: string[];
}

/** The corpus's names file, beside the detail folder `folder`. */
export const namesFile = (folder: string): string => path.join(path.dirname(folder), 'article-names.json');

/** Writes the names file unless it already holds `names` (slug → names, in corpus order). */
export function writeArticleNames(folder: string, names: Record<string, ArticleNames>): void {
  const file = namesFile(folder);
  const text = JSON.stringify(names);
  try {
    if (readFileSync(file, 'utf8') === text) return;
  } catch {
    // Not written yet.
  }
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

let namesCache: { file: string; stamp: string; names: Record<string, ArticleNames> } | undefined;

/**
 * The names of one article (found from its detail file's path), read once per version of the
 * names file (its size and modification time: a dev server's sync rewrites it).
 */
export function articleNamesOf(article: { id: string; data: { detail: ArticleDetailRef } }): ArticleNames {
  const file = namesFile(path.dirname(article.data.detail.file));
  let stamp: string;
  try {
    const stat = statSync(file);
    stamp = `${stat.size}:${stat.mtimeMs}`;
    if (namesCache?.file !== file || namesCache.stamp !== stamp) namesCache = { file, stamp, names: JSON.parse(readFileSync(file, 'utf8')) as Record<string, ArticleNames> };
  } catch (error) {
    throw new Error(`The names file ${file} is missing or unreadable (${(error as Error).message}). It is written by the articles loader when content syncs: run the build again (or \`astro sync\`).`);
  }
  const names = namesCache.names[article.id];
  if (!names) throw new Error(`The names file ${file} has no entry for ${article.id}: run the build again (or \`astro sync\`).`);
  return names;
}
