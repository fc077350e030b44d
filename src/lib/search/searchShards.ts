/**
 * searchShards: the search file cut into small static files, so a query fetches only what it
 * needs (as Pagefind does), under /search-index/:
 *
 * - `manifest.json`: counts, the folder of this build's files, which term shards and
 *   vocabulary files exist (so nothing is fetched that is not there), and the query the loader
 *   runs unseen on opening to compile its code (searchWarmUp.ts);
 * - `<hash>/t/<key>.json`: a term shard: for every word whose shardKey is <key> (its first two
 *   letters, or first three digits for a number), its postings among claims and passages (ids as
 *   gaps, weights as integers). A common word's list is cut to the `postingsCap` records it weighs
 *   most, with its full count;
 * - `<hash>/v/<key>.json`: the words with a letter that start with the letter <key>, for typo
 *   corrections (they must share the first letter, so a typo'd word's shards are found from it);
 * - `<hash>/c/<g>.json`: the summary fragment file of term shard number <g> (its place in the
 *   manifest's `terms`): the claims and the passages each of its words weighs most (its first
 *   `bundleDepth`, rank by rank over the words, at most `bundleChars` of JSON a kind), each as
 *   [position, record], as [claims, passages];
 * - `<hash>/p/<m>.json`: part files. A shard whose words' first `bundleDepth` records do not fit
 *   in its summary gets a part for each of its heaviest groups of words with one partKey (first
 *   three characters; a number's first four), holding every word of the group's first
 *   `bundleDepth` (up to PART_ROOM × `bundleChars`), until the other words fit in the summary.
 *   The manifest's `parts` names each shard's parts by that last character. A query fetches,
 *   beside the shard of each word, the word's part (or, without one, its shard's summary) in the
 *   same round: a one-word query's candidates are its words' heaviest records (the engine ranks
 *   them by rarity × match quality × weight), so its first results need no further request. The
 *   term shard lists the positions each of its fragment files holds (key ""), so the loader asks
 *   for the other candidates without waiting for them;
 * - `<hash>/k/<g>.json`: the prefix file of a term shard with parts: the records a query word of
 *   just the shard's two letters takes as candidates (it stands for every word of the shard,
 *   whose heaviest records are in the parts): the first `bundleDepth` by match quality × weight
 *   over all the shard's words, as the engine ranks them. Such a word fetches it instead of the
 *   summary, so the second letter typed needs no second round;
 * - `<hash>/c/r/<n>.json`, `<hash>/p/r/<n>.json`: one claim or one passage, for the candidates
 *   the fragment files lack (records of several words, a phrase's). A record holds what fuse.js
 *   ranks it on and what a result shows (a claim's quotes, a passage's article title, outlet,
 *   section).
 *
 * The folder name is a hash of the whole file, so a browser never mixes files of two builds.
 * searchShardLoader.ts reads them back. Building is linear in the size of the search file;
 * `shardCut` takes the records one at a time and keeps their postings, not their text
 * (searchShardCut.ts streams the file into it).
 */
import { isNumericToken } from '../text/normalizeText.ts';
import { cutPostings, keyWeights, postingsBuilder, WEIGHT_SCALE, type Postings } from './searchPostings.ts';
import { warmUpQuery, type WarmUpShard } from './searchWarmUp.ts';
import { CLAIM_KEYS, PASSAGE_KEYS, loadSearchData, quoteText, type ArticleRef, type ClaimDoc, type IndexRecord, type PassageDoc, type QuoteRef, type SearchData } from './searchRecords.ts';

/** Bumped when a file's shape changes. */
export const SHARDS_VERSION = 6;
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
  /**
   * Term shards with part files: the last character of each part's partKey, in order (a word
   * whose partKey is not there is in its shard's summary).
   */
  parts: Record<string, string>;
  /** The query the loader runs unseen on opening, to compile the engine's code (searchWarmUp.ts); '' for none. */
  warm: string;
}

