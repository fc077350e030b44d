/**
 * searchRecords: the records the site search looks through, built at build time from the
 * articles and the verified claims, and serialised with their fuse.js indexes into one static
 * JSON file (/search-index.json), which searchShards.ts splits into the small files the browser
 * fetches as a query needs them.
 *
 * Two kinds of record, each with its own fuse.js index:
 * - a claim: statement, speaker, topic, figures, and its verbatim quotes;
 * - a passage: one article paragraph, with its article's title and outlet and its section.
 *
 * The documents hold only what a result shows, in the original wording; a claim's quotes are
 * references (passage, start, end) into their paragraphs, not copies. fuse.js indexes the
 * normalised text of each field (text/normalizeText.ts). That text is a pure function of the
 * documents (`claimFields`, `passageFields`), so the file keeps the index fuse.js built
 * (Fuse.createIndex → toJSON: keys, records, field-length norms) without the text values, and
 * `loadSearchData` puts them back before Fuse.parseIndex: each text is sent once, not twice.
 */
import Fuse from 'fuse.js';
import { topicLabel } from '../claims/claimViews.ts';
import { normalizeText } from '../text/normalizeText.ts';

/** Bumped when the file's shape changes, so a cached old file is never misread. */
export const SEARCH_DATA_VERSION = 2;

export interface SearchArticleInput {
  id: string;
  title: string;
  outlet: string;
  sections: ReadonlyArray<{
    heading: { text: string } | null;
    paragraphs: ReadonlyArray<{ id: string; text: string }>;
  }>;
  /** The dek lines, in order (`dek-1`, …): passages like paragraphs, which claims may quote. */
  dek?: ReadonlyArray<{ text: string }>;
}

export interface SearchClaimInput {
  id: string;
  statement: string;
  topic: string;
  speaker: string;
  figure: { value: number; unit: string } | null;
  /**
   * "Reported by n of N" as the claim's page says it (claimViews.claimCoverage: within its own
   * event, drafts counted). Without it: the articles that mention it, of every article.
   */
  coverage?: { reported: number; of: number } | undefined;
  mentions: ReadonlyArray<{
    article: string;
    figure: number | null;
    quotes: ReadonlyArray<{ paragraph: string; start: number; end: number }>;
  }>;
}

export interface ArticleRef {
  /** Slug: /articles/<slug>/. */
  slug: string;
  title: string;
  outlet: string;
  /** Section headings in order; '' for the text before the first subhead. */
  sections: string[];
}

/** A quote as [passage index, start, end] in that passage's text (end exclusive). */
export type QuoteRef = [number, number, number];

/** A claim as a result shows it. */
export interface ClaimDoc {
  id: string;
  statement: string;
  /** Topic slug; its label comes from claimViews.topicLabel. */
  topic: string;
  speaker: string;
  /** The claim's figure as shown ("2,030 troops"), or null. */
  figure: string | null;
  /** How many articles report the claim. */
  sources: number;
  /** Out of how many sources (its page's "reported by n of N"). */
  of: number;
  quotes: QuoteRef[];
  /** Other values the articles give for the figure (searchable, not shown). */
  alt: number[];
}

/** A paragraph as a result shows it. */
export interface PassageDoc {
  /** Article index in `articles`. */
  a: number;
  /** Section index in the article's `sections`. */
  s: number;
  /** Paragraph number: the link is #p-<p>; a dek line's is negative, -N for #dek-N. */
  p: number;
  /** The paragraph as written. */
  t: string;
}

/**
 * The documents as stored in the file: arrays, not objects (half a kilobyte less after gzip).
 * A claim: [id, statement, topic, speaker, figure, sources, of, quotes, alt?]; a passage: [a, s, p, t].
 */
export type ClaimRow = [string, string, string, string, string | null, number, number, QuoteRef[], number[]?];
export type PassageRow = [number, number, number, string];

