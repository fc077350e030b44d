/**
 * searchWarmUp: the query the loader runs once, unseen, when the search box gets focus, so the
 * first real keystroke finds the engine's code compiled (a fresh page's first search spends
 * most of its CPU compiling it; once run, the same work takes a fraction of that).
 *
 * Chosen at build time from the index itself, to cost the fewest bytes while running what a
 * query of several words runs: two words of one term shard without part files that share a
 * claim (and, if any two do, a passage), neither a stop word nor the start of the other, neither
 * with a typo correction or synonym in another shard. It runs with WARM_UP_CANDIDATES candidates
 * a kind, so it fetches that shard, its summary fragment file, for a word long enough to forgive
 * typos its letter's vocabulary, and at most that many records a kind that the summary lacks;
 * of the pairs, the one whose files are smallest. Returns '' when no shard has such a pair (the
 * loader then does no warm-up).
 */
import { allowedEdits, parseQuery, prefixEditDistance } from './searchQuery.ts';
import { firstChar } from './searchEngine.ts';
import { synonymsOf } from './searchSynonyms.ts';

/** Candidates a kind the warm-up query fetches and ranks: enough to run every step of a query. */
export const WARM_UP_CANDIDATES = 2;

export interface WarmUpShard {
  key: string;
  /** Characters of the shard's file and its summary fragment file together. */
  chars: number;
  words: readonly string[];
  hasParts: boolean;
  /** The positions its summary fragment file holds, by kind. */
  summary: { claims: ReadonlySet<number>; passages: ReadonlySet<number> };
}

export interface WarmUpIndex {
  shards: readonly WarmUpShard[];
  /** A word's record positions (ascending), or undefined. */
  claimIds(word: string): readonly number[] | undefined;
  passageIds(word: string): readonly number[] | undefined;
  /** Characters of a record's own file. */
  recordChars(kind: 'claims' | 'passages', position: number): number;
  /** The words with a letter that start with `letter` (what typo corrections are drawn from). */
  wordsStartingWith(letter: string): readonly string[];
  /** The shard a word is in. */
  shardKey(word: string): string;
}

/** Shards looked at, smallest first: enough to find a pair, bounded at any corpus size. */
const SHARDS_TRIED = 200;
/** Words of one shard paired. */
const WORDS_TRIED = 40;

/** The positions two ascending lists share. */
const common = (a: readonly number[] | undefined, b: readonly number[] | undefined): number[] => {
  const both: number[] = [];
  if (!a || !b) return both;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) both.push(x);
    if (x <= y) i += 1;
    if (y <= x) j += 1;
  }
  return both;
};

interface Pair {
  query: string;
  key: string;
  words: [string, string];
  chars: number;
  /** Whether the two words share a passage too. */
  passage: boolean;
}

export function warmUpQuery(index: WarmUpIndex): string {
  const pairs: Pair[] = [];
  const eligible = index.shards
    .filter((shard) => !shard.hasParts && /^\p{L}{2}$/u.test(shard.key))
    .sort((a, b) => a.chars - b.chars || (a.key < b.key ? -1 : 1))
    .slice(0, SHARDS_TRIED);
  for (const shard of eligible) {
    // What the records the summary lacks would cost: at most WARM_UP_CANDIDATES of them, the largest.
    const lacking = (ids: readonly number[], kind: 'claims' | 'passages') =>
      ids
        .filter((id) => !shard.summary[kind].has(id))
        .map((id) => index.recordChars(kind, id))
        .sort((x, y) => y - x)
        .slice(0, WARM_UP_CANDIDATES)
        .reduce((sum, chars) => sum + chars, 0);
    const words = shard.words
      .filter((word) => /^\p{L}{3,}$/u.test(word) && parseQuery(word).terms[0] === word && index.claimIds(word) !== undefined)
      .sort()
      .slice(0, WORDS_TRIED);
    for (const [k, a] of words.entries()) {
      for (const b of words.slice(k + 1)) {
        if (a.startsWith(b) || b.startsWith(a)) continue;
        const claims = common(index.claimIds(a), index.claimIds(b));
        if (claims.length === 0) continue;
        const passages = common(index.passageIds(a), index.passageIds(b));
        // With no passage of both, the engine takes those with either word.
        const either = passages.length > 0 ? passages : [...new Set([...(index.passageIds(a) ?? []), ...(index.passageIds(b) ?? [])])];
        const chars = shard.chars + lacking(claims, 'claims') + lacking(either, 'passages');
        pairs.push({ query: `${a} ${b}`, key: shard.key, words: [a, b], chars, passage: passages.length > 0 });
      }
    }
  }
  const checked = new Map<string, boolean>();
  // Looked at only for the pairs in order: a long word is compared with its letter's whole vocabulary.
  const staysInShard = (word: string, key: string): boolean => {
    let stays = checked.get(word);
    if (stays !== undefined) return stays;
    const edits = allowedEdits(word);
    stays =
      synonymsOf(word).every((other) => index.shardKey(other) === key) &&
      (edits === 0 || index.wordsStartingWith(firstChar(word)).every((other) => index.shardKey(other) === key || prefixEditDistance(word, other, edits) > edits));
    checked.set(word, stays);
    return stays;
  };
  pairs.sort((x, y) => Number(y.passage) - Number(x.passage) || x.chars - y.chars || (x.query < y.query ? -1 : 1));
  for (const pair of pairs) {
    const terms = parseQuery(pair.query).terms;
    if (terms.length !== 2 || terms[0] !== pair.words[0] || terms[1] !== pair.words[1]) continue;
    if (staysInShard(pair.words[0], pair.key) && staysInShard(pair.words[1], pair.key)) return pair.query;
  }
  return '';
}
