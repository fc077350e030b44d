/**
 * searchShardLoader: the engine over the sharded index (searchShards.ts), fetching only what a
 * query needs. `fetchJson` is injected (the browser passes fetch; tests and the benchmark pass
 * a map of files), so this stays free of the DOM.
 *
 * A query, in as few rounds of parallel requests as its words allow:
 * 1. the manifest (once per page; the UI fetches it when the box gets focus);
 * 2. at once, all that the words alone name: the term shards of its words (and of their
 *    synonyms and phrase words), the fragment file of each of those shards (their words'
 *    heaviest records: a one-word query's candidates, most of a phrase's; a word of just two
 *    letters: its shard's prefix file) and, for a word long enough to forgive typos, the
 *    vocabulary file of its first letter (fetched ahead, not waited for, from three letters);
 * 3. only when a typo correction found in that vocabulary is in another shard: that shard and
 *    its fragment file;
 * 4. as soon as the term shards are in (each lists what its fragment file holds), without
 *    waiting for the fragment files: the candidates no fragment file holds (records of several
 *    words, a phrase's), one small file each; then the engine runs, and if it needed more (no
 *    record had every word, so it looked at those with some), those are fetched and it runs
 *    again;
 * 5. after the results (a task later), while the next character is typed, at low priority
 *    (`prefetchAfter`), what the likeliest next keystroke needs: for a query of several words
 *    the records its candidates need; after a word's first letter, the likeliest shard of its
 *    two letters (for a first word, with its fragment file); for one word, the fragment file of
 *    its likeliest next letter. So that keystroke waits for fewer rounds.
 * The term shards and vocabularies of a round are asked for before its fragment files: over
 * HTTP/1.1 the browser sends 6 at a time, in order, and the candidates wait only for the former.
 * A term shard's rows are decoded only for the words a query looks at.
 * Every file is fetched once and kept, so later keystrokes reuse what earlier ones fetched; a
 * file that fails is fetched again by the next query (a fragment file that fails only costs the
 * single records instead).
 */
import Fuse from 'fuse.js/basic';
import { allowedEdits, isEmptyQuery, parseQuery, type ParsedQuery } from './searchQuery.ts';
import { synonymsOf } from './searchSynonyms.ts';
import { WARM_UP_CANDIDATES } from './searchWarmUp.ts';
import { normalizeText, tokenize } from '../text/normalizeText.ts';
import type { Postings } from './searchPostings.ts';
import { createEngine, firstChar, type EngineOptions, type KindSource, type Missing, type SearchLimits, type SearchResults, type SearchSource } from './searchEngine.ts';
import {
  CLAIM_KEYS,
  PASSAGE_KEYS,
  cachedNormalizer,
  claimFieldsWithQuotes,
  passageFields,
  type ArticleRef,
  type ClaimDoc,
  type IndexRecord,
  type PassageDoc,
  type QuoteRef,
  type SearchKey,
} from './searchRecords.ts';
import {
  MANIFEST_URL,
  BUNDLE_KEY,
  SHARDS_VERSION,
  bundlePath,
  partOf,
  partOffsets,
  partPath,
  prefixPath,
  isShardPrefix,
  claimPath,
  passagePath,
  rowList,
  ungap,
  shardKey,
  termPath,
  vocabKey,
  vocabPath,
  type BundleRow,
  type ClaimFragment,
  type FragmentFile,
  type FragmentQuote,
  type PassageFragment,
  type PostingsRow,
  type SearchManifest,
  type TermShard,
} from './searchShards.ts';

/** `low`: a fetch ahead for a keystroke not typed yet, which the browser may send after the others. */
export type FetchJson = (path: string, priority?: 'low') => Promise<unknown>;

export interface LoaderOptions extends EngineOptions {
  /** Most requests fetched ahead after a keystroke's results, for the likely next keystrokes (default PREFETCH; 0: none). */
  prefetch?: number;
  /** Whether opening runs the manifest's warm-up query (default true; tests of a single query's requests turn it off). */
  warmUp?: boolean;
}

