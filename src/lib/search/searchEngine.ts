/**
 * searchEngine: runs a query against a search source (the whole file in memory, or the shards the
 * browser fetches: searchMemory.ts, searchShardLoader.ts) with fuse.js and returns results ready
 * to show: claims first, then passages, each with the matched words as ranges of the original
 * text, and links. Pure: no DOM, no fetch; the browser UI, the unit tests and the benchmark all
 * use it.
 *
 * How a query runs:
 * 1. searchQuery.parseQuery turns it into normalised words and quoted phrases.
 * 2. Each word is expanded against the vocabulary: the word itself, words it begins (it may still
 *    be being typed), words within the allowed typing errors that share its first letter (so a
 *    typo'd word is found in the shards of its first letter), and the near synonyms of a unit
 *    word (searchSynonyms.ts).
 * 3. The word index (searchPostings.ts) picks the candidates: every query word must match a
 *    record word through its expansions, every phrase's words must all be there. Candidates are
 *    ranked cheaply (rarity × match quality × field weight × field-length norm; a phrase by its
 *    words' mean weight) and cut to
 *    `candidateCap`, so fuse.js's per-record cost does not grow with the corpus. A common word's
 *    list may be cut to the records it weighs most (shards): it then ranks but does not filter.
 * 4. fuse.js (Fuse.parseIndex over the candidates' index records) scores them, one search per
 *    query word (and per synonym found); a record's score is the product of its per-word scores,
 *    as fuse.js's logical $and would compute it. The text was normalised at build time, so
 *    fuse.js runs case-sensitive and does no per-record folding. A phrase must be there as written.
 * 5. Order: records needing fewer typo corrections first (a word found as typed, or as the
 *    start of a word, beats one found only within the allowed errors), then fuse.js's score;
 *    among claims of about the same score, the one more sources report first.
 * 6. The words to highlight are the record's words that are expansions of a query word (or in a
 *    phrase), mapped back to the original text.
 * A source that has not loaded a candidate's record says so: the search lists it in `missing`,
 * and the loader fetches it and runs the search again.
 * Without the prefilter (`prefilter: false`) step 3 is skipped and fuse.js reads every record:
 * the "before" setting the benchmark compares with (in-memory source only).
 */
import Fuse from 'fuse.js/basic';
import type { FuseResult, IFuseOptions } from 'fuse.js';
import { topicLabel } from '../claims/claimViews.ts';
import { isNumericToken, normalizeWithMap, tokenize } from '../text/normalizeText.ts';
import { allowedEdits, isEmptyQuery, parseQuery, prefixEditDistance, type ParsedQuery } from './searchQuery.ts';
import { synonymsOf } from './searchSynonyms.ts';
import { fieldEntries, keyWeights, weightOf, type Postings } from './searchPostings.ts';
import {
  CLAIM_KEYS,
  PASSAGE_KEYS,
  claimUrl,
  passageUrl,
  type ArticleRef,
  type ClaimDoc,
  type FuseIndexJson,
  type IndexRecord,
  type PassageDoc,
  type QuoteRef,
  type SearchData,
  type SearchKey,
} from './searchRecords.ts';
import { memorySource } from './searchMemory.ts';
import { excerpt, mergeRanges } from './searchExcerpt.ts';

export { excerpt, mergeRanges };

/** [start, end) in a text. */
export type Range = [number, number];

/** A text with the ranges to highlight. */
export interface Marked {
  text: string;
  marks: Range[];
  /** The text was cut before / after this excerpt. */
  cutStart?: boolean;
  cutEnd?: boolean;
}

export interface ClaimHit {
  kind: 'claim';
  id: string;
  url: string;
  statement: Marked;
  topic: string;
  speaker: Marked;
  figure: string | null;
  sources: number;
  /** Out of how many sources: the claim's page's "reported by n of N" (claimViews.claimCoverage). */
  articleCount: number;
  /** The quote with the most matched words, if any matched, and where it was published. */
  quote: (Marked & { article: string; outlet: string }) | null;
  score: number;
}

