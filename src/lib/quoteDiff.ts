/**
 * quoteDiff: a word-level diff between two versions of the same quoted statement, as different
 * translations render it (jsdiff's diffWords, case kept, white space ignored).
 */
import { diffWords } from 'diff';

export interface DiffPart {
  text: string;
  /** `same` in both; `removed`: only in the first version; `added`: only in the second. */
  kind: 'same' | 'added' | 'removed';
}

export function quoteDiff(from: string, to: string): DiffPart[] {
  return diffWords(from, to).map((change) => ({
    text: change.value,
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}
