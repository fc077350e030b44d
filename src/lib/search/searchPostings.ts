/**
 * searchPostings: the word index of one kind of record (claims or passages): for each normalised
 * word, the records it occurs in and, per record, the best field weight × field-length norm among
 * the fields it occurs in (as fuse.js weighs a match). The engine picks its candidates with it.
 *
 * Built once from the fuse.js index records, by the engine in memory (the whole file) and by the
 * shard builder (written per term prefix). Weights are rounded to 1/10,000 in both, so a sharded
 * search ranks its candidates exactly as the in-memory one does. A list may be cut to the records
 * it weighs most (`cutPostings`): `df` still says how many records hold the word.
 */
import { tokenize } from '../text/normalizeText.ts';
import type { FuseIndexJson, IndexEntry, IndexRecord, SearchKey } from './searchRecords.ts';

export interface Postings {
  /** Record positions, ascending. */
  ids: number[];
  /** Weight per record, in the order of `ids`. */
  weights: number[];
  /** Records holding the word in the whole corpus; more than `ids.length` when the list was cut. */
  df: number;
}

/** Weights are stored as integers of this many parts (4 decimals). */
export const WEIGHT_SCALE = 10_000;

/** The entries of a record's field (one, or one per array element). */
export function fieldEntries(record: IndexRecord, keyIndex: number): IndexEntry[] {
  const entry = record.$[keyIndex];
  return entry ? (Array.isArray(entry) ? entry : [entry]) : [];
}

/** Each index key's share of the total weight, in the index's key order. */
export function keyWeights(index: Pick<FuseIndexJson, 'keys'>, keys: readonly SearchKey[]): number[] {
  const total = keys.reduce((sum, key) => sum + key.weight, 0);
  return index.keys.map((key) => (keys.find((k) => k.name === key.id)?.weight ?? 0) / total);
}

/** The word index of records whose entries carry their normalised text (`v`). */
export function buildPostings(records: ReadonlyArray<IndexRecord | undefined>, weights: readonly number[]): Map<string, Postings> {
  const builder = postingsBuilder(weights);
  for (let position = 0; position < records.length; position += 1) {
    const record = records[position];
    if (record) builder.add(position, record);
  }
  return builder.postings;
}

/**
 * The same, one record at a time in ascending positions (the shard cut streams the records in:
 * it keeps the postings, not the text).
 */
export function postingsBuilder(weights: readonly number[]): { postings: Map<string, Postings>; add(position: number, record: IndexRecord): void } {
  const postings = new Map<string, Postings>();
  // Context fields (an article's title, section, outlet) repeat: split each distinct short text
  // once. Bounded, so a streamed corpus does not keep every short text it has seen.
  let words = new Map<string, string[]>();
  const wordsOf = (text: string) => {
    let list = words.get(text);
    if (!list) {
      if (words.size >= 20_000) words = new Map();
      words.set(text, (list = tokenize(text)));
    }
    return list;
  };
  const add = (position: number, record: IndexRecord) => {
    for (let keyIndex = 0; keyIndex < weights.length; keyIndex += 1) {
      for (const { v = '', n } of fieldEntries(record, keyIndex)) {
        const weight = Math.round((weights[keyIndex] as number) * n * WEIGHT_SCALE) / WEIGHT_SCALE;
        for (const word of v.length < 120 ? wordsOf(v) : tokenize(v)) {
          let list = postings.get(word);
          if (!list) postings.set(word, (list = { ids: [], weights: [], df: 0 }));
          const last = list.ids.length - 1;
          if (list.ids[last] !== position) {
            list.ids.push(position);
            list.weights.push(weight);
            list.df += 1;
          } else if ((list.weights[last] as number) < weight) list.weights[last] = weight;
        }
      }
    }
  };
  return { postings, add };
}

/**
 * The `cap` records a list weighs most (ties: the earlier record), still in ascending order.
 * A common word's candidates are the records where it counts most: short fields, heavy keys.
 */
export function cutPostings(list: Postings, cap: number): Postings {
  if (list.ids.length <= cap) return list;
  const order = list.ids.map((_, k) => k).sort((a, b) => (list.weights[b] as number) - (list.weights[a] as number) || a - b);
  const kept = order.slice(0, cap).sort((a, b) => a - b);
  return { ids: kept.map((k) => list.ids[k] as number), weights: kept.map((k) => list.weights[k] as number), df: list.df };
}

/** A record's weight in a postings list (ids ascending), 0 if it is not there. */
export function weightOf(list: Postings, id: number): number {
  let low = 0;
  let high = list.ids.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = list.ids[mid] as number;
    if (at === id) return list.weights[mid] as number;
    if (at < id) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}
