/**
 * searchShards: the search file cut into small static files, so a query fetches only what it
 * needs (as Pagefind does), under /search-index/:
 *
 * - `manifest.json`: counts, the folder of this build's files, and which term shards and
 *   vocabulary files exist (so nothing is fetched that is not there);
 * - `<hash>/t/<key>.json`: a term shard: for every word whose shardKey is <key> (its first two
 *   letters, or first three digits for a number), its postings among claims and passages (ids as
 *   gaps, weights as integers). A common word's list is cut to the `postingsCap` records it weighs
 *   most, with its full count;
 * - `<hash>/v/<key>.json`: the words with a letter that start with the letter <key>, for typo
 *   corrections (they must share the first letter, so a typo'd word's shards are found from it);
 * - `<hash>/c/<g>.json`, `<hash>/p/<g>.json`: the fragment files of term shard number <g> (its
 *   place in the manifest's `terms`): the claims and the passages each of its words weighs most
 *   (its first `bundleDepth`, at most `bundleChars` of JSON a file), each as [position, record]. A
 *   query fetches them beside the shards of its words, in the same round: a one-word query's
 *   candidates are among its words' heaviest records (the engine ranks them by rarity × match
 *   quality × weight), so its first results need no further request;
 * - `<hash>/c/r/<n>.json`, `<hash>/p/r/<n>.json`: one claim or one passage, for the candidates
 *   the fragment files lack (records of several words, a phrase's). A record holds what fuse.js
 *   ranks it on and what a result shows (a claim's quotes, a passage's article title, outlet,
 *   section).
 *
 * The folder name is a hash of the whole file, so a browser never mixes files of two builds.
 * searchShardLoader.ts reads them back. Building is linear in the size of the search file.
 */
import { isNumericToken } from '../text/normalizeText.ts';
import { buildPostings, cutPostings, keyWeights, WEIGHT_SCALE, type Postings } from './searchPostings.ts';
import { CLAIM_KEYS, PASSAGE_KEYS, loadSearchData, quoteText, type ClaimDoc, type PassageDoc, type SearchData } from './searchRecords.ts';

/** Bumped when a file's shape changes. */
export const SHARDS_VERSION = 3;
/** Where the files are served. */
export const SHARDS_BASE = '/search-index/';
export const MANIFEST_URL = `${SHARDS_BASE}manifest.json`;
/** Longest postings list written per word and kind; longer ones keep the records they weigh most. */
export const DEFAULT_POSTINGS_CAP = 250;
/**
 * Records per word a fragment file holds: as many as the loader takes as candidates (at least
 * 10 a kind), so a one-word query's candidates are all there.
 */
export const DEFAULT_BUNDLE_DEPTH = 10;
/**
 * Most characters of JSON in one fragment file (about a quarter of it after gzip): a shard of
 * many words keeps fewer records per word, so a query of three words stays within its bytes.
 */
export const DEFAULT_BUNDLE_CHARS = 24_000;

export interface SearchManifest {
  v: typeof SHARDS_VERSION;
  /** This build's folder under SHARDS_BASE. */
  hash: string;
  articles: number;
  claims: number;
  passages: number;
  /** Keys of the term shards that exist. */
  terms: string[];
  /** First letters that have a vocabulary file. */
  vocab: string[];
}

/** [claim id gaps, claim weights, passage id gaps, passage weights, claim count, passage count]; the counts only when a list was cut. */
export type PostingsRow = [number[], number[], number[], number[]] | [number[], number[], number[], number[], number, number];
export type TermShard = Record<string, PostingsRow>;
/** A quote: passage, start, end (its place), text, article title, outlet. */
export type FragmentQuote = [number, number, number, string, string, string];
/** id, statement, topic, speaker, figure, sources, alt figures, quotes, sources it is counted against. */
export type ClaimFragment = [string, string, string, string, string | null, number, number[], FragmentQuote[], number];
/** article index, section index, paragraph number, text, article slug, title, outlet, section heading. */
export type PassageFragment = [number, number, number, string, string, string, string, string];
/** A fragment file: records with their positions. */
export type FragmentFile<F> = Array<[number, F]>;

