/**
 * wrappedLines: paragraphs that a fixed-width copy broke into lines (text saved from a PDF, an
 * e-mail, a plain-text archive, a terminal), put back together.
 *
 * A web page copied as text has one paragraph per line; a hard-wrapped copy breaks each paragraph
 * every 60–100 characters, so each line would become a paragraph of its own, a quote running
 * across a line break could not be found, and every paragraph id would point at a fragment.
 *
 * The decision is local to a block (lines with no blank line between them), so an edit elsewhere
 * in the file never joins or splits a paragraph. A block is wrapped when its longest line is at
 * most MAX_WRAP_WIDTH characters and at least one of its lines stops mid-sentence although it is
 * full, the sentence running on in lower case on the next line: full means the next line's first
 * word would not have fitted on it (within FULL_SHARE of the block's width, since a proportional
 * font wraps short of the longest line). In a wrapped block every full
 * line runs on into the next; a short line ends its paragraph, and a list item starts its own.
 * Web paragraphs end in a full stop and headings are short, so one-paragraph-per-line copies are
 * never joined (the real and labelled corpora are pinned by their tests).
 */
import type { SourceLine } from './parseArticle.ts';

/** Fixed-width copies wrap at 60–80 columns; a web paragraph per line is nearly always longer. */
const MAX_WRAP_WIDTH = 100;
/** Narrower than this is a column of short lines (a list, a poem, a table), not a wrapped paragraph. */
const MIN_WRAP_WIDTH = 30;
/** A line counts as full when it and the next word reach this share of the block's longest line. */
const FULL_SHARE = 0.85;
/** A line that ends a sentence or a clause ("…restored." "…said:"). */
const SENTENCE_END = /[.!?…:;]["'“”‘’«»)\]]*$/u;
/** Starts a list item: a bullet or "1." / "2)". */
const LIST_ITEM = /^(?:[-*•·–—]\s|\d{1,3}[.)]\s)/u;

const firstWordLength = (text: string): number => (text.split(/\s/u)[0] ?? '').length;

/** Whether the line before `next` was broken only because `next`'s first word did not fit. */
function isFull(line: SourceLine, next: SourceLine, width: number): boolean {
  return !LIST_ITEM.test(next.text) && line.text.length + 1 + firstWordLength(next.text) > FULL_SHARE * width;
}

/** The rows of one block, split into the runs that form one paragraph each. */
function unwrapBlock(block: readonly SourceLine[]): SourceLine[][] {
  const width = Math.max(...block.map((row) => row.text.length));
  if (block.length < 2 || width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return block.map((row) => [row]);
  const full = block.slice(0, -1).map((row, index) => isFull(row, block[index + 1] as SourceLine, width));
  // A sentence that runs on in lower case across a full line: a list of short items set one per
  // line ("Tokayev says…" / "Putin says…") has full lines too, but each item starts a sentence.
  const wrapped = full.some(
    (isRowFull, index) => isRowFull && !SENTENCE_END.test((block[index] as SourceLine).text) && /^\p{Ll}/u.test((block[index + 1] as SourceLine).text),
  );
  if (!wrapped) return block.map((row) => [row]);
  const runs: SourceLine[][] = [];
  block.forEach((row, index) => {
    if (index > 0 && full[index - 1]) (runs.at(-1) as SourceLine[]).push(row);
    else runs.push([row]);
  });
  return runs;
}

/**
 * The text lines of an article (title, dek and removed lines left out), in order → the lines of
 * each paragraph-to-be: one line for a web copy's paragraph or a subhead, several for a paragraph
 * a fixed-width copy wrapped. Lines are adjacent when their raw line numbers follow each other.
 */
export function unwrapLines(rows: readonly SourceLine[]): SourceLine[][] {
  const runs: SourceLine[][] = [];
  let block: SourceLine[] = [];
  for (const row of rows) {
    const previous = block.at(-1);
    if (previous && row.line !== previous.line + 1) {
      runs.push(...unwrapBlock(block));
      block = [];
    }
    block.push(row);
  }
  if (block.length > 0) runs.push(...unwrapBlock(block));
  return runs;
}

/**
 * The paragraph text of a run of wrapped lines: joined by one space, except after a hyphen that
 * breaks a word ("so-" + "called" → "so-called"). No character of the lines is dropped.
 */
export function joinWrappedText(lines: readonly SourceLine[]): string {
  return lines.reduce((text, row, index) => {
    if (index === 0) return row.text;
    return /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(row.text) ? `${text}${row.text}` : `${text} ${row.text}`;
  }, '');
}
