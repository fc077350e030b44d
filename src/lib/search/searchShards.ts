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
 * - `<hash>/c/<n>.json`, `<hash>/p/<n>.json`: one claim or one passage, with what fuse.js ranks
 *   it on and what a result shows (a claim's quotes, a passage's article title, outlet, section).
 *
 * The folder name is a hash of the whole file, so a browser never mixes files of two builds.
 * searchShardLoader.ts reads them back. Building is linear in the size of the search file.
 */
import { isNumericToken } from '../text/normalizeText.ts';
import { buildPostings, cutPostings, keyWeights, WEIGHT_SCALE, type Postings } from './searchPostings.ts';
import { CLAIM_KEYS, PASSAGE_KEYS, loadSearchData, quoteText, type ClaimDoc, type SearchData } from './searchRecords.ts';

/** Bumped when a file's shape changes. */
export const SHARDS_VERSION = 2;
/** Where the files are served. */
export const SHARDS_BASE = '/search-index/';
export const MANIFEST_URL = `${SHARDS_BASE}manifest.json`;
/** Longest postings list written per word and kind; longer ones keep the records they weigh most. */
export const DEFAULT_POSTINGS_CAP = 250;

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
/** id, statement, topic, speaker, figure, sources, alt figures, quotes. */
export type ClaimFragment = [string, string, string, string, string | null, number, number[], FragmentQuote[]];
/** article index, section index, paragraph number, text, article slug, title, outlet, section heading. */
export type PassageFragment = [number, number, number, string, string, string, string, string];

const firstChars = (word: string, n: number): string => Array.from(word).slice(0, n).join('');
export const vocabKey = (word: string): string => firstChars(word, 1);
/** The shard a word's postings are in: a number by its first three digits, any other word by its first two characters. */
export const shardKey = (word: string): string => (isNumericToken(word) ? firstChars(word, 3) : firstChars(word, 2));
/** A key as a file name: itself when plain ASCII, else `_` and its code points in hex. */
export const keyFile = (key: string): string =>
  /^[a-z0-9]+$/u.test(key) ? key : `_${Array.from(key, (c) => (c.codePointAt(0) ?? 0).toString(16)).join('-')}`;

export const termPath = (hash: string, key: string): string => `${SHARDS_BASE}${hash}/t/${keyFile(key)}.json`;
export const vocabPath = (hash: string, key: string): string => `${SHARDS_BASE}${hash}/v/${keyFile(key)}.json`;
export const claimPath = (hash: string, position: number): string => `${SHARDS_BASE}${hash}/c/${position}.json`;
export const passagePath = (hash: string, position: number): string => `${SHARDS_BASE}${hash}/p/${position}.json`;

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
}

/**
 * Writes every file of the sharded index through `write` (path under SHARDS_BASE, JSON text),
 * the manifest last, and returns the manifest. `fileText` is the search file as served, hashed
 * for the folder name.
 */
export function writeShards(file: SearchData, fileText: string, write: (path: string, body: string) => void, options: ShardOptions = {}): SearchManifest {
  const cap = options.postingsCap ?? DEFAULT_POSTINGS_CAP;
  const hash = contentHash(fileText);
  const data = loadSearchData(file);
  const claimPostings = buildPostings(data.claims.index.records, keyWeights(data.claims.index, CLAIM_KEYS));
  const passagePostings = buildPostings(data.passages.index.records, keyWeights(data.passages.index, PASSAGE_KEYS));

  const shards = new Map<string, TermShard>();
  const vocab = new Map<string, string[]>();
  for (const word of new Set([...claimPostings.keys(), ...passagePostings.keys()])) {
    const key = shardKey(word);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = {}));
    const c = claimPostings.get(word);
    const p = passagePostings.get(word);
    shard[word] = postingsRow(c && cutPostings(c, cap), p && cutPostings(p, cap));
    if (/\p{L}/u.test(word)) {
      const first = vocabKey(word);
      let words = vocab.get(first);
      if (!words) vocab.set(first, (words = []));
      words.push(word);
    }
  }
  for (const [key, shard] of shards) write(termPath(hash, key), JSON.stringify(shard));
  for (const [key, words] of vocab) write(vocabPath(hash, key), JSON.stringify(words.sort()));

  data.claims.docs.forEach((doc, position) => write(claimPath(hash, position), JSON.stringify(claimFragment(data, doc))));
  data.passages.docs.forEach((doc, position) => {
    const article = data.articles[doc.a];
    const fragment: PassageFragment = [doc.a, doc.s, doc.p, doc.t, article?.slug ?? '', article?.title ?? '', article?.outlet ?? '', article?.sections[doc.s] ?? ''];
    write(passagePath(hash, position), JSON.stringify(fragment));
  });
  const manifest: SearchManifest = {
    v: SHARDS_VERSION,
    hash,
    articles: data.articleCount,
    claims: data.claims.docs.length,
    passages: data.passages.docs.length,
    terms: [...shards.keys()].sort(),
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
  return [doc.id, doc.statement, doc.topic, doc.speaker, doc.figure, doc.sources, doc.alt, quotes];
}