const firstChars = (word: string, n: number): string => Array.from(word).slice(0, n).join('');
export const vocabKey = (word: string): string => firstChars(word, 1);
/** The shard a word's postings are in: a number by its first three digits, any other word by its first two characters. */
export const shardKey = (word: string): string => (isNumericToken(word) ? firstChars(word, 3) : firstChars(word, 2));
/** A key as a file name: itself when plain ASCII, else `_` and its code points in hex. */
export const keyFile = (key: string): string =>
  /^[a-z0-9]+$/u.test(key) ? key : `_${Array.from(key, (c) => (c.codePointAt(0) ?? 0).toString(16)).join('-')}`;

export const termPath = (hash: string, key: string): string => `${SHARDS_BASE}${hash}/t/${keyFile(key)}.json`;
export const vocabPath = (hash: string, key: string): string => `${SHARDS_BASE}${hash}/v/${keyFile(key)}.json`;
export const claimPath = (hash: string, position: number): string => `${SHARDS_BASE}${hash}/c/r/${position}.json`;
export const passagePath = (hash: string, position: number): string => `${SHARDS_BASE}${hash}/p/r/${position}.json`;
/** The fragment files of the term shard at `shard` in the manifest's `terms`. */
export const claimBundlePath = (hash: string, shard: number): string => `${SHARDS_BASE}${hash}/c/${shard}.json`;
export const passageBundlePath = (hash: string, shard: number): string => `${SHARDS_BASE}${hash}/p/${shard}.json`;

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell two builds apart. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const gaps = (ids: readonly number[]): number[] => ids.map((id, k) => (k === 0 ? id : id - (ids[k - 1] as number)));
export const ungap = (list: readonly number[]): number[] => {
  let at = 0;
  return list.map((gap) => (at += gap));
};

export function postingsRow(claims: Postings | undefined, passages: Postings | undefined): PostingsRow {
  const c = claims ?? { ids: [], weights: [], df: 0 };
  const p = passages ?? { ids: [], weights: [], df: 0 };
  const scaled = (list: Postings) => list.weights.map((w) => Math.round(w * WEIGHT_SCALE));
  const row: PostingsRow = [gaps(c.ids), scaled(c), gaps(p.ids), scaled(p)];
  return c.ids.length < c.df || p.ids.length < p.df ? [...row, c.df, p.df] : row;
}

export function rowPostings(row: PostingsRow): { claims: Postings; passages: Postings } {
  const [cIds, cWeights, pIds, pWeights, cDf, pDf] = row;
  const list = (ids: number[], weights: number[], df: number | undefined): Postings => ({
    ids: ungap(ids),
    weights: weights.map((w) => w / WEIGHT_SCALE),
    df: df ?? ids.length,
  });
  return { claims: list(cIds, cWeights, cDf), passages: list(pIds, pWeights, pDf) };
}

export interface ShardOptions {
  postingsCap?: number;
  bundleDepth?: number;
  bundleChars?: number;
}

/**
 * The records a fragment file holds: each word's heaviest first (rank 1 of every word, then rank
 * 2, …, to `depth`), while their sizes add up to at most `most`. Ranks as cutPostings does
 * (weight, then the earlier record).
 */
export function bundlePositions(lists: ReadonlyArray<Postings | undefined>, depth: number, most: number, size: (position: number) => number): number[] {
  const ranked = lists.flatMap((list) => (list ? [cutPostings(list, depth)] : [])).map((list) =>
    list.ids.map((_, k) => k).sort((a, b) => (list.weights[b] as number) - (list.weights[a] as number) || a - b).map((k) => list.ids[k] as number),
  );
  const chosen = new Set<number>();
  let used = 0;
  for (let rank = 0; rank < depth; rank += 1) {
    for (const order of ranked) {
      const id = order[rank];
      if (id === undefined || chosen.has(id)) continue;
      used += size(id);
      if (used > most) return [...chosen].sort((a, b) => a - b);
      chosen.add(id);
    }
  }
  return [...chosen].sort((a, b) => a - b);
}

/**
 * Writes every file of the sharded index through `write` (path under SHARDS_BASE, JSON text),
 * the manifest last, and returns the manifest. `fileText` is the search file as served, hashed
 * for the folder name.
 */
