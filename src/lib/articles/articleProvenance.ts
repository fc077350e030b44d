/**
 * articleProvenance: the one line under an article's headline that says where the text comes
 * from: outlet, date when known, language and origin (translation, wire copy…), before the full
 * record further down the page.
 *
 * The origin is the editors' own words: the lineage note up to its first clause ("Machine
 * translation of a Korean wire report", "A blog's repost of Sputnik copy"), never a guess made from
 * keywords, which would turn "translation is not established" into "translation".
 */

import { formatDay, isoPublished, publishedSchema } from './publishedDate.ts';

/** Longest origin shown in the line; the full lineage is one link away. */
const MAX_GIST_CHARS = 90;

/** The lineage note up to the end of its first clause (a stop, semicolon, colon or parenthesis). */
export function lineageGist(lineage: string, maxChars = MAX_GIST_CHARS): string {
  const text = lineage.replace(/\s+/gu, ' ').trim();
  const end = text.search(/[.;:]\s|[.;:]$| \(/u);
  const clause = end === -1 ? text : text.slice(0, end);
  if (clause.length <= maxChars) return clause;
  const cut = clause.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,–—-]+$/u, '')}…`;
}

/** "en" → "English", "ru" → "Russian", "pt-BR" → "Brazilian Portuguese"; the tag itself if unknown. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag);
    return name ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The publication date when the metadata records one (`published`, publishedDate.ts: an ISO date,
 * or date and time when the zone is known) or a saved page gives its own (`page.published`), else
 * null: no date is invented, shown or exported.
 */
export function publishedDate(meta: object): string | null {
  const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/u.test(value);
  const value: unknown = 'published' in meta ? meta.published : null;
  if (isDate(value)) return value;
  const recorded = publishedSchema.safeParse(value);
  if (recorded.success) return isoPublished(recorded.data);
  // A saved page's own datePublished (page metadata), when the editor gave none.
  const page: unknown = 'page' in meta ? meta.page : null;
  const fromPage: unknown = typeof page === 'object' && page !== null && 'published' in page ? (page.published as { value?: unknown } | null)?.value : null;
  return isDate(fromPage) ? fromPage : null;
}

/** "2022-01-10" → "10 January 2022" (publishedDate.ts's one formatter). */
export const formatDate = formatDay;
