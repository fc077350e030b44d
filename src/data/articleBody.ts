/**
 * The article body as passages: its sections, each paragraph rendered by rehype from the stored
 * structure (see renderArticleBody) with its own quotes highlighted by kind, and the comparison
 * rows of the claims that start in it (whose earliest quote is in it). Rendered per page from the
 * article's detail file (src/data/articleDetail.ts) rather than stored, to keep the content store
 * (which Astro bundles whole) small.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleEntry, ClaimIndex } from './collections.ts';
import type { ArticleDetail } from './articleDetail.ts';
import { highlightsFromRows } from '../lib/articles/renderArticleBody.ts';
import { articlePassages, dekLinePassages, quoteKind, type PassageParagraph, type PassageSection, type QuoteKind } from '../lib/claims/passageLayout.ts';
import { CONTENT_LAYOUT } from '../lib/contentLayout.ts';
import { earliestQuote } from '../lib/claims/compareArticle.ts';

type Row = ArticleDetail['comparison']['rows'][number];

export interface ArticlePassages {
  /** The dek lines (`dek-N`), rendered like paragraphs. */
  dek: PassageParagraph[];
  sections: PassageSection[];
  /** Paragraph or dek line id → the rows whose first quote is in it, in reading order. */
  rowsByParagraph: Map<string, Row[]>;
  kinds: Map<string, QuoteKind>;
}

export function articlePassagesOf(article: ArticleEntry, detail: ArticleDetail, claims: ClaimIndex): ArticlePassages {
  const rows = detail.comparison.rows.map((row) => ({ ...row, quotes: claims.quotes(row.claim, article.id) }));
  const kinds = new Map(rows.map((row) => [row.claim, quoteKind(row.cells)]));
  const rowsByParagraph = new Map<string, Row[]>();
  for (const row of rows) {
    const paragraph = earliestQuote(row.quotes)?.paragraph;
    if (!paragraph) continue;
    const list = rowsByParagraph.get(paragraph) ?? [];
    list.push(row);
    rowsByParagraph.set(paragraph, list);
  }
  const highlights = highlightsFromRows(rows);
  return { dek: dekLinePassages(detail.dek, highlights, kinds), sections: articlePassages(detail.sections, highlights, kinds), rowsByParagraph, kinds };
}

/** The raw file of an article, byte for byte as received (content/articles/<file>). */
export function rawBytes(article: ArticleEntry): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(path.join(process.cwd(), CONTENT_LAYOUT.articles, article.data.source.file)));
}
