/**
 * articleSummary: the figures the article list, the editorial report and add-article show (word
 * and paragraph counts, excerpt), from a parsed article.
 */
import type { ParsedArticle } from './parseArticle.ts';

const EXCERPT_CHARS = 220;

/** Words in the cleaned text: headings and paragraphs (not title, dek or removed lines). */
export function countWords(article: Pick<ParsedArticle, 'sections'>): number {
  let words = 0;
  for (const section of article.sections) {
    const texts = [section.heading?.text ?? '', ...section.paragraphs.map((p) => p.text)];
    for (const text of texts) words += text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  }
  return words;
}

/** Paragraphs in the cleaned text (each has a `p-N` id). */
export function countParagraphs(article: { sections: ReadonlyArray<{ paragraphs: readonly unknown[] }> }): number {
  return article.sections.reduce((n, section) => n + section.paragraphs.length, 0);
}

/** The first paragraph, cut at a word boundary to about 220 characters. */
export function excerpt(article: Pick<ParsedArticle, 'sections'>, maxChars = EXCERPT_CHARS): string {
  const first = article.sections[0]?.paragraphs[0]?.text ?? '';
  if (first.length <= maxChars) return first;
  const cut = first.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}