/** [claim id gaps, claim weights, passage id gaps, passage weights, claim count, passage count]; the counts only when a list was cut. */
export type PostingsRow = [number[], number[], number[], number[]] | [number[], number[], number[], number[], number, number];
/**
 * The key of a term shard's entry that lists what its fragment files hold, each as [claim
 * positions, passage positions] (gaps): its summary file first, then its parts and its prefix
 * file, if it has parts.
 */
export const BUNDLE_KEY = '';
export type BundleRow = [number[], number[]];
export type TermShard = Record<string, PostingsRow | BundleRow[]>;
/** Most part files of one term shard. */
export const MAX_PARTS = 24;
/** A part file may hold this many times `bundleChars` a kind. */
export const PART_ROOM = 3;
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
/** The summary fragment file of the term shard at `shard` in the manifest's `terms`. */
export const bundlePath = (hash: string, shard: number): string => `${SHARDS_BASE}${hash}/c/${shard}.json`;
/** The prefix file of the term shard at `shard` (a shard with parts). */
export const prefixPath = (hash: string, shard: number): string => `${SHARDS_BASE}${hash}/k/${shard}.json`;
/** A query word that is just its shard's key of letters (two of them): it fetches the prefix file when its shard has parts. */
export const isShardPrefix = (word: string): boolean => !isNumericToken(word) && Array.from(word).length === 2;
/** Part file number `part` (numbered across the shards with parts, in the order of `terms`). */
export const partPath = (hash: string, part: number): string => `${SHARDS_BASE}${hash}/p/${part}.json`;
/** What picks a word's part: its first three characters (a number's first four), one more than its shard key. */
export const partKey = (word: string): string => firstChars(word, isNumericToken(word) ? 4 : 3);
/** The part of a word within its shard's parts (the manifest's string for it), or -1: the summary. */
export const partOf = (word: string, parts: string): number => {
  const chars = Array.from(word);
  const at = isNumericToken(word) ? 3 : 2;
  return chars.length > at ? Array.from(parts).indexOf(chars[at] as string) : -1;
};

/** The number of each shard's first part file. */
export function partOffsets(manifest: Pick<SearchManifest, 'terms' | 'parts'>): Map<string, number> {
  const offsets = new Map<string, number>();
  let next = 0;
  for (const key of manifest.terms) {
    const parts = manifest.parts[key];
    if (parts === undefined) continue;
    offsets.set(key, next);
    next += Array.from(parts).length;
  }
  return offsets;
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell two builds apart. */
export function contentHash(text: string): string {
  const hasher = contentHasher();
  hasher.update(text);
  return hasher.digest();
}

/** The same over a text given in pieces (the search file as it is read). */
export function contentHasher(): { update(text: string): void; digest(): string } {
  let hash = 0x811c9dc5;
  return {
    update(text) {
      for (let i = 0; i < text.length; i += 1) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
      }
    },
    digest: () => (hash >>> 0).toString(16).padStart(8, '0'),
  };
}

/**
 * The folder name's hasher: it changes whenever what a file under it means could: the data, the
 * layout's version and the cutting options. A browser or cache holding an older folder never
 * reads a file of one layout as another. Feed it the search file's text.
 */
export function shardsHasher(options: ShardOptions = {}): { update(text: string): void; digest(): string } {
  const hasher = contentHasher();
  const { cap, depth, most } = resolved(options);
  hasher.update(`${SHARDS_VERSION}\n${JSON.stringify([cap, depth, most])}\n`);
  return hasher;
}

const resolved = (options: ShardOptions) => ({
  cap: options.postingsCap ?? DEFAULT_POSTINGS_CAP,
  depth: options.bundleDepth ?? DEFAULT_BUNDLE_DEPTH,
  most: options.bundleChars ?? DEFAULT_BUNDLE_CHARS,
});

export const gaps = (ids: readonly number[]): number[] => ids.map((id, k) => (k === 0 ? id : id - (ids[k - 1] as number)));
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
  return { claims: rowList(row, 'claims'), passages: rowList(row, 'passages') };
}

