/**
 * removedLines: the article page's short form of its removed lines, and where the long form is.
 *
 * The removed lines' full report (each line's text as received, its rule and reason) is its own
 * page, `/articles/<slug>/cleaning/`, for text files and saved web pages alike: on the article
 * page it was weight every reader downloads (issue 17) for what few of them read. The article
 * page keeps, for each rule, how many lines it removed and their numbers; each number carries the
 * published `#removed-line-N` anchor and links to that line's row on the cleaning page (which has
 * the same id), so an old link still lands on the line, one click from its text.
 */

/** The lines one rule removed, by number, in the order of the file. */
export interface RemovedByRule {
  rule: string;
  lines: number[];
}

/** The removed lines grouped by rule, the rules in the order of their first line. */
export function removedByRule(removed: readonly { line: number; rule: string }[]): RemovedByRule[] {
  const groups = new Map<string, number[]>();
  for (const { line, rule } of [...removed].sort((a, b) => a.line - b.line)) {
    const lines = groups.get(rule);
    if (lines) lines.push(line);
    else groups.set(rule, [line]);
  }
  return [...groups].map(([rule, lines]) => ({ rule, lines }));
}

/** The article's cleaning page: every removed line with its text, rule and reason. */
export const cleaningUrl = (slug: string): string => `/articles/${slug}/cleaning/`;

/** A removed line's anchor, on the article page and on its cleaning page alike. */
export const removedLineId = (line: number): string => `removed-line-${line}`;
