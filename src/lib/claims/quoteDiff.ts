/**
 * quoteDiff: a word-level diff between two versions of the same quoted statement, as different
 * translations render it. Words are runs of non-space characters, so "2,030" and "coup," stay
 * whole (jsdiff's diffArrays over them); white space between words is not compared.
 */
import { diffArrays } from 'diff';

export interface DiffPart {
  /** The words of the part, joined by single spaces (parts are shown separated by a space). */
  text: string;
  /** `same` in both; `removed`: only in the first version; `added`: only in the second. */
  kind: 'same' | 'added' | 'removed';
}

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

export function quoteDiff(from: string, to: string): DiffPart[] {
  return diffArrays(words(from), words(to)).map((change) => ({
    text: change.value.join(' '),
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}

/**
 * Below this share of the shorter version's words in common, a word diff would strike one
 * version and underline the other; the two are shown side by side instead.
 */
export const MIN_SHARED_SHARE = 0.4;

export type WordingComparison =
  | { kind: 'diff'; parts: DiffPart[] }
  | { kind: 'apart'; shared: number; shorter: number };

/** A word diff when the versions share enough words to align, else "worded differently". */
export function compareWording(from: string, to: string, minShare = MIN_SHARED_SHARE): WordingComparison {
  const parts = quoteDiff(from, to);
  const shared = parts.filter((p) => p.kind === 'same').reduce((n, p) => n + words(p.text).length, 0);
  const shorter = Math.min(words(from).length, words(to).length);
  return shorter > 0 && shared / shorter >= minShare ? { kind: 'diff', parts } : { kind: 'apart', shared, shorter };
}
