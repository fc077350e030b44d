/**
 * searchWarmUp: the query the loader runs once, unseen, when the search box gets focus, so the
 * first real keystroke finds the engine's code compiled (a fresh page's first search spends
 * most of its CPU compiling it; once run, the same work takes a fraction of that).
 *
 * Chosen at build time from the index itself, to cost the fewest bytes while running what a
 * query of several words runs: two words of one small term shard (no part files) that share a
 * claim (and, if any do, a passage), neither a stop word, and neither with a typo correction,
 * prefix or synonym in another shard. So the warm-up fetches that shard, its summary fragment
 * file and, for a word long enough to forgive typos, its letter's vocabulary: nothing else.
 * Returns '' when no shard has such a pair (the loader then does no warm-up).
 */
import { allowedEdits, parseQuery, prefixEditDistance } from './searchQuery.ts';
import { synonymsOf } from './searchSynonyms.ts';

export interface WarmUpShard {
  key: string;
  /** Characters of the shard's file and its summary fragment file together. */
  chars: number;
  words: readonly string[];
  hasParts: boolean;
}

export interface WarmUpIndex {
  shards: readonly WarmUpShard[];
  /** A word's record positions (ascending), or undefined. */
  claimIds(word: string): readonly number[] | undefined;
  passageIds(word: string): readonly number[] | undefined;
  /** The words with a letter that start with `letter` (what typo corrections are drawn from). */
  wordsStartingWith(letter: string): readonly string[];
  /** The shard a word is in. */
  shardKey(word: string): string;
}

/** Shards looked at, smallest first: enough to find a pair, bounded at any corpus size. */
const SHARDS_TRIED = 200;
/** Words of one shard paired. */
const WORDS_TRIED = 40;

const intersects = (a: readonly number[] | undefined, b: readonly number[] | undefined): boolean => {
  if (!a || !b) return false;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return true;
    if (x < y) i += 1;
    else j += 1;
  }
  return false;
};

export function warmUpQuery(index: WarmUpIndex): string {
  const checked = new Map<string, boolean>();
  // Looked at only for words that pair: a long word is compared with its whole letter's vocabulary.
  const staysInShard = (word: string, key: string): boolean => {
    let stays = checked.get(word);
    if (stays !== undefined) return stays;
    const edits = allowedEdits(word);
    const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
    stays =
      synonymsOf(word).every((other) => index.shardKey(other) === key) &&
      (edits === 0 || index.wordsStartingWith(first).every((other) => index.shardKey(other) === key || prefixEditDistance(word, other, edits) > edits));
    checked.set(word, stays);
    return stays;
  };
  const eligible = index.shards
    .filter((shard) => !shard.hasParts && /^\p{L}{2}$/u.test(shard.key))
    .sort((a, b) => a.chars - b.chars || (a.key < b.key ? -1 : 1))
    .slice(0, SHARDS_TRIED);
  let claimsOnly = '';
  for (const shard of eligible) {
    const words = shard.words
      .filter((word) => /^\p{L}{3,}$/u.test(word) && parseQuery(word).terms[0] === word && index.claimIds(word) !== undefined)
      .sort()
      .slice(0, WORDS_TRIED);
    for (const [k, a] of words.entries()) {
      for (const b of words.slice(k + 1)) {
        if (a.startsWith(b) || b.startsWith(a) || !intersects(index.claimIds(a), index.claimIds(b))) continue;
        if (!staysInShard(a, shard.key) || !staysInShard(b, shard.key)) continue;
        const query = `${a} ${b}`;
        const terms = parseQuery(query).terms;
        if (terms.length !== 2 || terms[0] !== a || terms[1] !== b) continue;
        if (intersects(index.passageIds(a), index.passageIds(b))) return query;
        claimsOnly ||= query;
      }
    }
  }
  return claimsOnly;
}
