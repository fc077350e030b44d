/**
 * searchShardCut: cuts the search file (/search-index.json, searchRecords.ts) into the sharded
 * index (searchShards.ts) without holding it: the text is read twice, in pieces (jsonStream.ts),
 * one record at a time, so memory follows the postings (record numbers and weights) and the field
 * norms, not the text. The build's integration (src/integrations/searchShards.ts) runs it on the
 * built file; its output is byte for byte that of `writeShards` over the parsed file.
 *
 * 1. First reading: the folder's hash over the whole text, the articles (titles, outlets,
 *    headings), each record's field norms (the fuse.js index without text), and the quoted
 *    slices of the paragraphs the claims quote (a claim's file carries its quotes' text).
 * 2. Second reading: each claim and each passage in turn: its normalised fields (to index its
 *    words), its file written at once (searchShards.shardCut), its norms let go.
 * 3. The term shards, vocabularies and fragment files from the postings; a fragment file's
 *    records are read back from the single files written in step 2 (`readBack`).
 * Pure: the caller reads the file and writes the output (no Node APIs here).
 */
import { jsonStream, type JsonTargets } from './jsonStream.ts';
import {
  CLAIM_KEYS,
  PASSAGE_KEYS,
  SEARCH_DATA_VERSION,
  cachedNormalizer,
  claimDoc,
  claimFieldsWithQuotes,
  passageDoc,
  passageFields,
  restoreRecord,
  type ArticleRef,
  type ClaimRow,
  type FuseIndexJson,
  type IndexRecord,
  type PassageRow,
  type SearchKey,
} from './searchRecords.ts';
import { claimFragment, claimPath, passageFragment, passagePath, shardCut, shardsHasher, type SearchManifest, type ShardOptions, type WriteFile } from './searchShards.ts';

/** The search file's text, in pieces; called once per reading. */
export type ReadText = () => AsyncIterable<string> | Iterable<string>;

const FIRST: JsonTargets = {
  v: 'value',
  articleCount: 'value',
  articles: 'elements',
  'claims.docs': 'elements',
  'claims.index.keys': 'value',
  'claims.index.records': 'elements',
  'passages.docs': 'elements',
  'passages.index.keys': 'value',
  'passages.index.records': 'elements',
};
const SECOND: JsonTargets = { 'claims.docs': 'elements', 'passages.docs': 'elements' };

async function readAll(read: ReadText, targets: JsonTargets, emit: (path: string, value: unknown, index: number) => void, each?: (chunk: string) => void): Promise<void> {
  const stream = jsonStream(targets, emit);
  for await (const chunk of read()) {
    each?.(chunk);
    stream.write(chunk);
  }
  stream.end();
}

function checkKeys(keys: FuseIndexJson['keys'] | undefined, expected: readonly SearchKey[], kind: string): FuseIndexJson['keys'] {
  if (!keys || keys.length !== expected.length || keys.some((key, k) => key.id !== expected[k]?.name)) {
    throw new Error(`search file: the ${kind} index keys are not ${expected.map((key) => key.name).join(', ')}: rebuild the search file (src/pages/search-index.json.ts)`);
  }
  return keys;
}

/** Cuts the search file read by `read` and returns the manifest (written last). */
export async function cutSearchFile(read: ReadText, write: WriteFile, readBack: (path: string) => string, options: ShardOptions = {}): Promise<SearchManifest> {
  const hasher = shardsHasher(options);
  let version: unknown;
  let articleCount = 0;
  const articles: ArticleRef[] = [];
  let claimKeys: FuseIndexJson['keys'] | undefined;
  let passageKeys: FuseIndexJson['keys'] | undefined;
  const claimNorms: Array<IndexRecord | undefined> = [];
  const passageNorms: Array<IndexRecord | undefined> = [];
  /** Quoted paragraphs → the [start, end] slices quoted; then the slices' text and the paragraph's article. */
  const quoted = new Map<number, Array<[number, number]>>();
  const slices = new Map<string, string>();
  const quotedArticle = new Map<number, number>();
  let passagesSeen = false;

  await readAll(
    read,
    FIRST,
    (path, value, index) => {
      switch (path) {
        case 'v':
          version = value;
          break;
        case 'articleCount':
          articleCount = value as number;
          break;
        case 'articles':
          articles[index] = value as ArticleRef;
          break;
        case 'claims.docs': {
          if (passagesSeen) throw new Error('search file: the claims must come before the passages');
          for (const [p, s, e] of claimDoc(value as ClaimRow).quotes) {
            let list = quoted.get(p);
            if (!list) quoted.set(p, (list = []));
            list.push([s, e]);
          }
          break;
        }
        case 'claims.index.keys':
          claimKeys = value as FuseIndexJson['keys'];
          break;
        case 'claims.index.records':
          claimNorms[index] = value as IndexRecord;
          break;
        case 'passages.docs': {
          passagesSeen = true;
          const list = quoted.get(index);
          if (list) {
            const [a, , , t] = value as PassageRow;
            quotedArticle.set(index, a);
            for (const [s, e] of list) slices.set(`${index}:${s}:${e}`, t.slice(s, e));
          }
          break;
        }
        case 'passages.index.keys':
          passageKeys = value as FuseIndexJson['keys'];
          break;
        case 'passages.index.records':
          passageNorms[index] = value as IndexRecord;
          break;
      }
    },
    (chunk) => hasher.update(chunk),
  );
  if (version !== SEARCH_DATA_VERSION) throw new Error(`search file: version ${String(version)}, expected ${SEARCH_DATA_VERSION}: rebuild it (src/pages/search-index.json.ts)`);
  const cKeys = checkKeys(claimKeys, CLAIM_KEYS, 'claim');
  const pKeys = checkKeys(passageKeys, PASSAGE_KEYS, 'passage');
  quoted.clear();

  const hash = hasher.digest();
  const cut = shardCut(hash, articleCount, write, options);
  const context = cachedNormalizer();
  const quote = (ref: readonly [number, number, number]) => ({ text: slices.get(`${ref[0]}:${ref[1]}:${ref[2]}`) ?? '', article: articles[quotedArticle.get(ref[0]) ?? -1] });
  const norms = (list: Array<IndexRecord | undefined>, index: number, kind: string): IndexRecord => {
    const record = list[index];
    if (!record) throw new Error(`search file: ${kind} ${index} has no index record`);
    list[index] = undefined;
    return record;
  };
  await readAll(read, SECOND, (path, value, index) => {
    if (path === 'claims.docs') {
      const doc = claimDoc(value as ClaimRow);
      const fields = claimFieldsWithQuotes(doc, doc.quotes.map((ref) => quote(ref).text));
      cut.addClaim(restoreRecord(norms(claimNorms, index, 'claim'), cKeys, fields), claimFragment(doc, quote));
    } else {
      const doc = passageDoc(value as PassageRow);
      cut.addPassage(restoreRecord(norms(passageNorms, index, 'passage'), pKeys, passageFields({ articles }, doc, context)), passageFragment(doc, articles[doc.a]));
    }
  });
  return cut.finish((kind, position) => readBack(kind === 'claim' ? claimPath(hash, position) : passagePath(hash, position)));
}