export interface PassageHit {
  kind: 'passage';
  url: string;
  /** Paragraph number (the link's #p-N). */
  paragraph: number;
  excerpt: Marked;
  /** The words marked anywhere in the paragraph, as written (for marking them after landing). */
  words: string[];
  title: Marked;
  outlet: string;
  section: Marked | null;
  score: number;
}

export interface SearchResults {
  query: ParsedQuery;
  claims: ClaimHit[];
  passages: PassageHit[];
  /** Matches found, before the display limits. */
  totalClaims: number;
  totalPassages: number;
  /**
   * There were more candidates than `candidateCap` (or a common word's list was cut): fuse.js
   * ranked the best of them, and the totals are estimates.
   */
  capped: boolean;
  /** No record has every word: these results have some of them. */
  partial: boolean;
}

export interface EngineOptions {
  /** Pick candidates with the word index before fuse.js (default true). */
  prefilter?: boolean;
  /** Most candidates of each kind handed to fuse.js (default 60). */
  candidateCap?: number;
  /** Let fuse.js fold case itself, per record and query (the naive setting). */
  fuseFoldsCase?: boolean;
}

export interface SearchLimits {
  claims?: number;
  passages?: number;
  /** Most candidates of each kind for this search (default: the engine's `candidateCap`). */
  candidates?: number;
}

/** Records a search needed and the source did not have, by kind (positions). */
export interface Missing {
  claims: number[];
  passages: number[];
}

/** One kind of record as a source holds it. */
export interface KindSource<D> {
  /** Records of this kind in the whole corpus. */
  readonly count: number;
  /** Documents by position; a position not loaded is a hole. */
  readonly docs: D[];
  /** The fuse.js index record (text restored, `i` = position), if loaded. */
  record(position: number): IndexRecord | undefined;
  /** The word's postings, if the word is in the loaded part of the vocabulary. */
  postings(word: string): Postings | undefined;
}

export interface SearchSource {
  readonly articleCount: number;
  readonly claims: KindSource<ClaimDoc>;
  readonly passages: KindSource<PassageDoc>;
  /** Vocabulary words that start with this character (the loaded part, which must hold every word a query word can stand for). */
  wordsStartingWith(first: string): Iterable<string>;
  /** Bumped whenever more of the vocabulary is loaded (expansions are cached until then). */
  readonly generation: number;
  /** A passage's article (slug, title, outlet, section headings). */
  article(doc: PassageDoc): ArticleRef | undefined;
  /** A claim's quote: its text and the article it is from. */
  quote(doc: ClaimDoc, ref: QuoteRef): { text: string; article: ArticleRef | undefined };
}

export interface SearchEngine {
  search(query: string, limits?: SearchLimits): SearchResults & { missing: Missing };
  /** Every vocabulary word the query's words stand for (to load their shards). */
  expandedWords(query: ParsedQuery): string[];
  /** The candidates the search will hand fuse.js, when every word must match (to fetch their records first). */
  candidatePositions(query: ParsedQuery, cap?: number): Missing;
}

/** Typing errors per character fuse.js accepts; agrees with searchQuery.allowedEdits. */
export const FUSE_THRESHOLD = 0.2;
const DEFAULT_CAP = 60;
/** A synonym counts a little less than the word typed (and as a correction when ordering). */
const SYNONYM_QUALITY = 0.75;

export const firstChar = (word: string): string => String.fromCodePoint(word.codePointAt(0) ?? 0);

interface Kind<D> {
  source: KindSource<D>;
  keys: FuseIndexJson['keys'];
  weights: number[];
  options: IFuseOptions<D>;
  /** Key a result must match in (a passage's own text), or null. */
  primary: string | null;
}

