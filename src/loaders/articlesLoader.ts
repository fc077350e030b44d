/**
 * articlesLoader: the Astro content-layer adapter for raw article files.
 *
 * Reads the folder and its metadata YAML, and hands each file to the pure modules in src/lib
 * (decode, parse, summarise, render). Bad input stops the build with a ContentError that names
 * the file and line; the loader adds nothing but I/O.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { ContentError } from '../lib/contentError.ts';
import { parseArticleMetadata } from '../lib/articleMetadata.ts';
import { decodeArticleText, describeSource } from '../lib/decodeArticleSource.ts';
import { parseArticle } from '../lib/parseArticle.ts';
import { countWords, excerpt } from '../lib/articleSummary.ts';
import { articleBodyHtml } from '../lib/renderArticleBody.ts';

export interface ArticlesLoaderOptions {
  /** Folder of raw `.txt` files and the metadata file, relative to the project root. */
  base: string;
  /** Metadata file name inside `base`. */
  metadataFile?: string;
}

/** Re-throws content errors as Astro user errors: a message and a hint, no stack trace. */
export function asBuildError(error: unknown): never {
  if (error instanceof ContentError) {
    const count = error.problems.length;
    const buildError = new AstroError(
      `${count === 1 ? 'A content file has a problem' : `${count} content problems`}:\n${error.message}`,
      'Fix the file(s) named above and run the build again.',
    );
    // The location is in the message; a stack trace into the loader would only bury it.
    buildError.stack = '';
    throw buildError;
  }
  throw error;
}

export function articlesLoader({ base, metadataFile = 'articles.yaml' }: ArticlesLoaderOptions): Loader {
  return {
    name: 'articles-loader',
    load: async ({ store, parseData, generateDigest, config }) => {
      const root = new URL(base.endsWith('/') ? base : `${base}/`, config.root);
      const folder = path.relative(process.cwd(), root.pathname) || '.';
      try {
        const names = (await readdir(root)).sort();
        const articleFiles = names.filter((name) => name.endsWith('.txt'));
        const metadataPath = path.join(folder, metadataFile);
        const metadata = parseArticleMetadata(await readFile(new URL(metadataFile, root), 'utf8'), metadataPath, articleFiles);
        store.clear();
        for (const meta of metadata) {
          const filePath = path.join(folder, meta.file);
          const bytes = new Uint8Array(await readFile(new URL(meta.file, root)));
          const parsed = parseArticle(decodeArticleText(filePath, bytes), {
            file: filePath,
            titleOverride: meta.overrides.title,
          });
          const data = await parseData({
            id: meta.slug,
            data: {
              ...meta,
              ...parsed,
              source: describeSource(meta.file, bytes),
              wordCount: countWords(parsed),
              excerpt: excerpt(parsed),
            },
          });
          store.set({
            id: meta.slug,
            data,
            filePath,
            digest: generateDigest(data),
            rendered: { html: articleBodyHtml(parsed.sections) },
          });
        }
      } catch (error) {
        asBuildError(error);
      }
    },
  };
}
