/**
 * searchMemory: the whole search file (/search-index.json) in memory as a search source for the
 * engine: every record loaded, every word's postings whole. The unit tests and the benchmark's
 * in-memory figures use it; the browser loads shards instead (searchShardLoader.ts).
 */
import { loadSearchData, quoteText, type SearchData } from './searchRecords.ts';
import { CLAIM_KEYS, PASSAGE_KEYS } from './searchRecords.ts';
import { buildPostings, keyWeights, type Postings } from './searchPostings.ts';
import type { KindSource, SearchSource } from './searchEngine.ts';

const firstChar = (word: string): string => String.fromCodePoint(word.codePointAt(0) ?? 0);

export function memorySource(file: SearchData): SearchSource & { vocabularySize: number } {
  const data = loadSearchData(file);
  const kind = <D>(docs: D[], index: SearchData['claims']['index'], keys: typeof CLAIM_KEYS): { source: KindSource<D>; postings: Map<string, Postings> } => {
    const postings = buildPostings(index.records, keyWeights(index, keys));
    const records = index.records;
    return { postings, source: { count: docs.length, docs, record: (i) => records[i], postings: (word) => postings.get(word) } };
  };
  const claims = kind(data.claims.docs, data.claims.index, CLAIM_KEYS);
  const passages = kind(data.passages.docs, data.passages.index, PASSAGE_KEYS);
  const byFirst = new Map<string, string[]>();
  for (const word of new Set([...claims.postings.keys(), ...passages.postings.keys()])) {
    const key = firstChar(word);
    let list = byFirst.get(key);
    if (!list) byFirst.set(key, (list = []));
    list.push(word);
  }
  return {
    articleCount: data.articleCount,
    claims: claims.source,
    passages: passages.source,
    generation: 0,
    vocabularySize: [...byFirst.values()].reduce((n, list) => n + list.length, 0),
    wordsStartingWith: (first) => byFirst.get(first) ?? [],
    article: (doc) => data.articles[doc.a],
    quote: (_, ref) => ({ text: quoteText(data, ref), article: data.articles[data.passages.docs[ref[0]]?.a ?? -1] }),
  };
}