/**
 * Requests fetched ahead after a keystroke's results, for its GUESSES likeliest next characters.
 * Each answer costs the page's main thread a few ms, which the next keystroke may have to wait
 * for: at 10,000 claims typed with 150 ms pauses, later keystrokes were faster with 6 than with
 * 4, 9 or 12 (README, "Fewer files fetched ahead").
 */
const PREFETCH = 6;
const GUESSES = 2;
/**
 * Shards fetched ahead for the second letter of a new word (2 or 3 left 6 keystrokes of 236
 * waiting for two rounds, not 7, for up to 17 KB more a typed query).
 */
const SHARD_GUESSES = 1;

export interface ShardedSearch {
  search(query: string, limits?: SearchLimits): Promise<SearchResults>;
  /**
   * Runs the manifest's warm-up query unseen (no results kept, nothing fetched ahead), so a fresh
   * page's first query finds the code compiled. Never fails: a file that did not come is fetched
   * again by the query that needs it.
   */
  warmUp(): Promise<void>;
  readonly manifest: SearchManifest;
}

/**
 * Loads the manifest and runs its warm-up query (searchWarmUp.ts: a few KB, once); the rest
 * comes with the queries.
 */
export async function openShardedSearch(fetchJson: FetchJson, options: LoaderOptions = {}): Promise<ShardedSearch> {
  const manifest = (await fetchJson(MANIFEST_URL)) as SearchManifest;
  if (manifest?.v !== SHARDS_VERSION) throw new Error(`${MANIFEST_URL}: unexpected version ${String(manifest?.v)}`);
  const search = shardedSearch(manifest, fetchJson, options);
  if (options.warmUp !== false) await search.warmUp();
  return search;
}

interface MutableKind<D> extends KindSource<D> {
  records: Array<IndexRecord | undefined>;
}

/** A kind over the loaded rows: a word's list is decoded the first time a query asks for it. */
function mutableKind<D>(count: number, rows: ReadonlyMap<string, PostingsRow>, kind: 'claims' | 'passages'): MutableKind<D> {
  const records: Array<IndexRecord | undefined> = [];
  const lists = new Map<string, Postings | null>();
  const postings = (word: string): Postings | undefined => {
    let list = lists.get(word);
    if (list === undefined) {
      const row = rows.get(word);
      if (!row) return undefined;
      const decoded = rowList(row, kind);
      lists.set(word, (list = decoded.df > 0 ? decoded : null));
    }
    return list ?? undefined;
  };
  return { count, docs: [], records, record: (i) => records[i], postings };
}

/** The fuse.js index records of documents, built as the build built them (Fuse.createIndex). */
function indexRecords<D>(keys: readonly SearchKey[], docs: readonly D[], fields: (doc: D) => Record<string, string | string[] | null>): IndexRecord[] {
  const cache = new Map<D, Record<string, string | string[] | null>>();
  const fieldsOf = (doc: D) => {
    let value = cache.get(doc);
    if (!value) cache.set(doc, (value = fields(doc)));
    return value;
  };
  const index = Fuse.createIndex<D>(
    keys.map((key) => ({ ...key, getFn: (doc: D) => fieldsOf(doc)[key.name] ?? '' })),
    docs as D[],
  );
  return (index.toJSON() as unknown as { records: IndexRecord[] }).records;
}

/** A fragment file is fetched for the candidates when it holds at least this many no other file brings (else they come one by one). */
const COVER = 4;

