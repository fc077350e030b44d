import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticleMetadata, type ArticleMetadata } from '../../src/lib/articles/articleMetadata.ts';
import { decodeArticleText } from '../../src/lib/articles/decodeArticleSource.ts';
import { parseArticle, splitLines, trimLine, type ParsedArticle, type SourceLine } from '../../src/lib/articles/parseArticle.ts';

export const articlesDir = fileURLToPath(new URL('../../content/articles/', import.meta.url));

export interface CorpusArticle {
  meta: ArticleMetadata;
  raw: string;
  parsed: ParsedArticle;
}

/** The five articles as the loader sees them (same modules, same order). */
export function loadCorpus(): CorpusArticle[] {
  const files = readdirSync(articlesDir).filter((name) => name.endsWith('.txt')).sort();
  const metadata = parseArticleMetadata(readFileSync(`${articlesDir}articles.yaml`, 'utf8'), 'articles.yaml', files);
  return metadata.map((meta) => {
    const raw = decodeArticleText(meta.file, new Uint8Array(readFileSync(articlesDir + meta.file)));
    return { meta, raw, parsed: parseArticle(raw, { file: meta.file, titleOverride: meta.overrides.title }) };
  });
}

/** Every line (or, for a saved page, block) the parsed article accounts for, wherever it went. */
export function accountedLines(article: Pick<ParsedArticle, 'title' | 'dek' | 'sections'> & { removed: readonly SourceLine[] }): SourceLine[] {
  const lines: SourceLine[] = [...article.dek, ...article.removed];
  if (article.title.line !== null) lines.push({ line: article.title.line, text: article.title.text });
  for (const section of article.sections) {
    if (section.heading) lines.push(section.heading);
    for (const paragraph of section.paragraphs) lines.push(...(paragraph.wrappedLines ?? [paragraph]));
  }
  return lines.sort((a, b) => a.line - b.line);
}

/** The non-blank lines of the raw text, trimmed, as the parser must account for them. */
export function nonBlankLines(raw: string): SourceLine[] {
  return splitLines(raw)
    .map((text, index) => ({ line: index + 1, text: trimLine(text) }))
    .filter((row) => row.text !== '');
}
