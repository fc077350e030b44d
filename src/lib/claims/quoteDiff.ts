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