/** The fuse.js index keys as Fuse.createIndex writes them (id, path, weight, src). */
export function indexKeys(keys: readonly SearchKey[]): FuseIndexJson['keys'] {
  return keys.map((key) => ({ id: key.name, path: [key.name], weight: key.weight, src: key.name }));
}

function kindOf<D>(source: KindSource<D>, keys: readonly SearchKey[], primary: string | null, foldCase: boolean): Kind<D> {
  const index = { keys: indexKeys(keys) };
  return {
    source,
    keys: index.keys,
    weights: keyWeights(index, keys),
    primary,
    options: {
      keys: keys.map((key) => ({ ...key })),
      includeScore: true,
      ignoreLocation: true,
      threshold: FUSE_THRESHOLD,
      isCaseSensitive: !foldCase,
    },
  };
}

/** The restored text values of a record's field. */
const fieldTexts = (record: IndexRecord, keyIndex: number): string[] => fieldEntries(record, keyIndex).map((e) => e.v ?? '');

/** Where a query word or phrase matches: the records (positions), a score per position, and whether the list is whole. */
interface Matches {
  ids: number[];
  /** Only the records in `ids` (a map, not an array the size of the corpus: lists are short). */
  scores: Map<number, number>;
  /** Every record that holds it is in `ids` (false when a common word's list was cut). */
  complete: boolean;
  /** Records that hold it (an upper bound when expansions overlap). */
  df: number;
}

/** One fuse.js search of a query word: the word and the synonyms found in the vocabulary. */
interface Leaf {
  patterns: string[];
}

