/**
 * rawLineView: each line of a raw article file beside what became of it in cleaning: the title, a
 * dek line dek-N, a subhead, paragraph p-N, removed (with its rule and reason), or blank. It is the
 * "raw beside cleaned" page, and a check that nothing was lost: every non-blank line has exactly
 * one fate, and a line the parse does not account for is listed as such, never dropped.
 */
import { splitLines, type ArticleTitle, type Section, type SourceLine } from './parseArticle.ts';
import { dekLineId } from './passageIds.ts';

/** What of a parse the view needs (a stored parse has its rule names as plain strings). */
export interface ParsedLines {
  title: Pick<ArticleTitle, 'line'>;
  dek: readonly SourceLine[];
  sections: readonly Section[];
  removed: ReadonlyArray<SourceLine & { rule: string; reason: string }>;
}

export type LineFate =
  | { kind: 'title' }
  | { kind: 'dek'; id: string }
  | { kind: 'heading'; section: string }
  | { kind: 'paragraph'; paragraph: string }
  | { kind: 'removed'; rule: string; reason: string }
  | { kind: 'blank' }
  | { kind: 'unaccounted' };

export interface RawLine {
  /** 1-based line number in the raw file. */
  line: number;
  /** The line as received (its line break removed, nothing else changed). */
  text: string;
  fate: LineFate;
}

/** The decoded text of a raw file (BOM dropped) and its parse → one row per line of the file. */
export function rawLineView(text: string, parsed: ParsedLines): RawLine[] {
  const fates = new Map<number, LineFate>();
  if (parsed.title.line !== null) fates.set(parsed.title.line, { kind: 'title' });
  parsed.dek.forEach((line, index) => fates.set(line.line, { kind: 'dek', id: dekLineId(index) }));
  for (const section of parsed.sections) {
    if (section.heading) fates.set(section.heading.line, { kind: 'heading', section: section.id });
    for (const paragraph of section.paragraphs) {
      for (const row of paragraph.wrappedLines ?? [paragraph]) fates.set(row.line, { kind: 'paragraph', paragraph: paragraph.id });
    }
  }
  for (const removed of parsed.removed) fates.set(removed.line, { kind: 'removed', rule: removed.rule, reason: removed.reason });
  const lines = splitLines(text);
  // A file ending in a line break has no line after it.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((raw, index) => {
    const line = index + 1;
    const blank = raw.trim() === '';
    return { line, text: raw, fate: fates.get(line) ?? (blank ? { kind: 'blank' } : { kind: 'unaccounted' }) };
  });
}
