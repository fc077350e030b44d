/**
 * searchEngine: runs a query against the search data (searchRecords.ts) with fuse.js and returns
 * results ready to show: claims first, then passages, each with the matched words as ranges of
 * the original text, and links. Pure: no DOM, no fetch; the browser UI, the unit tests and the
 * benchmark all use it.
 *
 * How a query runs:
 * 1. searchQuery.parseQuery turns it into normalised words and quoted phrases.
 * 2. Each word is expanded against the corpus vocabulary: the word itself, words it begins
 *    (it may still be being typed), and words within the allowed typing errors.
 * 3. A word index built on load (word → records) picks the candidates: every query word must
 *    match a record word through its expansions, every phrase must occur as written. Candidates
 *    are ranked cheaply (rarity × match quality × field weight × field-length norm) and cut to
 *    `candidateCap`, so fuse.js's per-record cost no longer grows with the corpus.
 * 4. fuse.js (Fuse.parseIndex over the candidates' index records) scores them, one search per
 *    query word; a record's score is the product of its per-word scores, as fuse.js's logical
 *    $and would compute it. The text was normalised at build time, so fuse.js runs
 *    case-sensitive and does no per-record folding.
 * 5. Order: records needing fewer typo corrections first (a word found as typed, or as the
 *    start of a word, beats one found only within the allowed errors), then fuse.js's score;
 *    among claims of about the same score, the one more sources report first.
 * 6. The words to highlight are the record's words that are expansions of a query word (or in a
 *    phrase), mapped back to the original text.
 * Without the prefilter (`prefilter: false`) step 3 is skipped and fuse.js reads every record:
 * the "before" setting the benchmark compares with.
 */
import Fuse from 'fuse.js/basic';
import type { FuseResult, IFuseOptions } from 'fuse.js';
import { topicLabel } from '../claims/claimViews.ts';
import { isNumericToken, normalizeWithMap, tokenize } from '../text/normalizeText.ts';
import { allowedEdits, isEmptyQuery, parseQuery, prefixEditDistance, type ParsedQuery } from './searchQuery.ts';
import {
  CLAIM_KEYS,
  PASSAGE_KEYS,
  claimUrl,
  loadSearchData,
  passageUrl,
  quoteText,
  type ClaimDoc,
  type FuseIndexJson,
  type IndexEntry,
  type IndexRecord,
  type LoadedSearchData,
  type SearchData,
  type SearchKey,
} from './searchRecords.ts';

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
   * There were more candidates than `candidateCap`: fuse.js ranked the best of them, and the
   * totals are estimates (candidates × the share of those examined that matched).
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
}

export interface SearchEngine {
  search(query: string, limits?: SearchLimits): SearchResults;
  /** Distinct words in the word index. */
  readonly vocabularySize: number;
}

/** Typing errors per character fuse.js accepts; agrees with searchQuery.allowedEdits. */
export const FUSE_THRESHOLD = 0.2;
const DEFAULT_CAP = 60;

interface Postings {
  /** Record positions, ascending. */
  ids: number[];
  /** Best field weight × length norm among the fields the word occurs in, per record. */
  weights: number[];
}

interface Kind<D> {
  docs: D[];
  keys: FuseIndexJson['keys'];
  records: IndexRecord[];
  postings: Map<string, Postings>;
  options: IFuseOptions<D>;
  /** Key a result must match in (a passage's own text), or null. */
  primary: string | null;
}

/** The entries of a record's field (one, or one per array element). */
function fieldEntries(record: IndexRecord, keyIndex: number): IndexEntry[] {
  const entry = record.$[keyIndex];
  return entry ? (Array.isArray(entry) ? entry : [entry]) : [];
}

/** The restored text values of a record's field. */
const fieldTexts = (record: IndexRecord, keyIndex: number): string[] => fieldEntries(record, keyIndex).map((e) => e.v ?? '');