export function shardedSearch(manifest: SearchManifest, fetchJson: FetchJson, options: LoaderOptions = {}): ShardedSearch {
  const rows = new Map<string, PostingsRow>();
  const claims = mutableKind<ClaimDoc>(manifest.claims, rows, 'claims');
  const passages = mutableKind<PassageDoc>(manifest.passages, rows, 'passages');
  /** What each fragment file of the loaded term shards holds, by path. */
  const heads = new Map<string, { claims: number[]; passages: number[] }>();
  const parts = manifest.parts ?? {};
  const offsets = partOffsets({ terms: manifest.terms, parts });
  const articles: ArticleRef[] = [];
  const quotes = new Map<ClaimDoc, FragmentQuote[]>();
  const words = new Map<string, Set<string>>();
  const termKeys = new Set(manifest.terms);
  const shardNumber = new Map(manifest.terms.map((key, n) => [key, n]));
  const vocabKeys = new Set(manifest.vocab);
  const loading = new Map<string, Promise<void>>();
  const context = cachedNormalizer();
  const source: SearchSource & { generation: number } = {
    articleCount: manifest.articles,
    claims,
    passages,
    generation: 0,
    wordsStartingWith: (first) => words.get(first) ?? [],
    article: (doc) => articles[doc.a],
    quote: (doc: ClaimDoc, ref: QuoteRef) => {
      const quote = quotes.get(doc)?.[doc.quotes.indexOf(ref)];
      return { text: quote?.[3] ?? '', article: quote ? { slug: '', title: quote[4], outlet: quote[5], sections: [] } : undefined };
    },
  };
  const engine = createEngine(source, options);

  const addWord = (word: string) => {
    const first = firstChar(word);
    let set = words.get(first);
    if (!set) words.set(first, (set = new Set()));
    set.add(word);
  };

  /** Fetches a file once (again after a failure), then applies it. */
  function once(path: string, apply: (body: unknown) => void, low = false): Promise<void> {
    let promise = loading.get(path);
    if (!promise) {
      promise = (low ? fetchJson(path, 'low') : fetchJson(path)).then(apply, (error: unknown) => {
        loading.delete(path);
        throw error;
      });
      loading.set(path, promise);
    }
    return promise;
  }

  /** Term shards applied so far, with their words. */
  const loaded = new Set<string>();
  const shardWords = new Map<string, string[]>();
  const loadTerms = (keys: Iterable<string>, low = false) =>
    Promise.all(
      [...new Set(keys)].filter((key) => termKeys.has(key)).map((key) =>
        once(termPath(manifest.hash, key), (body) => {
          loaded.add(key);
          shardWords.set(key, Object.keys(body as TermShard).filter((word) => word !== BUNDLE_KEY));
          for (const [word, row] of Object.entries(body as TermShard)) {
            if (word === BUNDLE_KEY) {
              const shard = shardNumber.get(key) ?? -1;
              const partCount = Array.from(parts[key] ?? '').length;
              (row as BundleRow[]).forEach(([c, p], k) => {
                const path =
                  k === 0 ? bundlePath(manifest.hash, shard) : k <= partCount ? partPath(manifest.hash, (offsets.get(key) ?? 0) + k - 1) : prefixPath(manifest.hash, shard);
                heads.set(path, { claims: ungap(c), passages: ungap(p) });
              });
              continue;
            }
            rows.set(word, row as PostingsRow);
            addWord(word);
          }
          source.generation += 1;
        }, low),
      ),
    );

  const loadVocab = (keys: Iterable<string>, low = false) =>
    Promise.all(
      [...new Set(keys)].filter((key) => vocabKeys.has(key)).map((key) =>
        once(vocabPath(manifest.hash, key), (body) => {
          for (const word of body as string[]) addWord(word);
          source.generation += 1;
        }, low),
      ),
    );

  /** Fetched records not yet indexed: shared, since two queries typed in a row may wait for the same file. */
  const fetchedClaims = new Map<number, ClaimFragment>();
  const fetchedPassages = new Map<number, PassageFragment>();
  const haveClaim = (i: number) => claims.records[i] !== undefined || fetchedClaims.has(i);
  const havePassage = (i: number) => passages.records[i] !== undefined || fetchedPassages.has(i);

  /**
   * The fragment file a query word needs: its part when its shard has parts and the word is long
   * enough to name one, the shard's prefix file when the word is just the shard's two letters
   * (it stands for all the shard's words), else its shard's summary.
   */
  function fragmentFor(word: string): string | undefined {
    const key = shardKey(word);
    const shard = shardNumber.get(key);
    if (shard === undefined) return undefined;
    if (parts[key] !== undefined && isShardPrefix(word)) return prefixPath(manifest.hash, shard);
    const part = partOf(word, parts[key] ?? '');
    return part === -1 ? bundlePath(manifest.hash, shard) : partPath(manifest.hash, (offsets.get(key) ?? 0) + part);
  }

  /** Fragment files; one that fails is only a lost shortcut. */
  const loadFragments = (paths: Iterable<string | undefined>, low = false) =>
    Promise.all(
      [...new Set(paths)].flatMap((path) =>
        path === undefined
          ? []
          : [
              once(path, (body) => {
                const [c, p] = body as [FragmentFile<ClaimFragment>, FragmentFile<PassageFragment>];
                for (const [i, fragment] of c) if (!haveClaim(i)) fetchedClaims.set(i, fragment);
                for (const [i, fragment] of p) if (!havePassage(i)) fetchedPassages.set(i, fragment);
              }, low).catch(() => undefined),
            ],
      ),
    );

  /** Records the fragment files on their way (asked for, not failed) will bring, by their term shards' lists. */
  function onTheirWay(): { claims: Set<number>; passages: Set<number> } {
    const coming = { claims: new Set<number>(), passages: new Set<number>() };
    for (const [path, head] of heads) {
      if (!loading.has(path)) continue;
      for (const i of head.claims) coming.claims.add(i);
      for (const i of head.passages) coming.passages.add(i);
    }
    return coming;
  }

  /**
   * The fragment files of the loaded shards that hold at least COVER of the wanted records no
   * file on its way brings, most first: one file instead of several single records. Starts
   * fetching them.
   */
  function covering(wanted: Missing): Promise<unknown>[] {
    const coming = onTheirWay();
    const open = {
      claims: new Set(wanted.claims.filter((i) => !haveClaim(i) && !coming.claims.has(i))),
      passages: new Set(wanted.passages.filter((i) => !havePassage(i) && !coming.passages.has(i))),
    };
    const chosen: Promise<unknown>[] = [];
    for (;;) {
      let best: string | undefined;
      let most = COVER - 1;
      for (const [path, head] of heads) {
        if (loading.has(path)) continue;
        const n = head.claims.filter((i) => open.claims.has(i)).length + head.passages.filter((i) => open.passages.has(i)).length;
        if (n > most) [best, most] = [path, n];
      }
      if (best === undefined) return chosen;
      const head = heads.get(best) as { claims: number[]; passages: number[] };
      for (const i of head.claims) open.claims.delete(i);
      for (const i of head.passages) open.passages.delete(i);
      // On its way from now on (once() keeps it in `loading`).
      chosen.push(loadFragments([best]));
    }
  }

  /** The fragment file at `path` holds a wanted record not yet fetched (by its term shard's list). */
  function brings(path: string, wanted: Missing): boolean {
    const head = heads.get(path);
    if (!head) return false;
    const claimSet = new Set(head.claims);
    const passageSet = new Set(head.passages);
    return wanted.claims.some((i) => !haveClaim(i) && claimSet.has(i)) || wanted.passages.some((i) => !havePassage(i) && passageSet.has(i));
  }

  /** Fetches the wanted records the fetched files lack and no fragment file on its way holds. */
  function fetchSingles(wanted: Missing): Promise<unknown> {
    const coming = onTheirWay();
    return Promise.all([
      ...wanted.claims.filter((i) => !haveClaim(i) && !coming.claims.has(i)).map((i) => once(claimPath(manifest.hash, i), (body) => void fetchedClaims.set(i, body as ClaimFragment))),
      ...wanted.passages.filter((i) => !havePassage(i) && !coming.passages.has(i)).map((i) => once(passagePath(manifest.hash, i), (body) => void fetchedPassages.set(i, body as PassageFragment))),
    ]);
  }

  /** Fetches the wanted records the fetched files lack, then indexes the wanted ones. */
  async function loadRecords(wanted: Missing): Promise<void> {
    await Promise.all([
      ...wanted.claims.filter((i) => !haveClaim(i)).map((i) => once(claimPath(manifest.hash, i), (body) => void fetchedClaims.set(i, body as ClaimFragment))),
      ...wanted.passages.filter((i) => !havePassage(i)).map((i) => once(passagePath(manifest.hash, i), (body) => void fetchedPassages.set(i, body as PassageFragment))),
    ]);
    indexFetched(wanted);
  }

  /**
   * Builds the fuse.js index records of the wanted records that were fetched, in one batch per
   * kind. A fragment file brings more records than a query ranks: the others wait, unindexed,
   * until a query needs them.
   */
  function indexFetched(wanted: Missing): void {
    const claimPositions = wanted.claims.filter((i) => !claims.records[i] && fetchedClaims.has(i));
    if (claimPositions.length > 0) {
      const docs = claimPositions.map((i) => {
        const [id, statement, topic, speaker, figure, sources, alt, quoted, of] = fetchedClaims.get(i) as ClaimFragment;
        fetchedClaims.delete(i);
        const doc: ClaimDoc = { id, statement, topic, speaker, figure, sources, of, alt, quotes: quoted.map(([p, s, e]): QuoteRef => [p, s, e]) };
        quotes.set(doc, quoted);
        return doc;
      });
      indexRecords(CLAIM_KEYS, docs, (doc) => claimFieldsWithQuotes(doc, (quotes.get(doc) ?? []).map((q) => q[3]))).forEach((record, k) => {
        const position = claimPositions[k] as number;
        claims.records[position] = { ...record, i: position };
        claims.docs[position] = docs[k] as ClaimDoc;
      });
    }
    const passagePositions = wanted.passages.filter((i) => !passages.records[i] && fetchedPassages.has(i));
    if (passagePositions.length > 0) {
      const docs = passagePositions.map((i) => {
        const [a, s, p, t, slug, title, outlet, section] = fetchedPassages.get(i) as PassageFragment;
        fetchedPassages.delete(i);
        const article = (articles[a] ??= { slug, title, outlet, sections: [] });
        article.sections[s] = section;
        return { a, s, p, t };
      });
      indexRecords(PASSAGE_KEYS, docs, (doc) => passageFields({ articles }, doc, context)).forEach((record, k) => {
        const position = passagePositions[k] as number;
        passages.records[position] = { ...record, i: position };
        passages.docs[position] = docs[k] as PassageDoc;
      });
    }
  }

  /** The query most recently asked for: a fetch ahead is only for the keystroke after it. */
  let latest = '';
  const budget = options.prefetch ?? PREFETCH;
  const dfOf = (row: PostingsRow | undefined) => (row ? (row[4] ?? row[0].length) + (row[5] ?? row[2].length) : 0);

  /** The word being typed at the end of `raw` (normalised), if `raw` ends in one outside a phrase. */
  function trailingWord(raw: string): string | undefined {
    if ((raw.match(/"/gu)?.length ?? 0) % 2 === 1 || !/[\p{L}\p{N}]$/u.test(raw)) return undefined;
    return tokenize(normalizeText(raw)).at(-1);
  }

  /**
   * The likeliest next keystrokes after `raw`, from what is loaded: the quote that closes an open
   * phrase, else the next characters of the word being typed, by how many records hold the
   * words of its shard that go on with each (a word of two letters or more: its shard is loaded).
   */
  function nextGuesses(raw: string): string[] {
    if ((raw.match(/"/gu)?.length ?? 0) % 2 === 1) return [`${raw}"`];
    const word = trailingWord(raw);
    if (word === undefined || Array.from(word).length < 2 || !/\p{L}/u.test(word)) return [];
    const weights = new Map<string, number>();
    for (const other of shardWords.get(shardKey(word)) ?? []) {
      if (other.length <= word.length || !other.startsWith(word)) continue;
      const next = String.fromCodePoint(other.codePointAt(word.length) ?? 0);
      weights.set(next, (weights.get(next) ?? 0) + dfOf(rows.get(other)));
    }
    return [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, GUESSES).map(([next]) => raw + next);
  }

  /**
   * A word of one letter being typed: the shards its second letter most likely opens, by how many
   * words of its first letter's vocabulary (fetched now, as its third letter would) start with
   * each pair, fetched; the queries with those two letters. A wrong guess costs a term shard.
   */
  async function secondLetterGuesses(raw: string, word: string): Promise<string[]> {
    await loadVocab([vocabKey(word)], true);
    if (raw !== latest) return [];
    const counts = new Map<string, number>();
    for (const other of words.get(firstChar(word)) ?? []) {
      const key = shardKey(other);
      if (Array.from(key).length === 2 && /\p{L}/u.test(key) && termKeys.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SHARD_GUESSES).map(([key]) => key);
    await loadTerms(best, true);
    return raw !== latest ? [] : best.map((key) => raw + Array.from(key).slice(1).join(''));
  }

  /** Words of a query, its phrases' words counted: a fetch ahead is for queries of two or more. */
  const wordCount = (query: ParsedQuery) => query.terms.length + query.phrases.reduce((n, phrase) => n + tokenize(phrase).length, 0);

  /**
   * After a keystroke's results, while the next character is being typed, at low priority, for
   * each likely next keystroke (a word of one letter: its likeliest shard is fetched first; a
   * phrase closed: the shards of its words): for a query of several words, the candidates no
   * file fetched or on its way brings, one by one (a fragment file is a few KB where a record is
   * a few hundred bytes, and a several-word query's candidates are seldom in one); for a query of
   * one word, whose candidates are its fragment file's, that file (a first word's two letters:
   * the shard's prefix file or summary; from three letters: its part), if not already there. At
   * most `budget` requests. Nothing is indexed or shown: the query that needs them finds them
   * fetched. Stops when another query was asked for meanwhile.
   */
  async function prefetchAfter(raw: string, limits: SearchLimits & { candidates: number }): Promise<void> {
    if (raw !== latest) return;
    const word = trailingWord(raw);
    const guesses = word !== undefined && Array.from(word).length === 1 && /\p{L}/u.test(word) ? await secondLetterGuesses(raw, word) : nextGuesses(raw);
    let left = budget;
    for (const guess of guesses) {
      if (left <= 0 || raw !== latest) return;
      const query = parseQuery(guess);
      if (wordCount(query) < 2) {
        // One word: its candidates are in its fragment file.
        const fragment = fragmentFor(query.terms[0] ?? '');
        if (fragment !== undefined && !loading.has(fragment)) void loadFragments([fragment], true), (left -= 1);
        continue;
      }
      const named = [...query.terms.flatMap((term) => [term, ...synonymsOf(term)]), ...query.phrases.flatMap(tokenize)];
      // Only a closing quote's phrase may have a word whose shard is not loaded (a stop word left out until then).
      await loadTerms(named.map(shardKey), true);
      if (raw !== latest) return;
      const wanted = engine.candidatePositions(query, limits.candidates);
      const coming = onTheirWay();
      for (const i of wanted.claims.filter((i) => !haveClaim(i) && !coming.claims.has(i)).slice(0, left)) {
        void once(claimPath(manifest.hash, i), (body) => void fetchedClaims.set(i, body as ClaimFragment), true).catch(() => undefined);
        left -= 1;
      }
      for (const i of wanted.passages.filter((i) => !havePassage(i) && !coming.passages.has(i)).slice(0, Math.max(0, left))) {
        void once(passagePath(manifest.hash, i), (body) => void fetchedPassages.set(i, body as PassageFragment), true).catch(() => undefined);
        left -= 1;
      }
    }
  }

  async function search(raw: string, given: SearchLimits = {}): Promise<SearchResults> {
    latest = raw;
    const found = await searchNow(raw, given);
    // After the results are shown (a task later), not before.
    if (budget > 0) setTimeout(() => void prefetchAfter(raw, limitsOf(given)).catch(() => undefined), 0);
    return found;
  }

  // Each candidate is one request: fetch as many as are shown, at least 10 (a phrase's
  // candidates are checked on their text, so fewer can miss it) and at most the engine's cap;
  // fuse.js ranks the best of the word index's choice.
  const limitsOf = (given: SearchLimits) => {
    const shown = Math.max(given.claims ?? 20, given.passages ?? 20);
    return { ...given, candidates: given.candidates ?? Math.min(options.candidateCap ?? 60, Math.max(10, shown)) };
  };

  async function searchNow(raw: string, given: SearchLimits = {}): Promise<SearchResults> {
    const limits = limitsOf(given);
    const query = parseQuery(raw);
    if (!isEmptyQuery(query)) {
      const wordKeys = query.terms.flatMap((term) => [term, ...synonymsOf(term)].map(shardKey));
      const phraseKeys = query.phrases.flatMap((phrase) => tokenize(phrase).map(shardKey));
      const typoLetters = query.terms.filter((term) => allowedEdits(term) > 0).map(vocabKey);
      // A word of three or four letters being typed will soon forgive a typo: its vocabulary file
      // comes meanwhile, not waited for, so that keystroke has no round of its own.
      void loadVocab(query.terms.filter((term) => allowedEdits(term) === 0 && /^\p{L}/u.test(term) && Array.from(term).length >= 3).map(vocabKey)).catch(() => undefined);
      const keys = [...wordKeys, ...phraseKeys];
      const named = [...query.terms.flatMap((term) => [term, ...synonymsOf(term)]), ...query.phrases.flatMap(tokenize)];
      // The term shards and vocabularies first: the candidates wait for them, and over HTTP/1.1
      // the browser sends a round's requests in the order asked, 6 at a time. The fragment files
      // are not waited for: the term shards say what they hold.
      const bundles = named.map(fragmentFor);
      const words = Promise.all([loadTerms(keys), loadVocab(typoLetters)]);
      void loadFragments(bundles);
      await words;
      // Typo corrections in a shard not yet loaded (their first two letters differ from the word's).
      const further = engine.expandedWords(query);
      if (further.some((word) => termKeys.has(shardKey(word)) && !loaded.has(shardKey(word)))) {
        const more = further.filter((word) => !loaded.has(shardKey(word))).map(fragmentFor);
        bundles.push(...more);
        void loadFragments(more);
        await loadTerms(further.map(shardKey));
      }
      const wanted = engine.candidatePositions(query, limits.candidates);
      const cover = covering(wanted);
      // Only the fragment files that bring a candidate are waited for; the others land meanwhile.
      await Promise.all([fetchSingles(wanted), loadFragments(bundles.filter((path) => path !== undefined && brings(path, wanted))), ...cover]);
      // Whatever a failed fragment file was to bring comes one by one.
      await loadRecords(wanted);
    }
    for (let round = 0; ; round += 1) {
      const results = engine.search(raw, limits);
      const { missing, ...found } = results;
      if (missing.claims.length + missing.passages.length === 0 || round === 3) return found;
      await loadRecords(missing);
    }
  }

  async function warmUp(): Promise<void> {
    if (manifest.warm === '') return;
    await searchNow(manifest.warm, { claims: 1, passages: 1, candidates: WARM_UP_CANDIDATES }).catch(() => undefined);
  }

  return { search, warmUp, manifest };
}