/** One kind's list of a row (the loader decodes a word's lists only when a query looks at it). */
export function rowList(row: PostingsRow, kind: 'claims' | 'passages'): Postings {
  const [ids, weights, df] = kind === 'claims' ? [row[0], row[1], row[4]] : [row[2], row[3], row[5]];
  return { ids: ungap(ids), weights: weights.map((w) => w / WEIGHT_SCALE), df: df ?? ids.length };
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

export type WriteFile = (path: string, body: string) => void;

/** Takes the records in order (positions from 0), writes each one's file at once, keeps only its postings and size. */
export interface ShardCut {
  addClaim(record: IndexRecord, fragment: ClaimFragment): void;
  addPassage(record: IndexRecord, fragment: PassageFragment): void;
  /**
   * Writes the term shards, vocabularies, fragment files and the manifest (last), and returns it.
   * `recordText` gives back a record's JSON as its single file holds it (to paste into the fragment files).
   */
  finish(recordText: (kind: 'claim' | 'passage', position: number) => string): SearchManifest;
}

export function shardCut(hash: string, articles: number, write: WriteFile, options: ShardOptions = {}): ShardCut {
  const { cap, depth, most } = resolved(options);
  // Index keys in the order of CLAIM_KEYS / PASSAGE_KEYS, as Fuse.createIndex writes them.
  const weightsOf = (keys: typeof CLAIM_KEYS) => keyWeights({ keys: keys.map((key) => ({ id: key.name, path: [key.name], weight: key.weight, src: key.name })) }, keys);
  const claimBuilder = postingsBuilder(weightsOf(CLAIM_KEYS));
  const passageBuilder = postingsBuilder(weightsOf(PASSAGE_KEYS));
  const claimSizes: number[] = [];
  const passageSizes: number[] = [];
  // A record's file is written as it comes; only its size and its postings stay in memory.
  const adder =
    (pathOf: (hash: string, position: number) => string, sizes: number[], builder: typeof claimBuilder) =>
    (record: IndexRecord, fragment: ClaimFragment | PassageFragment): void => {
      const position = sizes.length;
      const text = JSON.stringify(fragment);
      write(pathOf(hash, position), text);
      sizes.push(text.length);
      builder.add(position, record);
    };
  return {
    addClaim: adder(claimPath, claimSizes, claimBuilder),
    addPassage: adder(passagePath, passageSizes, passageBuilder),
    finish(recordText) {
      const claimPostings = claimBuilder.postings;
      const passagePostings = passageBuilder.postings;
      const shards = new Map<string, TermShard>();
      /** Each shard's words' lists (as cut: the heaviest records are kept), for its fragment file. */
      const shardLists = new Map<string, Array<[Postings | undefined, Postings | undefined]>>();
      const shardWords = new Map<string, string[]>();
      const vocab = new Map<string, string[]>();
      for (const word of new Set([...claimPostings.keys(), ...passagePostings.keys()])) {
        const key = shardKey(word);
        let shard = shards.get(key);
        // The fragment file's list first (filled in below, once the shard's words are known).
        if (!shard) shards.set(key, (shard = { [BUNDLE_KEY]: [] })), shardLists.set(key, []), shardWords.set(key, []);
        const c = claimPostings.get(word);
        const p = passagePostings.get(word);
        const lists: [Postings | undefined, Postings | undefined] = [c && cutPostings(c, cap), p && cutPostings(p, cap)];
        shardLists.get(key)?.push(lists);
        shardWords.get(key)?.push(word);
        shard[word] = postingsRow(...lists);
        if (/\p{L}/u.test(word)) {
          const first = vocabKey(word);
          let words = vocab.get(first);
          if (!words) vocab.set(first, (words = []));
          words.push(word);
        }
      }
      const terms = [...shards.keys()].sort();
      // Each record's JSON is pasted into the fragment files that hold it.
      const bundle = (kind: 'claim' | 'passage', positions: readonly number[]) => `[${positions.map((i) => `[${i},${recordText(kind, i)}]`).join(',')}]`;
      const d = Math.min(depth, cap);
      // Each list's first `d`, cut once (the need and the fragment files both use it).
      const tops = new WeakMap<Postings, Postings>();
      const top = (list: Postings | undefined): Postings | undefined => {
        if (!list) return undefined;
        let cut = tops.get(list);
        if (!cut) tops.set(list, (cut = cutPostings(list, d)));
        return cut;
      };
      const fragment = (all: ReadonlyArray<[Postings | undefined, Postings | undefined]>, budget: number): { row: BundleRow; text: string } => {
        const lists = all.map(([c, p]): [Postings | undefined, Postings | undefined] => [top(c), top(p)]);
        const claimsOf = bundlePositions(lists.map((l) => l[0]), d, budget, (i) => claimSizes[i] as number);
        const passagesOf = bundlePositions(lists.map((l) => l[1]), d, budget, (i) => passageSizes[i] as number);
        return { row: [gaps(claimsOf), gaps(passagesOf)], text: `[${bundle('claim', claimsOf)},${bundle('passage', passagesOf)}]` };
      };
      /** Characters of JSON a kind's records need for every word of the shard to keep its first `d`. */
      const need = (lists: ReadonlyArray<Postings | undefined>, sizes: readonly number[]) =>
        lists.reduce((sum, list) => sum + (list ? (top(list) as Postings).ids.reduce((n, i) => n + (sizes[i] as number), 0) : 0), 0);
      const parts: Record<string, string> = {};
      let nextPart = 0;
      const warmShards: WarmUpShard[] = [];
      /**
       * The shard's key as a query word: every word of the shard with a letter is a prefix match
       * (quality 0.8; the key itself, if a word, 1): one list per kind, scored as the engine scores
       * the candidates, on the weights as the shard stores them, so its first `d` are the candidates.
       */
      const prefixLists = (all: ReadonlyArray<[Postings | undefined, Postings | undefined]>, words: readonly string[], key: string): [Postings, Postings] => {
        const merged = (kind: 0 | 1): Postings => {
          const best = new Map<number, number>();
          all.forEach((pair, k) => {
            const list = top(pair[kind]);
            const word = words[k] as string;
            if (!list || !/\p{L}/u.test(word)) return;
            const quality = word === key ? 1 : 0.8;
            list.ids.forEach((id, j) => {
              const score = quality * (Math.round((list.weights[j] as number) * WEIGHT_SCALE) / WEIGHT_SCALE);
              if (score > (best.get(id) ?? -1)) best.set(id, score);
            });
          });
          const ids = [...best.keys()].sort((a, b) => a - b);
          return { ids, weights: ids.map((id) => best.get(id) as number), df: ids.length };
        };
        return [merged(0), merged(1)];
      };
      terms.forEach((key, number) => {
        const lists = shardLists.get(key) ?? [];
        const words = shardWords.get(key) ?? [];
        // A shard whose words' heaviest records do not fit in one file gets a part file for each
        // of its heaviest partKeys (a word's first three characters), the heaviest first, until
        // the other words fit in its summary file; a query word of three characters or more
        // fetches its part if it has one, else the summary.
        const groups = new Map<string, number[]>();
        words.forEach((word, k) => {
          const group = partKey(word);
          if (Array.from(group).length !== Array.from(key).length + 1) return;
          let list = groups.get(group);
          if (!list) groups.set(group, (list = []));
          list.push(k);
        });
        const needOf = (ks: readonly number[]) =>
          Math.max(need(ks.map((k) => lists[k]?.[0]), claimSizes), need(ks.map((k) => lists[k]?.[1]), passageSizes));
        let rest = needOf(words.map((_, k) => k));
        const heavy: string[] = [];
        if (most > 0) {
          for (const [group, , needed] of [...groups].map(([g, ks]) => [g, ks, needOf(ks)] as const).sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1))) {
            if (rest <= most || heavy.length === MAX_PARTS) break;
            heavy.push(group);
            rest -= needed;
          }
        }
        heavy.sort();
        const inPart = new Set(heavy.flatMap((group) => groups.get(group) ?? []));
        const summary = fragment(lists.filter((_, k) => !inPart.has(k)), most);
        const header: BundleRow[] = [summary.row];
        write(bundlePath(hash, number), summary.text);
        if (heavy.length > 0) {
          parts[key] = heavy.map((group) => Array.from(group).at(-1) as string).join('');
          for (const group of heavy) {
            // A part has room for more than `bundleChars`: the words of one partKey are not split.
            const file = fragment((groups.get(group) ?? []).map((k) => lists[k] as [Postings | undefined, Postings | undefined]), PART_ROOM * most);
            header.push(file.row);
            write(partPath(hash, nextPart), file.text);
            nextPart += 1;
          }
        }
        if (heavy.length > 0 && isShardPrefix(key)) {
          const file = fragment([prefixLists(lists, words, key)], most);
          header.push(file.row);
          write(prefixPath(hash, number), file.text);
        }
        const shard = shards.get(key) as TermShard;
        shard[BUNDLE_KEY] = header;
        const shardText = JSON.stringify(shard);
        write(termPath(hash, key), shardText);
        warmShards.push({
          key,
          chars: shardText.length + summary.text.length,
          words,
          hasParts: heavy.length > 0,
          summary: { claims: new Set(ungap(summary.row[0])), passages: new Set(ungap(summary.row[1])) },
        });
      });
      for (const [key, words] of vocab) write(vocabPath(hash, key), JSON.stringify(words.sort()));
      const manifest: SearchManifest = {
        v: SHARDS_VERSION,
        hash,
        articles,
        claims: claimSizes.length,
        passages: passageSizes.length,
        terms,
        vocab: [...vocab.keys()].sort(),
        parts,
        warm: warmUpQuery({
          shards: warmShards,
          claimIds: (word) => claimPostings.get(word)?.ids,
          passageIds: (word) => passagePostings.get(word)?.ids,
          recordChars: (kind, position) => ((kind === 'claims' ? claimSizes : passageSizes)[position] as number),
          wordsStartingWith: (letter) => vocab.get(letter) ?? [],
          shardKey,
        }),
      };
      write(MANIFEST_URL, JSON.stringify(manifest));
      return manifest;
    },
  };
}

