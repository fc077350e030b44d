/**
 * parseArticleFile: any raw article file → its parsed article, by kind: a text file through
 * decodeArticleText and parseArticle, a saved web page (.html, .htm) through parseSavedPage, which
 * also returns the page's metadata. The loader and add-article both call this, so a file is read
 * the same way by both.
 */
import type { CleaningRuleName } from './cleaningRules.ts';
import { decodeArticleText } from './decodeArticleSource.ts';
import { parseArticle, type ParsedArticle, type ParseOptions, type SourceLine } from './parseArticle.ts';
import type { PageMetadata } from './pageMetadata.ts';
import type { PageRuleName } from './pageRules.ts';
import { isSavedPageFile, parseSavedPage } from './parseSavedPage.ts';

/** The rule that removed a line of a text file or a block of a saved page. */
export type ArticleRuleName = CleaningRuleName | PageRuleName;

/** A removed line of a text file, or a removed block of a page (`line` is then its block number). */
export interface RemovedText extends SourceLine {
  rule: ArticleRuleName;
  reason: string;
  /** Saved web pages only: where the block stood on the page (`body > footer > p`). */
  path?: string;
}

/** A parsed raw article, text file or saved page: the same shape, with the wider rule names. */
export type ParsedRawArticle = Omit<ParsedArticle, 'removed'> & { removed: RemovedText[] };

export interface ParsedArticleFile {
  parsed: ParsedRawArticle;
  /** A saved web page's own metadata, with where each value came from; null for a text file. */
  page: PageMetadata | null;
}

export function parseArticleFile(bytes: Uint8Array, options: ParseOptions): ParsedArticleFile {
  if (isSavedPageFile(options.file)) return parseSavedPage(bytes, options);
  return { parsed: parseArticle(decodeArticleText(options.file, bytes), options), page: null };
}
