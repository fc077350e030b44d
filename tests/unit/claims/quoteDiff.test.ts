import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareWording, quoteDiff, type DiffPart } from '../../../src/lib/claims/quoteDiff.ts';

const words = (text: string) => text.split(/\s+/u).filter(Boolean);
/** The words of the parts of the given kinds, in order. */
const wordsOf = (parts: DiffPart[], kinds: DiffPart['kind'][]) =>
  parts.filter((p) => kinds.includes(p.kind)).flatMap((p) => words(p.text));

describe('quoteDiff', () => {
  it('identical texts give one `same` part with the whole text', () => {
    expect(quoteDiff('an attempted coup', 'an attempted coup')).toEqual([{ text: 'an attempted coup', kind: 'same' }]);
  });

  it('ignores differences in white space between words', () => {
    expect(quoteDiff('an  attempted\ncoup ', ' an attempted coup')).toEqual([{ text: 'an attempted coup', kind: 'same' }]);
  });

  it('keeps numbers with separators whole: "2,030 soldiers" vs "2,500 peacekeepers"', () => {
    const parts = quoteDiff('sent 2,030 soldiers to Almaty', 'sent 2,500 peacekeepers to Almaty');
    expect(parts.map((p) => ({ ...p, text: p.text.trim() }))).toEqual([
      { text: 'sent', kind: 'same' },
      { text: '2,030 soldiers', kind: 'removed' },
      { text: '2,500 peacekeepers', kind: 'added' },
      { text: 'to Almaty', kind: 'same' },
    ]);
  });

  it('never splits a word with punctuation: "coup," stays one word', () => {
    const parts = quoteDiff('an attempted coup, he said', 'an attempted coup he said');
    expect(wordsOf(parts, ['removed'])).toEqual(['coup,']);
    expect(wordsOf(parts, ['added'])).toEqual(['coup']);
  });

  it('marks words only in the second text as added, only in the first as removed', () => {
    const parts = quoteDiff('a coup attempt', 'a coup attempt by armed fighters');
    expect(parts.map((p) => [p.kind, p.text.trim()])).toEqual([
      ['same', 'a coup attempt'],
      ['added', 'by armed fighters'],
    ]);
    expect(quoteDiff('a b c', 'a c').map((p) => [p.kind, p.text.trim()])).toEqual([
      ['same', 'a'],
      ['removed', 'b'],
      ['same', 'c'],
    ]);
  });

  it('property: same + removed parts rebuild the first text’s words, same + added the second’s', () => {
    const word = fc.constantFrom('the', 'coup', '2,030', 'soldiers', 'attempt,', '“armed', 'fighters”', 'Almaty.');
    const text = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(text, text, (from, to) => {
        const parts = quoteDiff(from, to);
        expect(wordsOf(parts, ['same', 'removed'])).toEqual(words(from));
        expect(wordsOf(parts, ['same', 'added'])).toEqual(words(to));
      }),
    );
  });
});

describe('compareWording', () => {
  it('diffs versions that share enough words', () => {
    const result = compareWording('sent 2,030 soldiers to Almaty', 'sent 2,500 soldiers to Almaty');
    expect(result.kind).toBe('diff');
  });

  it('puts versions with too few words in common side by side', () => {
    expect(compareWording('The CSTO mission includes 2,030 soldiers', 'which dispatched 2,500 peacekeepers to the region')).toEqual({
      kind: 'apart',
      shared: 0,
      shorter: 6,
    });
    expect(compareWording('a b c d e', 'a x y z w')).toEqual({ kind: 'apart', shared: 1, shorter: 5 });
    expect(compareWording('a b c d e', 'a b x y z').kind).toBe('diff');
  });
});
