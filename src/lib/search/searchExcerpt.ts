/**
 * searchExcerpt: the marked text of a result: overlapping marks merged, and an excerpt around
 * the first mark cut at word boundaries (the engine's results; searchEngine.ts re-exports both).
 */
import type { Marked, Range } from './searchEngine.ts';

/** Ranges sorted and merged where they overlap or touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const merged: Range[] = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** At most about `max` characters around the first highlight, cut at word boundaries. */
export function excerpt(source: Marked, max: number): Marked {
  const { text, marks } = source;
  if (text.length <= max) return source;
  const focus = marks[0]?.[0] ?? 0;
  let start = Math.max(0, focus - Math.floor(max / 4));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= focus ? start : space + 1;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space >= (marks[0]?.[1] ?? 0)) end = space;
  }
  const kept: Range[] = [];
  for (const [s, e] of marks) if (e > start && s < end) kept.push([Math.max(s, start) - start, Math.min(e, end) - start]);
  return { text: text.slice(start, end), marks: kept, cutStart: start > 0, cutEnd: end < text.length };
}