export function createEngine(source: SearchSource, options: EngineOptions = {}): SearchEngine {
  const prefilter = options.prefilter ?? true;
  const defaultCap = options.candidateCap ?? DEFAULT_CAP;
  let cap = defaultCap;
  const foldCase = options.fuseFoldsCase ?? false;
  const claims = kindOf(source.claims, CLAIM_KEYS, null, foldCase);
  const passages = kindOf(source.passages, PASSAGE_KEYS, 'text', foldCase);
  const expansions = new Map<string, Map<string, number>>();
  let generation = source.generation;
  const hasWord = (word: string) => claims.source.postings(word) !== undefined || passages.source.postings(word) !== undefined;

  /** Vocabulary words a query word stands for, with the quality of the match (1 = same word). */
  function expand(term: string): Map<string, number> {
    if (generation !== source.generation) {
      expansions.clear();
      generation = source.generation;
    }
    let found = expansions.get(term);
    if (found) return found;
    found = new Map();
    if (isNumericToken(term)) {
      if (hasWord(term)) found.set(term, 1);
    } else {
      const edits = allowedEdits(term);
      // A word with a letter stands only for words with letters: numbers match exactly.
      for (const word of source.wordsStartingWith(firstChar(term))) {
        if (word === term) found.set(word, 1);
        else if (!/\p{L}/u.test(word)) continue;
        else if (term.length >= 2 && word.startsWith(term)) found.set(word, 0.8);
        else if (edits > 0) {
          const distance = prefixEditDistance(term, word, edits);
          if (distance <= edits) found.set(word, 0.7 - 0.1 * distance);
        }
      }
      for (const synonym of synonymsOf(term)) if (!found.has(synonym) && hasWord(synonym)) found.set(synonym, SYNONYM_QUALITY);
    }
    if (expansions.size > 500) expansions.clear();
    expansions.set(term, found);
    return found;
  }

  const hasPhrase = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `);
  const recordHasPhrase = (record: IndexRecord, phrase: string) =>
    Object.values(record.$).some((entry) => (Array.isArray(entry) ? entry : [entry]).some((e) => hasPhrase(e.v ?? '', phrase)));

  function termMatches<D>(kind: Kind<D>, term: string): Matches {
    const scores = new Map<number, number>();
    const ids: number[] = [];
    let complete = true;
    let df = 0;
    for (const [word, quality] of expand(term)) {
      const list = kind.source.postings(word);
      if (!list) continue;
      if (list.ids.length < list.df) complete = false;
      df += list.df;
      for (let k = 0; k < list.ids.length; k += 1) {
        const id = list.ids[k] as number;
        const score = quality * (list.weights[k] as number);
        const before = scores.get(id);
        if (before === undefined) ids.push(id), scores.set(id, score);
        else if (score > before) scores.set(id, score);
      }
    }
    return { ids, scores, complete, df: Math.min(df, kind.source.count) };
  }

  /** Records that hold every word of the phrase (whether in that order is checked on the record itself, after fuse.js). */
  function phraseMatches<D>(kind: Kind<D>, phrase: string): Matches {
    const lists = tokenize(phrase).map((word) => kind.source.postings(word) ?? { ids: [], weights: [], df: 0 });
    const complete = lists.filter((list) => list.ids.length === list.df).sort((a, b) => a.ids.length - b.ids.length);
    const scores = new Map<number, number>();
    const base = complete[0] ?? lists.reduce((a, b) => (b.df < a.df ? b : a));
    const sets = complete.slice(1).map((list) => new Set(list.ids));
    const ids = base.ids.filter((id) => sets.every((set) => set.has(id)));
    // Ranked as a word is: by the weight of its words there (short fields, heavy keys first), so
    // the candidates are the records the phrase counts most in, not the first ones.
    for (const id of ids) scores.set(id, complete.length === 0 ? 1 : complete.reduce((sum, list) => sum + weightOf(list, id), 0) / complete.length);
    return { ids, scores, complete: complete.length > 0, df: ids.length };
  }

  /**
   * The last queries' candidates, until more of the vocabulary loads: the loader asks for them
   * (to fetch their records) and the search then picks them again, on every keystroke.
   */
  const picked = new Map<string, { ids: number[]; before: number; estimated: boolean }>();
  let pickedGeneration = source.generation;
  function candidates<D>(kind: Kind<D>, query: ParsedQuery, all: boolean): { ids: number[]; before: number; estimated: boolean } {
    if (pickedGeneration !== source.generation || picked.size > 16) picked.clear(), (pickedGeneration = source.generation);
    const key = `${kind === (claims as unknown) ? 'c' : 'p'}${all ? 1 : 0}${cap}\u0000${query.terms.join('\u0000')}\u0001${query.phrases.join('\u0001')}`;
    let found = picked.get(key);
    if (!found) picked.set(key, (found = pickCandidates(kind, query, all)));
    return { ...found, ids: [...found.ids] };
  }

  /** Candidate positions (ascending), and how many records there are estimated to be before the cap. */
  function pickCandidates<D>(kind: Kind<D>, query: ParsedQuery, all: boolean): { ids: number[]; before: number; estimated: boolean } {
    const n = kind.source.count;
    const lists = [...query.terms.map((t) => termMatches(kind, t)), ...query.phrases.map((p) => phraseMatches(kind, p))];
    const rarity = lists.map((list) => Math.log(1 + n / (list.df + 1)));
    const estimated = lists.some((list) => !list.complete);
    let pool: number[];
    let before: number;
    if (all) {
      // Only a whole list can rule a record out; a cut one ranks.
      const whole = lists.filter((list) => list.complete);
      if (whole.length > 0) {
        const smallest = whole.reduce((a, b) => (b.ids.length < a.ids.length ? b : a));
        pool = smallest.ids.filter((id) => whole.every((list) => (list.scores.get(id) ?? 0) > 0));
      } else pool = union(lists, n);
      // With cut lists, the share of records holding every word, as if the words were independent.
      before = estimated ? Math.max(pool.length, Math.round(lists.reduce((share, list) => (share * list.df) / Math.max(n, 1), n))) : pool.length;
    } else {
      pool = union(lists, n);
      before = estimated ? Math.max(pool.length, ...lists.map((list) => list.df)) : pool.length;
    }
    if (pool.length > cap) {
      const score = new Float64Array(pool.length);
      pool.forEach((id, i) => {
        let total = 0;
        for (let k = 0; k < lists.length; k += 1) total += (rarity[k] as number) * ((lists[k] as Matches).scores.get(id) ?? 0);
        score[i] = total;
      });
      // The `cap` best; among records tied at the cut, the earliest (as cutPostings keeps them).
      const cut = Float64Array.from(score).sort()[pool.length - cap] as number;
      const above = pool.filter((_, i) => (score[i] as number) > cut);
      pool = [...above, ...pool.filter((_, i) => score[i] === cut).sort((a, b) => a - b).slice(0, cap - above.length)];
    }
    return { ids: pool.sort((a, b) => a - b), before, estimated };
  }

  function union(lists: readonly Matches[], n: number): number[] {
    const seen = new Uint8Array(n);
    const pool: number[] = [];
    for (const list of lists) for (const id of list.ids) if (!seen[id]) pool.push(id), (seen[id] = 1);
    return pool;
  }

  /** The matched words of a normalised field text, as ranges of that text. */
  function matchedRanges(text: string, words: ReadonlySet<string>, phrases: readonly string[]): Range[] {
    const ranges: Range[] = [];
    let at = 0;
    for (const word of tokenize(text)) {
      if (words.has(word)) ranges.push([at, at + word.length]);
      at += word.length + 1;
    }
    for (const phrase of phrases) {
      let from = 0;
      let found: number;
      while ((found = ` ${text} `.indexOf(` ${phrase} `, from)) !== -1) {
        ranges.push([found, found + phrase.length]);
        from = found + 1;
      }
    }
    return ranges;
  }

  /** The fuse.js searches of a query: one per word (with its synonyms) and one per phrase. */
  function leaves(query: ParsedQuery): Leaf[] {
    return [
      ...query.terms.map((term) => ({
        patterns: [term, ...[...expand(term)].filter(([word, quality]) => quality === SYNONYM_QUALITY && word !== term).map(([word]) => word)],
      })),
      ...query.phrases.map((phrase) => ({ patterns: [phrase] })),
    ];
  }

  /**
   * fuse.js over the candidates, one search per word or phrase; with `all`, a record must match
   * each one, and the next is looked for only among the records that matched so far.
   */
  function run<D>(
    kind: Kind<D>,
    query: ParsedQuery,
    words: ReadonlySet<string>,
    all: boolean,
    missing: number[],
  ): { results: FuseResult<D>[]; corrections: Map<number, number>; found: number; capped: boolean } {
    const picked = prefilter
      ? candidates(kind, query, all)
      : { ids: Array.from({ length: kind.source.count }, (_, i) => i), before: kind.source.count, estimated: false };
    const { before, estimated } = picked;
    let positions = picked.ids;
    const examined = Math.max(positions.length, 1);
    const record = (id: number) => kind.source.record(id) as IndexRecord;
    const loaded = positions.filter((id) => kind.source.record(id) !== undefined);
    if (loaded.length < positions.length) for (const id of positions) if (kind.source.record(id) === undefined) missing.push(id);
    positions = loaded;
    const combined = new Map<number, { result: FuseResult<D>; count: number }>();
    const searches = leaves(query);
    for (const leaf of searches) {
      if (positions.length === 0) break;
      const fuse = new Fuse(kind.source.docs, kind.options, Fuse.parseIndex<D>({ keys: kind.keys, records: positions.map(record) }));
      // A word and its synonyms: the best score among them counts.
      const best = new Map<number, FuseResult<D>>();
      for (const pattern of leaf.patterns) {
        for (const result of fuse.search(pattern)) {
          const score = (result.score ?? 1) * (pattern === leaf.patterns[0] ? 1 : 1 / SYNONYM_QUALITY);
          const seen = best.get(result.refIndex);
          if (!seen || score < (seen.score ?? 1)) best.set(result.refIndex, { ...result, score });
        }
      }
      for (const result of best.values()) {
        const entry = combined.get(result.refIndex);
        const score = result.score ?? 1;
        if (entry) {
          entry.result.score = (entry.result.score ?? 1) * score;
          entry.count += 1;
        } else combined.set(result.refIndex, { result: { ...result, score }, count: 1 });
      }
      if (all) positions = [...best.keys()].sort((a, b) => a - b);
    }
    const primaryKey = kind.keys.findIndex((key) => key.id === kind.primary);
    const results = [...combined.values()]
      .filter(({ count }) => !all || count === searches.length)
      .map(({ result }) => result)
      .filter((result) => {
        const rec = record(result.refIndex);
        // A quoted phrase must be there as written (fuse.js matches it fuzzily).
        if (all && !query.phrases.every((phrase) => recordHasPhrase(rec, phrase))) return false;
        // A paragraph found only through its article's title or section is not a passage match.
        return primaryKey === -1 || fieldTexts(rec, primaryKey).some((text) => matchedRanges(text, words, query.phrases).length > 0);
      })
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || a.refIndex - b.refIndex);
    // Records that need fewer typo corrections come first ("peacek": peacekeepers before
    // peaceful); fuse.js's score orders the rest. A passage counts only its own text.
    const exact = query.terms.map((term) => new Set([...expand(term)].filter(([, quality]) => quality >= 0.8).map(([word]) => word)));
    const corrections = new Map<number, number>();
    for (const result of results) {
      const rec = record(result.refIndex);
      const fields = primaryKey === -1 ? kind.keys.map((_, k) => k) : [primaryKey];
      const present = new Set(fields.flatMap((k) => fieldTexts(rec, k).flatMap(tokenize)));
      corrections.set(result.refIndex, exact.filter((set) => ![...set].some((word) => present.has(word))).length);
    }
    results.sort((a, b) => (corrections.get(a.refIndex) ?? 0) - (corrections.get(b.refIndex) ?? 0));
    // When the cap cut candidates, fuse.js saw only the best of them: the count is an estimate.
    const capped = before > cap || estimated;
    return { results, corrections, found: capped ? Math.max(results.length, Math.round((before * results.length) / examined)) : results.length, capped };
  }

  function search(raw: string, limits: SearchLimits = {}): SearchResults & { missing: Missing } {
    cap = limits.candidates ?? defaultCap;
    const query = parseQuery(raw);
    const missing: Missing = { claims: [], passages: [] };
    const results: SearchResults & { missing: Missing } = { query, claims: [], passages: [], totalClaims: 0, totalPassages: 0, capped: false, partial: false, missing };
    if (isEmptyQuery(query)) return results;
    const words = new Set(query.terms.flatMap((term) => [...expand(term).keys()]));
    let all = true;
    let claimRun = run(claims, query, words, all, missing.claims);
    let passageRun = run(passages, query, words, all, missing.passages);
    const needed = missing.claims.length + missing.passages.length;
    if (needed === 0 && claimRun.results.length + passageRun.results.length === 0 && query.terms.length + query.phrases.length > 1) {
      all = false;
      claimRun = run(claims, query, words, all, missing.claims);
      passageRun = run(passages, query, words, all, missing.passages);
    }
    const mark = (original: string) => marked(original, words, query.phrases);
    const quotesKey = claims.keys.findIndex((key) => key.id === 'quotes');
    const matchedChars = (text: string) => matchedRanges(text, words, query.phrases).reduce((sum, [s, e]) => sum + e - s, 0);
    results.claims = rankClaims(claimRun.results, claimRun.corrections)
      .slice(0, limits.claims ?? 20)
      .map(({ item: doc, refIndex, score }) => {
        // The quote with the most matched characters, judged on its normalised text in the index.
        let best: number | null = null;
        let bestChars = 0;
        for (const entry of fieldEntries(claims.source.record(refIndex) as IndexRecord, quotesKey)) {
          const chars = matchedChars(entry.v ?? '');
          if (chars > bestChars) [best, bestChars] = [entry.i ?? 0, chars];
        }
        const ref = best === null ? undefined : doc.quotes[best];
        let quote: ClaimHit['quote'] = null;
        if (ref) {
          const { text, article } = source.quote(doc, ref);
          quote = { ...excerpt(mark(text), 160), article: article?.title ?? '', outlet: article?.outlet ?? '' };
        }
        return {
          kind: 'claim',
          id: doc.id,
          url: claimUrl(doc.id),
          statement: mark(doc.statement),
          topic: topicLabel(doc.topic),
          speaker: mark(doc.speaker),
          figure: doc.figure,
          sources: doc.sources,
          articleCount: doc.of,
          quote,
          score: score ?? 1,
        };
      });
    results.passages = passageRun.results.slice(0, limits.passages ?? 20).map(({ item: doc, score }) => {
      const article = source.article(doc);
      const section = article?.sections[doc.s] ?? '';
      const text = mark(doc.t);
      return {
        kind: 'passage',
        url: passageUrl(article?.slug ?? '', doc.p),
        paragraph: doc.p,
        excerpt: excerpt(text, 220),
        words: [...new Set(text.marks.flatMap(([s, e]) => doc.t.slice(s, e).split(/\s+/u)).filter((w) => w !== ''))],
        title: mark(article?.title ?? ''),
        outlet: article?.outlet ?? '',
        section: section === '' ? null : mark(section),
        score: score ?? 1,
      };
    });
    results.totalClaims = claimRun.found;
    results.totalPassages = passageRun.found;
    results.capped = claimRun.capped || passageRun.capped;
    results.partial = !all;
    return results;
  }

  /**
   * Fewest typo corrections first; then fuse.js's order, except that among scores of the same
   * order of magnitude the claim more sources report comes first.
   */
  function rankClaims(results: FuseResult<ClaimDoc>[], corrections: ReadonlyMap<number, number>): FuseResult<ClaimDoc>[] {
    const band = (r: FuseResult<ClaimDoc>) => Math.round(Math.log10(Math.max(r.score ?? 1, 1e-300)) * 4);
    const fixes = (r: FuseResult<ClaimDoc>) => corrections.get(r.refIndex) ?? 0;
    return [...results].sort(
      (a, b) => fixes(a) - fixes(b) || band(a) - band(b) || b.item.sources - a.item.sources || (a.score ?? 1) - (b.score ?? 1),
    );
  }

  /** The original text with its matched words as ranges. */
  function marked(original: string, words: ReadonlySet<string>, phrases: readonly string[]): Marked {
    const { text, origin } = normalizeWithMap(original);
    const ranges = matchedRanges(text, words, phrases).map(([s, e]): Range => {
      const last = origin[e - 1] as number;
      return [origin[s] as number, last + ((original.codePointAt(last) ?? 0) > 0xffff ? 2 : 1)];
    });
    return { text: original, marks: mergeRanges(ranges) };
  }

  return {
    search,
    expandedWords: (query) => [...new Set([...query.terms.flatMap((term) => [...expand(term).keys()]), ...query.phrases.flatMap(tokenize)])],
    candidatePositions: (query, limit = defaultCap) => {
      if (isEmptyQuery(query) || !prefilter) return { claims: [], passages: [] };
      cap = limit;
      return { claims: candidates(claims, query, true).ids, passages: candidates(passages, query, true).ids };
    },
  };
}

/** The engine over the whole search file in memory (unit tests, benchmark). */
export function createSearchEngine(file: SearchData, options: EngineOptions = {}): SearchEngine & { vocabularySize: number } {
  const source = memorySource(file);
  return { ...createEngine(source, options), vocabularySize: source.vocabularySize };
}
