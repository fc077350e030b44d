/**
 * eventArticles: the raw articles of a project's one event, read and cleaned exactly as the build
 * reads them (articles.yaml, decodeArticleText, parseArticle), without its claims: the drafting
 * command and its benchmark start from the articles alone.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArticleMetadata } from '../../src/lib/articles/articleMetadata.ts';
import { decodeArticleText } from '../../src/lib/articles/decodeArticleSource.ts';
import { parseArticle } from '../../src/lib/articles/parseArticle.ts';
import { dekPassages } from '../../src/lib/articles/passageIds.ts';
import { CONTENT_LAYOUT } from '../../src/lib/contentLayout.ts';
import type { EventArticle } from '../../src/lib/drafting/draftClaims.ts';

export interface LoadedEventArticle extends EventArticle {
  language: string;
}

/**
 * The articles of the project at `rootDir`, in file order (the build's order): those of `event`
 * when given (an entry without `event:` belongs to the only event), else all of them.
 */
export async function eventArticles(rootDir: string, event?: { slug: string; only: boolean }): Promise<LoadedEventArticle[]> {
  const articlesDir = path.join(rootDir, CONTENT_LAYOUT.articles);
  const names = (await readdir(articlesDir)).sort();
  const metadata = parseArticleMetadata(
    await readFile(path.join(articlesDir, CONTENT_LAYOUT.metadataFile), 'utf8'),
    path.join(CONTENT_LAYOUT.articles, CONTENT_LAYOUT.metadataFile),
    names.filter((name) => name.endsWith('.txt')),
  );
  const out: LoadedEventArticle[] = [];
  const members = event ? metadata.filter((meta) => (meta.event ?? (event.only ? event.slug : undefined)) === event.slug) : metadata;
  for (const meta of [...members].sort((a, b) => a.file.localeCompare(b.file))) {
    const filePath = path.join(CONTENT_LAYOUT.articles, meta.file);
    const bytes = new Uint8Array(await readFile(path.join(articlesDir, meta.file)));
    const parsed = parseArticle(decodeArticleText(filePath, bytes), { file: filePath, titleOverride: meta.overrides.title });
    // The dek lines first, in reading order: claims may quote them (`dek-N`) as the build locates them.
    const passages = [...dekPassages(parsed.dek), ...parsed.sections.flatMap((section) => section.paragraphs)];
    out.push({ slug: meta.slug, language: meta.language, passages });
  }
  return out;
}