export const claimRow = (d: ClaimDoc): ClaimRow => {
  const row: ClaimRow = [d.id, d.statement, d.topic, d.speaker, d.figure, d.sources, d.of, d.quotes];
  if (d.alt.length > 0) row.push(d.alt);
  return row;
};
export const claimDoc = ([id, statement, topic, speaker, figure, sources, of, quotes, alt]: ClaimRow): ClaimDoc => ({
  id,
  statement,
  topic,
  speaker,
  figure,
  sources,
  of,
  quotes,
  alt: alt ?? [],
});
export const passageRow = (d: PassageDoc): PassageRow => [d.a, d.s, d.p, d.t];
export const passageDoc = ([a, s, p, t]: PassageRow): PassageDoc => ({ a, s, p, t });

/** One entry of a fuse.js index record: normalised text, array position, field-length norm. */
export interface IndexEntry {
  v?: string;
  i?: number;
  n: number;
}
export interface IndexRecord {
  i: number;
  $: Record<string, IndexEntry | IndexEntry[]>;
}
/** What FuseIndex.toJSON() produces and Fuse.parseIndex reads. */
export interface FuseIndexJson {
  keys: Array<{ id: string; path: string[]; weight: number; src: string }>;
  records: IndexRecord[];
}

export interface SearchData {
  v: typeof SEARCH_DATA_VERSION;
  /** Number of articles in the corpus (a claim's own "of N" is in its row). */
  articleCount: number;
  articles: ArticleRef[];
  claims: { docs: ClaimRow[]; index: FuseIndexJson };
  passages: { docs: PassageRow[]; index: FuseIndexJson };
}

/** The file with its documents as objects and its index text restored: what the engine uses. */
export interface LoadedSearchData {
  articleCount: number;
  articles: ArticleRef[];
  claims: { docs: ClaimDoc[]; index: FuseIndexJson };
  passages: { docs: PassageDoc[]; index: FuseIndexJson };
}

export interface SearchKey {
  name: string;
  weight: number;
}

/**
 * Field weights. A claim's statement is the editors' neutral wording and the best evidence of
 * what a claim is about; quotes are the outlets' words; speaker, topic and figures narrow.
 * A passage is its text; its article's title, its section and outlet are context.
 */
export const CLAIM_KEYS: readonly SearchKey[] = [
  { name: 'statement', weight: 3 },
  { name: 'quotes', weight: 1.5 },
  { name: 'speaker', weight: 1 },
  { name: 'topic', weight: 0.5 },
  { name: 'figure', weight: 1 },
];

export const PASSAGE_KEYS: readonly SearchKey[] = [
  { name: 'text', weight: 3 },
  { name: 'title', weight: 0.5 },
  { name: 'section', weight: 0.5 },
  { name: 'outlet', weight: 0.25 },
];

export const claimUrl = (id: string): string => `/claims/${id}/`;
export const passageUrl = (slug: string, paragraph: number): string => `/articles/${slug}/#${paragraph < 0 ? `dek-${-paragraph}` : `p-${paragraph}`}`;

const paragraphNumber = (id: string): number => Number(id.slice(2));
const formatNumber = (value: number): string => value.toLocaleString('en');

type Docs = { articles: readonly ArticleRef[]; passages: { docs: readonly PassageDoc[] } };

/** The passage text a quote reference points at. */
export function quoteText(data: Pick<Docs, 'passages'>, [passage, start, end]: QuoteRef): string {
  return data.passages.docs[passage]?.t.slice(start, end) ?? '';
}

/** The normalised text fuse.js searches in each field of a claim. */
export function claimFields(data: Docs, doc: ClaimDoc): Record<string, string | string[] | null> {
  return claimFieldsWithQuotes(doc, doc.quotes.map((ref) => quoteText(data, ref)));
}

