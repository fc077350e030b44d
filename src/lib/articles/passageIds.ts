/**
 * passageIds: the public ids of the passages a quote can be located in, and their reading order.
 *
 * Paragraphs are `p-1`, `p-2`… (parseArticle). Dek lines (the standfirst under the headline) are
 * `dek-1`, `dek-2`… in the order they stand: like paragraph ids they are permalinks (`#dek-1`),
 * so they are derived from the dek's order alone and never renumber a paragraph. The parse keeps
 * the dek as plain lines; this module gives them their ids wherever they are used as passages.
 */
import type { SourceLine } from './parseArticle.ts';

export const DEK_ID_PREFIX = 'dek-';

/** The id of the dek line at `index` (0-based): `dek-1` for the first. */
export const dekLineId = (index: number): string => `${DEK_ID_PREFIX}${index + 1}`;

export const isDekLineId = (id: string): boolean => /^dek-\d+$/u.test(id);

/** The dek lines as passages: each with its id, its raw line and its text. */
export function dekPassages(dek: readonly SourceLine[]): Array<SourceLine & { id: string }> {
  return dek.map((line, index) => ({ ...line, id: dekLineId(index) }));
}

/** The number in a passage id: 3 for `p-3` and for `dek-3`. */
export const passageNumber = (id: string): number => Number(id.slice(id.indexOf('-') + 1));

/**
 * A passage's place in reading order, for sorting: the dek stands above the text, so every dek
 * line comes before paragraph 1 (`dek-N` ranks N − 1,000,000; a dek has a handful of lines).
 */
export const passageRank = (id: string): number => (isDekLineId(id) ? passageNumber(id) - 1_000_000 : passageNumber(id));

/** How a passage is named to readers: "paragraph 3", "dek line 1". */
export const passageLabel = (id: string): string => `${isDekLineId(id) ? 'dek line' : 'paragraph'} ${passageNumber(id)}`;