export function writeShards(file: SearchData, fileText: string, write: (path: string, body: string) => void, options: ShardOptions = {}): SearchManifest {
  const cap = options.postingsCap ?? DEFAULT_POSTINGS_CAP;
  const depth = options.bundleDepth ?? DEFAULT_BUNDLE_DEPTH;
  const most = options.bundleChars ?? DEFAULT_BUNDLE_CHARS;
  // The folder name changes whenever what a file under it means could: the data, the layout's
  // version and the cutting options. A browser or cache holding an older folder never reads a
  // file of one layout as another.
  const hash = contentHash(`${SHARDS_VERSION}\n${JSON.stringify([cap, depth, most])}\n${fileText}`);
  const data = loadSearchData(file);
  const claimPostings = buildPostings(data.claims.index.records, keyWeights(data.claims.index, CLAIM_KEYS));
  const passagePostings = buildPostings(data.passages.index.records, keyWeights(data.passages.index, PASSAGE_KEYS));

  const shards = new Map<string, TermShard>();
  /** Each shard's words' lists (as cut: the heaviest records are kept), for its fragment files. */
  const shardLists = new Map<string, Array<[Postings | undefined, Postings | undefined]>>();
  const vocab = new Map<string, string[]>();
  for (const word of new Set([...claimPostings.keys(), ...passagePostings.keys()])) {
    const key = shardKey(word);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = {})), shardLists.set(key, []);
    const c = claimPostings.get(word);
    const p = passagePostings.get(word);
    const lists: [Postings | undefined, Postings | undefined] = [c && cutPostings(c, cap), p && cutPostings(p, cap)];
    shardLists.get(key)?.push(lists);
    shard[word] = postingsRow(...lists);
    if (/\p{L}/u.test(word)) {
      const first = vocabKey(word);
      let words = vocab.get(first);
      if (!words) vocab.set(first, (words = []));
      words.push(word);
    }
  }
  const terms = [...shards.keys()].sort();
  for (const [key, shard] of shards) write(termPath(hash, key), JSON.stringify(shard));
  for (const [key, words] of vocab) write(vocabPath(hash, key), JSON.stringify(words.sort()));

  const claimText = data.claims.docs.map((doc) => JSON.stringify(claimFragment(data, doc)));
  const passageText = data.passages.docs.map((doc) => JSON.stringify(passageFragment(data, doc)));
  claimText.forEach((text, position) => write(claimPath(hash, position), text));
  passageText.forEach((text, position) => write(passagePath(hash, position), text));
  // Each record's JSON is made once and pasted into the fragment files that hold it.
  const bundle = (positions: readonly number[], texts: readonly string[]) => `[${positions.map((i) => `[${i},${texts[i] as string}]`).join(',')}]`;
  terms.forEach((key, shard) => {
    const lists = shardLists.get(key) ?? [];
    const claimsOf = bundlePositions(lists.map((l) => l[0]), Math.min(depth, cap), most, (i) => (claimText[i] as string).length);
    const passagesOf = bundlePositions(lists.map((l) => l[1]), Math.min(depth, cap), most, (i) => (passageText[i] as string).length);
    write(claimBundlePath(hash, shard), bundle(claimsOf, claimText));
    write(passageBundlePath(hash, shard), bundle(passagesOf, passageText));
  });
  const manifest: SearchManifest = {
    v: SHARDS_VERSION,
    hash,
    articles: data.articleCount,
    claims: data.claims.docs.length,
    passages: data.passages.docs.length,
    terms,
    vocab: [...vocab.keys()].sort(),
  };
  write(MANIFEST_URL, JSON.stringify(manifest));
  return manifest;
}

function claimFragment(data: ReturnType<typeof loadSearchData>, doc: ClaimDoc): ClaimFragment {
  const quotes = doc.quotes.map((ref): FragmentQuote => {
    const article = data.articles[data.passages.docs[ref[0]]?.a ?? -1];
    return [ref[0], ref[1], ref[2], quoteText(data, ref), article?.title ?? '', article?.outlet ?? ''];
  });
  return [doc.id, doc.statement, doc.topic, doc.speaker, doc.figure, doc.sources, doc.alt, quotes, doc.of];
}

function passageFragment(data: ReturnType<typeof loadSearchData>, doc: PassageDoc): PassageFragment {
  const article = data.articles[doc.a];
  return [doc.a, doc.s, doc.p, doc.t, article?.slug ?? '', article?.title ?? '', article?.outlet ?? '', article?.sections[doc.s] ?? ''];
}