/** The same, given the quotes' texts (a claim fragment carries them: searchShards.ts). */
export function claimFieldsWithQuotes(doc: ClaimDoc, quotes: readonly string[]): Record<string, string | string[] | null> {
  const figures = [doc.figure ?? '', ...doc.alt].join(' ').trim();
  return {
    statement: normalizeText(doc.statement),
    quotes: quotes.map((quote) => normalizeText(quote)),
    speaker: normalizeText(doc.speaker),
    topic: normalizeText(topicLabel(doc.topic)),
    figure: figures === '' ? null : normalizeText(figures),
  };
}

/**
 * The normalised text fuse.js searches in each field of a passage. Its article's title, section
 * and outlet repeat from paragraph to paragraph: pass a memoised `normalizeContext` to normalise
 * each once.
 */
export function passageFields(data: Pick<Docs, 'articles'>, doc: PassageDoc, normalizeContext = normalizeText): Record<string, string | null> {
  const article = data.articles[doc.a];
  return {
    text: normalizeText(doc.t),
    title: normalizeContext(article?.title ?? ''),
    section: normalizeContext(article?.sections[doc.s] ?? ''),
    outlet: normalizeContext(article?.outlet ?? ''),
  };
}

/** normalizeText with a cache, for strings that repeat (titles, sections, outlets, speakers). */
export function cachedNormalizer(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) cache.set(text, (value = normalizeText(text)));
    return value;
  };
}

export function buildSearchData(articles: readonly SearchArticleInput[], claims: readonly SearchClaimInput[]): SearchData {
  const articleRefs: ArticleRef[] = [];
  const passages: PassageDoc[] = [];
  /** "<article>#p-N" (or "#dek-N") → passage index. */
  const passageIndex = new Map<string, number>();
  articles.forEach((article, a) => {
    articleRefs.push({
      slug: article.id,
      title: article.title,
      outlet: article.outlet,
      sections: article.sections.map((section) => section.heading?.text ?? ''),
    });
    article.sections.forEach((section, s) => {
      for (const paragraph of section.paragraphs) {
        passageIndex.set(`${article.id}#${paragraph.id}`, passages.length);
        passages.push({ a, s, p: paragraphNumber(paragraph.id), t: paragraph.text });
      }
    });
  });
  // Dek lines after every paragraph, so the paragraphs keep their record numbers; no section (-1).
  articles.forEach((article, a) => {
    (article.dek ?? []).forEach((line, index) => {
      passageIndex.set(`${article.id}#dek-${index + 1}`, passages.length);
      passages.push({ a, s: -1, p: -(index + 1), t: line.text });
    });
  });

  const claimDocs: ClaimDoc[] = claims.map((claim) => ({
    id: claim.id,
    statement: claim.statement,
    topic: claim.topic,
    speaker: claim.speaker,
    figure: claim.figure ? `${formatNumber(claim.figure.value)} ${claim.figure.unit}` : null,
    sources: claim.coverage?.reported ?? new Set(claim.mentions.map((m) => m.article)).size,
    of: claim.coverage?.of ?? articles.length,
    quotes: claim.mentions.flatMap((mention) =>
      mention.quotes.map((quote): QuoteRef => {
        const at = passageIndex.get(`${mention.article}#${quote.paragraph}`);
        if (at === undefined) throw new Error(`search index: claim ${claim.id} quotes ${mention.article}#${quote.paragraph}, which is not a paragraph`);
        return [at, quote.start, quote.end];
      }),
    ),
    alt: alternativeFigures(claim),
  }));

  const docs: Docs = { articles: articleRefs, passages: { docs: passages } };
  const claimFieldsOf = memo((doc: ClaimDoc) => claimFields(docs, doc));
  const context = cachedNormalizer();
  const passageFieldsOf = memo((doc: PassageDoc) => passageFields(docs, doc, context));
  const claimIndex = Fuse.createIndex<ClaimDoc>(
    CLAIM_KEYS.map((key) => ({ ...key, getFn: (doc: ClaimDoc) => claimFieldsOf(doc)[key.name] ?? '' })),
    claimDocs,
  );
  const passageIndex_ = Fuse.createIndex<PassageDoc>(
    PASSAGE_KEYS.map((key) => ({ ...key, getFn: (doc: PassageDoc) => passageFieldsOf(doc)[key.name] ?? '' })),
    passages,
  );
  return {
    v: SEARCH_DATA_VERSION,
    articleCount: articles.length,
    articles: articleRefs,
    claims: { docs: claimDocs.map(claimRow), index: withoutText(claimIndex.toJSON() as unknown as FuseIndexJson) },
    passages: { docs: passages.map(passageRow), index: withoutText(passageIndex_.toJSON() as unknown as FuseIndexJson) },
  };
}