/**
 * Writes every file of the sharded index through `write` (path under SHARDS_BASE, JSON text),
 * the manifest last, and returns the manifest. `fileText` is the search file as served, hashed
 * for the folder name. The whole file in memory: searchShardCut.ts streams it instead.
 */
export function writeShards(file: SearchData, fileText: string, write: WriteFile, options: ShardOptions = {}): SearchManifest {
  const hasher = shardsHasher(options);
  hasher.update(fileText);
  const data = loadSearchData(file);
  const cut = shardCut(hasher.digest(), data.articleCount, write, options);
  const claimText: string[] = [];
  const passageText: string[] = [];
  const quote = (ref: QuoteRef) => ({ text: quoteText(data, ref), article: data.articles[data.passages.docs[ref[0]]?.a ?? -1] });
  data.claims.docs.forEach((doc, i) => {
    const fragment = claimFragment(doc, quote);
    claimText.push(JSON.stringify(fragment));
    cut.addClaim(data.claims.index.records[i] as IndexRecord, fragment);
  });
  data.passages.docs.forEach((doc, i) => {
    const fragment = passageFragment(doc, data.articles[doc.a]);
    passageText.push(JSON.stringify(fragment));
    cut.addPassage(data.passages.index.records[i] as IndexRecord, fragment);
  });
  return cut.finish((kind, i) => ((kind === 'claim' ? claimText : passageText)[i] as string));
}

/** A claim as its file holds it: with its quotes' text and where each was published. */
export function claimFragment(doc: ClaimDoc, quote: (ref: QuoteRef) => { text: string; article: ArticleRef | undefined }): ClaimFragment {
  const quotes = doc.quotes.map((ref): FragmentQuote => {
    const { text, article } = quote(ref);
    return [ref[0], ref[1], ref[2], text, article?.title ?? '', article?.outlet ?? ''];
  });
  return [doc.id, doc.statement, doc.topic, doc.speaker, doc.figure, doc.sources, doc.alt, quotes, doc.of];
}

/** A passage as its file holds it: with its article's slug, title, outlet and section heading. */
export function passageFragment(doc: PassageDoc, article: ArticleRef | undefined): PassageFragment {
  return [doc.a, doc.s, doc.p, doc.t, article?.slug ?? '', article?.title ?? '', article?.outlet ?? '', article?.sections[doc.s] ?? ''];
}
