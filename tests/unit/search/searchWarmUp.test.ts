import { describe, expect, it } from 'vitest';
import { warmUpQuery, type WarmUpIndex, type WarmUpShard } from '../../../src/lib/search/searchWarmUp.ts';
import { shardKey } from '../../../src/lib/search/searchShards.ts';

/** An index from words' claim and passage positions; shards and vocabularies follow from the words. */
function indexOf(words: Record<string, [number[], number[]]>, chars: Record<string, number> = {}, withParts: string[] = [], notInSummary: number[] = []): WarmUpIndex {
  const byShard = new Map<string, string[]>();
  for (const word of Object.keys(words)) byShard.set(shardKey(word), [...(byShard.get(shardKey(word)) ?? []), word]);
  // Each summary holds its words' records, but those listed in notInSummary.
  const held = (list: string[], kind: 0 | 1) => new Set(list.flatMap((word) => words[word]?.[kind] ?? []).filter((id) => !notInSummary.includes(id)));
  const shards: WarmUpShard[] = [...byShard].map(([key, list]) => ({
    key,
    chars: chars[key] ?? 1000,
    words: list,
    hasParts: withParts.includes(key),
    summary: { claims: held(list, 0), passages: held(list, 1) },
  }));
  return {
    shards,
    claimIds: (word) => (words[word]?.[0].length ? words[word]?.[0] : undefined),
    passageIds: (word) => (words[word]?.[1].length ? words[word]?.[1] : undefined),
    recordChars: () => 300,
    wordsStartingWith: (letter) => Object.keys(words).filter((word) => word.startsWith(letter)),
    shardKey,
  };
}

describe('warmUpQuery', () => {
  it('takes two words of the smallest shard that share a claim and a passage', () => {
    const index = indexOf(
      { troops: [[1, 4], [2]], troika: [[4], [2]], border: [[7], [3]], boring: [[7], [3]] },
      { tr: 500, bo: 200 },
    );
    expect(warmUpQuery(index)).toBe('border boring');
  });

  it('passes over a shard with parts, words that share no claim, and stop words', () => {
    expect(warmUpQuery(indexOf({ border: [[7], [3]], boring: [[7], [3]] }, {}, ['bo']))).toBe('');
    expect(warmUpQuery(indexOf({ border: [[1], [3]], boring: [[2], [3]] }))).toBe('');
    // "they" is a stop word: a query of it and another word would run as one word.
    expect(warmUpQuery(indexOf({ they: [[1], [1]], thesis: [[1], [1]] }))).toBe('');
  });

  it('counts the records its summary lacks, at most WARM_UP_CANDIDATES a kind, into what a pair costs', () => {
    const words: Record<string, [number[], number[]]> = { border: [[7], [3, 8]], boring: [[7], [3]], crisis: [[5], [5]], critic: [[5], [5]] };
    expect(warmUpQuery(indexOf(words, { bo: 100, cr: 350 }))).toBe('border boring');
    // Passage 3, which both words share, would come as a record of its own (300 characters): 400 > 350.
    expect(warmUpQuery(indexOf(words, { bo: 100, cr: 350 }, [], [3]))).toBe('crisis critic');
    // Passage 8, which only one of them has, is not taken: both words share passage 3.
    expect(warmUpQuery(indexOf(words, { bo: 100, cr: 350 }, [], [8]))).toBe('border boring');
    // Ten shared claims the summary lacks cost two records, not ten: 100 + 2 × 300 + 300 (passage 3) < 1,200.
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const many: Record<string, [number[], number[]]> = { border: [ten, [3]], boring: [ten, [3]], crisis: [[20], [20]], critic: [[20], [20]] };
    expect(warmUpQuery(indexOf(many, { bo: 100, cr: 1200 }, [], ten))).toBe('border boring');
    expect(warmUpQuery(indexOf(many, { bo: 100, cr: 900 }, [], ten))).toBe('crisis critic');
  });

  it('passes over a word whose typo corrections are in another shard (their shard would be fetched too)', () => {
    // "bqrder" is one edit from "border" and in shard "bq".
    const index = indexOf({ border: [[7], [3]], boring: [[7], [3]], bqrder: [[9], [9]], crisis: [[5], [5]], critic: [[5], [5]] }, { bo: 10, cr: 900 });
    expect(warmUpQuery(index)).toBe('crisis critic');
  });

  it('prefers a pair with a passage in common, else takes one with a claim only', () => {
    expect(warmUpQuery(indexOf({ border: [[7], [3]], boring: [[7], [4]], crisis: [[5], [5]], critic: [[5], [5]] }, { bo: 10, cr: 900 }))).toBe('crisis critic');
    expect(warmUpQuery(indexOf({ border: [[7], [3]], boring: [[7], [4]] }))).toBe('border boring');
  });

  it('takes no word that is the start of the other (one would stand for both)', () => {
    expect(warmUpQuery(indexOf({ bord: [[7], [3]], border: [[7], [3]] }))).toBe('');
  });
});