/** The JSON text of the file: compact (it is fetched, not read). */
export function serializeSearchData(data: SearchData): string {
  return JSON.stringify(data);
}

/** fuse.js asks for one field at a time; normalise each document once. */
function memo<D extends object, R>(compute: (doc: D) => R): (doc: D) => R {
  const cache = new WeakMap<D, R>();
  return (doc) => {
    let value = cache.get(doc);
    if (value === undefined) {
      value = compute(doc);
      cache.set(doc, value);
    }
    return value;
  };
}

/** Values the articles give for a claim's figure other than the claim's own. */
function alternativeFigures(claim: SearchClaimInput): number[] {
  const values = new Set<number>();
  for (const mention of claim.mentions) if (mention.figure !== null) values.add(mention.figure);
  if (claim.figure) values.delete(claim.figure.value);
  return [...values];
}

/** The index without its text values (they are restored from the documents). */
function withoutText(index: FuseIndexJson): FuseIndexJson {
  const strip = (entry: IndexEntry | IndexEntry[]): IndexEntry | IndexEntry[] =>
    Array.isArray(entry) ? entry.map(({ i, n }) => ({ i: i ?? 0, n })) : { n: entry.n };
  return {
    keys: index.keys.map(({ id, path, weight, src }) => ({ id, path, weight, src })),
    records: index.records.map((record) => ({
      i: record.i,
      $: Object.fromEntries(Object.entries(record.$).map(([key, entry]) => [key, strip(entry)])),
    })),
  };
}

/** An index record of the file with its text values put back (`values`: the document's normalised fields). */
export function restoreRecord(record: IndexRecord, keys: FuseIndexJson['keys'], values: Record<string, string | string[] | null>): IndexRecord {
  const $: IndexRecord['$'] = {};
  for (const [key, entry] of Object.entries(record.$)) {
    const value = values[keys[Number(key)]?.id ?? ''];
    $[key] = Array.isArray(entry)
      ? entry.map((sub) => ({ v: (Array.isArray(value) ? value[sub.i ?? 0] : undefined) ?? '', i: sub.i ?? 0, n: sub.n }))
      : { v: typeof value === 'string' ? value : '', n: entry.n };
  }
  return { i: record.i, $ };
}

/**
 * The file as the engine uses it: documents as objects, and the normalised text put back into
 * each index entry exactly as Fuse.createIndex saw it at build time, ready for Fuse.parseIndex.
 */
export function loadSearchData(data: SearchData): LoadedSearchData {
  const claims = data.claims.docs.map(claimDoc);
  const passages = data.passages.docs.map(passageDoc);
  const docs = { articles: data.articles, passages: { docs: passages } };
  const context = cachedNormalizer();
  const restore = <D>(index: FuseIndexJson, list: readonly D[], fields: (doc: D) => Record<string, string | string[] | null>): FuseIndexJson => ({
    keys: index.keys,
    records: index.records.map((record) => restoreRecord(record, index.keys, fields(list[record.i] as D))),
  });
  return {
    articleCount: data.articleCount,
    articles: data.articles,
    claims: { docs: claims, index: restore(data.claims.index, claims, (doc) => claimFields(docs, doc)) },
    passages: { docs: passages, index: restore(data.passages.index, passages, (doc) => passageFields(docs, doc, context)) },
  };
}