function buildKind<D>(docs: D[], index: FuseIndexJson, keys: readonly SearchKey[], primary: string | null, foldCase: boolean): Kind<D> {
  const total = keys.reduce((sum, key) => sum + key.weight, 0);
  const weights = index.keys.map((key) => (keys.find((k) => k.name === key.id)?.weight ?? 0) / total);
  const postings = new Map<string, Postings>();
  // Context fields (an article's title, section, outlet) repeat: split each distinct text once.
  const words = new Map<string, string[]>();
  const wordsOf = (text: string) => {
    let list = words.get(text);
    if (!list) words.set(text, (list = tokenize(text)));
    return list;
  };
  const records = index.records;
  for (let position = 0; position < records.length; position += 1) {
    const record = records[position] as IndexRecord;
    for (let keyIndex = 0; keyIndex < weights.length; keyIndex += 1) {
      for (const { v = '', n } of fieldEntries(record, keyIndex)) {
        // As in fuse.js's score: the field's weight times its length norm (short fields count more).
        const weight = (weights[keyIndex] as number) * n;
        for (const word of v.length < 120 ? wordsOf(v) : tokenize(v)) {
          let list = postings.get(word);
          if (!list) postings.set(word, (list = { ids: [], weights: [] }));
          const last = list.ids.length - 1;
          if (list.ids[last] !== position) {
            list.ids.push(position);
            list.weights.push(weight);
          } else if ((list.weights[last] as number) < weight) list.weights[last] = weight;
        }
      }
    }
  }
  return {
    docs,
    keys: index.keys,
    records: index.records,
    postings,
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

export function createSearchEngine(file: SearchData, options: EngineOptions = {}): SearchEngine {
  const data: LoadedSearchData = loadSearchData(file);
  const prefilter = options.prefilter ?? true;
  const cap = options.candidateCap ?? DEFAULT_CAP;
  const foldCase = options.fuseFoldsCase ?? false;
  const claims = buildKind(data.claims.docs, data.claims.index, CLAIM_KEYS, null, foldCase);
  const passages = buildKind(data.passages.docs, data.passages.index, PASSAGE_KEYS, 'text', foldCase);
  const vocabulary = [...new Set([...claims.postings.keys(), ...passages.postings.keys()])];
  const expansions = new Map<string, Map<string, number>>();

  /** Words with a letter: the only ones a word with a letter may stand for (numbers match exactly). */
  const wordsWithLetters = vocabulary.filter((word) => /\p{L}/u.test(word));

  /** Vocabulary words a query word stands for, with the quality of the match (1 = same word). */
  function expand(term: string): Map<string, number> {
    let found = expansions.get(term);
    if (found) return found;
    found = new Map();
    if (isNumericToken(term)) {
      if (claims.postings.has(term) || passages.postings.has(term)) found.set(term, 1);
    } else {
      const edits = allowedEdits(term);
      for (const word of /\p{L}/u.test(term) ? wordsWithLetters : vocabulary) {
        if (word === term) found.set(word, 1);
        else if (term.length >= 2 && word.startsWith(term)) found.set(word, 0.8);
        else if (edits > 0) {
          const distance = prefixEditDistance(term, word, edits);
          if (distance <= edits) found.set(word, 0.7 - 0.1 * distance);
        }
      }
    }
    if (expansions.size > 500) expansions.clear();
    expansions.set(term, found);
    return found;
  }

  const hasPhrase = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `);
  const recordHasPhrase = (record: IndexRecord, phrase: string) =>
    Object.values(record.$).some((entry) => (Array.isArray(entry) ? entry : [entry]).some((e) => hasPhrase(e.v ?? '', phrase)));

  /** Where a query word or phrase matches: the records (positions), and a score per position. */
  interface Matches {
    ids: number[];
    scores: Float64Array;
  }

  function termMatches<D>(kind: Kind<D>, term: string): Matches {
    const scores = new Float64Array(kind.records.length);
    const ids: number[] = [];
    for (const [word, quality] of expand(term)) {
      const list = kind.postings.get(word);
      if (!list) continue;
      for (let k = 0; k < list.ids.length; k += 1) {
        const id = list.ids[k] as number;
        const score = quality * (list.weights[k] as number);
        const before = scores[id] as number;
        if (before === 0) ids.push(id);
        if (score > before) scores[id] = score;
      }
    }
    return { ids, scores };
  }

  function phraseMatches<D>(kind: Kind<D>, phrase: string): Matches {
    const words = tokenize(phrase);
    const lists = words.map((word) => kind.postings.get(word)?.ids ?? []).sort((a, b) => a.length - b.length);
    const sets = lists.slice(1).map((list) => new Set(list));
    const scores = new Float64Array(kind.records.length);
    const ids = (lists[0] ?? []).filter((id) => sets.every((set) => set.has(id)) && recordHasPhrase(kind.records[id] as IndexRecord, phrase));
    for (const id of ids) scores[id] = 1;
    return { ids, scores };
  }

  /** Candidate positions (ascending), and how many there were before the cap. */
  function candidates<D>(kind: Kind<D>, query: ParsedQuery, all: boolean): { ids: number[]; before: number } {
    const n = kind.records.length;
    const lists = [...query.terms.map((t) => termMatches(kind, t)), ...query.phrases.map((p) => phraseMatches(kind, p))];
    const rarity = lists.map((list) => Math.log(1 + n / (list.ids.length + 1)));
    let pool: number[];
    if (all) {
      const smallest = lists.reduce((a, b) => (b.ids.length < a.ids.length ? b : a));
      pool = smallest.ids.filter((id) => lists.every((list) => (list.scores[id] as number) > 0));
    } else {
      const seen = new Uint8Array(n);
      pool = [];
      for (const list of lists) for (const id of list.ids) if (!seen[id]) pool.push(id), (seen[id] = 1);
    }
    const before = pool.length;
    if (before > cap) {
      const score = new Float64Array(pool.length);
      pool.forEach((id, i) => {
        let total = 0;
        for (let k = 0; k < lists.length; k += 1) total += (rarity[k] as number) * ((lists[k] as Matches).scores[id] as number);
        score[i] = total;
      });
      const cut = Float64Array.from(score).sort()[pool.length - cap] as number;
      pool = pool.filter((_, i) => (score[i] as number) >= cut).slice(0, cap);
    }
    return { ids: pool.sort((a, b) => a - b), before };
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

  /**
   * fuse.js over the candidates, one search per word or phrase; with `all`, a record must match
   * each one, and the next is looked for only among the records that matched so far.
   */
  function run<D>(
    kind: Kind<D>,
    query: ParsedQuery,
    words: ReadonlySet<string>,
    all: boolean,
  ): { results: FuseResult<D>[]; corrections: Map<number, number>; found: number; capped: boolean } {
    let positions: number[] | null = null;
    let before = 0;
    if (prefilter) ({ ids: positions, before } = candidates(kind, query, all));
    const combined = new Map<number, { result: FuseResult<D>; count: number }>();
    const leaves = [...query.terms, ...query.phrases];
    for (const leaf of leaves) {
      if (positions?.length === 0) break;
      const records = positions === null ? kind.records : positions.map((id) => kind.records[id] as IndexRecord);
      const found = new Fuse(kind.docs, kind.options, Fuse.parseIndex<D>({ keys: kind.keys, records })).search(leaf);
      for (const result of found) {
        const entry = combined.get(result.refIndex);
        const score = result.score ?? 1;
        if (entry) {
          entry.result.score = (entry.result.score ?? 1) * score;
          entry.count += 1;
        } else combined.set(result.refIndex, { result: { ...result, score }, count: 1 });
      }
      if (all) positions = found.map((r) => r.refIndex).sort((a, b) => a - b);
    }
    const primaryKey = kind.keys.findIndex((key) => key.id === kind.primary);
    const results = [...combined.values()]
      .filter(({ count }) => !all || count === leaves.length)
      .map(({ result }) => result)
      .filter((result) => {
        const record = kind.records[result.refIndex] as IndexRecord;
        // A quoted phrase must be there as written (fuse.js matches it fuzzily).
        if (all && !query.phrases.every((phrase) => recordHasPhrase(record, phrase))) return false;
        // A paragraph found only through its article's title or section is not a passage match.
        return primaryKey === -1 || fieldTexts(record, primaryKey).some((text) => matchedRanges(text, words, query.phrases).length > 0);
      })
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || a.refIndex - b.refIndex);
    // Records that need fewer typo corrections come first ("peacek": peacekeepers before
    // peaceful); fuse.js's score orders the rest. A passage counts only its own text.
    const exact = query.terms.map((term) => new Set([...expand(term)].filter(([, quality]) => quality >= 0.8).map(([word]) => word)));
    const corrections = new Map<number, number>();
    for (const result of results) {
      const record = kind.records[result.refIndex] as IndexRecord;
      const fields = primaryKey === -1 ? kind.keys.map((_, k) => k) : [primaryKey];
      const present = new Set(fields.flatMap((k) => fieldTexts(record, k).flatMap(tokenize)));
      corrections.set(result.refIndex, exact.filter((words) => ![...words].some((word) => present.has(word))).length);
    }
    results.sort((a, b) => (corrections.get(a.refIndex) ?? 0) - (corrections.get(b.refIndex) ?? 0));
    // When the cap cut candidates, fuse.js saw only the best of them: the count is an estimate.
    const capped = before > cap;
    return { results, corrections, found: capped ? Math.round((before * results.length) / cap) : results.length, capped };
  }

  function search(raw: string, limits: SearchLimits = {}): SearchResults {
    const query = parseQuery(raw);
    const results: SearchResults = { query, claims: [], passages: [], totalClaims: 0, totalPassages: 0, capped: false, partial: false };
    if (isEmptyQuery(query)) return results;
    const words = new Set(query.terms.flatMap((term) => [...expand(term).keys()]));
    let all = true;
    let claimRun = run(claims, query, words, all);
    let passageRun = run(passages, query, words, all);
    if (claimRun.results.length + passageRun.results.length === 0 && query.terms.length + query.phrases.length > 1) {
      all = false;
      claimRun = run(claims, query, words, all);
      passageRun = run(passages, query, words, all);
    }
    const mark = (original: string) => marked(original, words, query.phrases);
    const quotesKey = claims.keys.findIndex((key) => key.id === 'quotes');
    const matchedChars = (text: string) => matchedRanges(text, words, query.phrases).reduce((sum, [s, e]) => sum + e - s, 0);
    results.claims = rankClaims(claimRun.results, claimRun.corrections)
      .slice(0, limits.claims ?? 20)
      .map(({ item: doc, refIndex, score }) => {
        // The quote with the most matched characters, judged on its normalised text in the index.
        let best: IndexEntry | null = null;
        let bestChars = 0;
        for (const entry of fieldEntries(claims.records[refIndex] as IndexRecord, quotesKey)) {
          const chars = matchedChars(entry.v ?? '');
          if (chars > bestChars) [best, bestChars] = [entry, chars];
        }
        const ref = best ? doc.quotes[best.i ?? 0] : undefined;
        let quote: ClaimHit['quote'] = null;
        if (ref) {
          const article = data.articles[data.passages.docs[ref[0]]?.a ?? -1];
          quote = { ...excerpt(mark(quoteText(data, ref)), 160), article: article?.title ?? '', outlet: article?.outlet ?? '' };
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
          articleCount: data.articleCount,
          quote,
          score: score ?? 1,
        };
      });
    results.passages = passageRun.results.slice(0, limits.passages ?? 20).map(({ item: doc, score }) => {
      const article = data.articles[doc.a];
      const section = article?.sections[doc.s] ?? '';
      return {
        kind: 'passage',
        url: passageUrl(article?.slug ?? '', doc.p),
        paragraph: doc.p,
        excerpt: excerpt(mark(doc.t), 220),
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

  return { search, vocabularySize: vocabulary.length };
}

export function mergeRanges(ranges: readonly Range[]): Range[] {
  const merged: Range[] = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** At most about `max` characters around the first highlight, cut at word boundaries. */
export function excerpt(source: Marked, max: number): Marked {
  const { text, marks } = source;
  if (text.length <= max) return source;
  const focus = marks[0]?.[0] ?? 0;
  let start = Math.max(0, focus - Math.floor(max / 4));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= focus ? start : space + 1;
  }
  let end = Math.min(text.length, start + max);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start && space >= (marks[0]?.[1] ?? 0)) end = space;
  }
  const kept: Range[] = [];
  for (const [s, e] of marks) if (e > start && s < end) kept.push([Math.max(s, start) - start, Math.min(e, end) - start]);
  return { text: text.slice(start, end), marks: kept, cutStart: start > 0, cutEnd: end < text.length };
}
