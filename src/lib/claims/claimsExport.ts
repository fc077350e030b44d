/**
 * claimsExport: the researcher exports, /claims.json and /claims.csv, from verified claims.
 *
 * Each article carries its provenance (attribution, where it was found, lineage, language, the
 * sha256 of the raw file, its publication date or null when unknown); each mention its source
 * (`attributedTo`) and details; each claim the fields in which its mentions differ. URLs are
 * absolute when the site's origin is given (Astro's `site`), else site-relative.
 *
 * Deterministic: no timestamps, articles in corpus order, claims by topic then id. In the JSON a
 * mention is one quote (its paragraph and deep link are exact); in the CSV a row is one claim ×
 * article, omissions included, with that article's quotes joined by " … ". Omission rows are for
 * the articles the claim is compared across (its reporters' peers: see articlePeers); in one
 * event's corpus that is every article.
 */
import { stringify } from 'csv-stringify/sync';
import { articlePeers, comparisonSets } from './articlePeers.ts';

export interface ExportArticle {
  id: string;
  sourceFile: string;
  title: string;
  outlet: string;
  /** `draft` until an editor has reviewed the article (its claims may be incomplete). */
  status: 'draft' | 'reviewed';
  attribution: 'confirmed' | 'unattributed';
  foundAt: string | null;
  lineage: string;
  language: string;
  /** Of the raw file as received. */
  sha256: string;
  /** ISO date of publication when the metadata records it; null when not known. */
  published: string | null;
  /** The event it reports (set on the site; optional for callers without events). */
  event?: string;
  /** Where the publication date comes from (page-metadata, dateline, url, editor); null when not known. */
  publishedFrom?: string | null;
}

export interface ExportClaim {
  id: string;
  event?: string;
  statement: string;
  topic: string;
  speaker: string;
  figure: { value: number; unit: string } | null;
  divergent: boolean;
  /** The fields in which mentions differ, with each mention's value. */
  differences: ReadonlyArray<{ field: string; label: string; values: ReadonlyArray<{ article: string; value: string | null }> }>;
  mentions: ReadonlyArray<{
    article: string;
    voice: 'attributed' | 'outlet';
    attributedTo: string | null;
    figure: number | null;
    details: Readonly<Record<string, string>>;
    quotes: ReadonlyArray<{ text: string; paragraph: string; anchor: string }>;
  }>;
}

export interface ClaimsJson {
  articles: Array<ExportArticle & { url: string }>;
  claims: Array<
    Omit<ExportClaim, 'mentions' | 'differences'> & {
      differences: Array<{ field: string; label: string; values: Array<{ article: string; value: string | null }> }>;
      url: string;
      /** One per quote, so each has its exact paragraph and deep link. */
      mentions: Array<{
        article: string;
        quote: string;
        voice: 'attributed' | 'outlet';
        attributedTo: string | null;
        figure: number | null;
        details: Record<string, string>;
        paragraph: string;
        url: string;
      }>;
    }
  >;
}

export interface ExportOptions {
  /** The site's origin (Astro's `site`): links become absolute. Without it they are site-relative. */
  site?: string | URL | undefined;
}

const linkFor = (site: ExportOptions['site']) => (path: string) => (site ? new URL(path, site).href : path);

export const articleUrl = (id: string) => `/articles/${id}/`;
export const claimUrl = (id: string) => `/claims/${id}/`;
export const passageUrl = (article: string, anchor: string) => `${articleUrl(article)}#${anchor}`;

const byTopicThenId = (a: ExportClaim, b: ExportClaim) => a.topic.localeCompare(b.topic) || a.id.localeCompare(b.id);

type JsonArticle = ClaimsJson['articles'][number];
type JsonClaim = ClaimsJson['claims'][number];

function jsonArticle({ id, sourceFile, title, outlet, status, attribution, foundAt, lineage, language, sha256, published, event, publishedFrom }: ExportArticle, link: (path: string) => string): JsonArticle {
  return {
    id,
    sourceFile,
    title,
    outlet,
    status,
    attribution,
    foundAt,
    lineage,
    language,
    sha256,
    published,
    ...(publishedFrom !== undefined ? { publishedFrom } : {}),
    ...(event !== undefined ? { event } : {}),
    url: link(articleUrl(id)),
  };
}

function jsonClaim(claim: ExportClaim, link: (path: string) => string): JsonClaim {
  return {
    id: claim.id,
    ...(claim.event !== undefined ? { event: claim.event } : {}),
    statement: claim.statement,
    topic: claim.topic,
    speaker: claim.speaker,
    figure: claim.figure,
    divergent: claim.divergent,
    differences: claim.differences.map(({ field, label, values }) => ({ field, label, values: values.map(({ article, value }) => ({ article, value })) })),
    url: link(claimUrl(claim.id)),
    mentions: claim.mentions.flatMap((mention) =>
      mention.quotes.map((quote) => ({
        article: mention.article,
        quote: quote.text,
        voice: mention.voice,
        attributedTo: mention.attributedTo,
        figure: mention.figure,
        details: { ...mention.details },
        paragraph: quote.paragraph,
        url: link(passageUrl(mention.article, quote.anchor)),
      })),
    ),
  };
}

export function claimsJson(articles: readonly ExportArticle[], claims: readonly ExportClaim[], options: ExportOptions = {}): ClaimsJson {
  const link = linkFor(options.site);
  return {
    articles: articles.map((article) => jsonArticle(article, link)),
    claims: [...claims].sort(byTopicThenId).map((claim) => jsonClaim(claim, link)),
  };
}

/**
 * A piece of an export's text, computed on demand, with what it is made from: a claim's piece
 * depends on nothing but `claim` and `articles` (and the site's origin), so a writer may keep it
 * between builds under a digest of those (src/data/exportFiles.ts). Pieces without a claim are
 * the frame and the article list.
 */
export interface ExportPiece {
  text(): string;
  claim?: ExportClaim;
  /** The articles the piece shows besides the claim (a CSV piece's rows). */
  articles?: readonly ExportArticle[];
}

const fixed = (text: string): ExportPiece => ({ text: () => text });

/** One element of a top-level array as `JSON.stringify(…, null, 2)` indents it (two levels deep). */
const arrayElement = (value: unknown): string => `    ${JSON.stringify(value, null, 2).replaceAll('\n', '\n    ')}`;

/**
 * /claims.json, `JSON.stringify(claimsJson(…), null, 2)` and a final newline, in pieces of one
 * article or claim each: the same bytes, without the whole document as one object or one string
 * (at 20,000 articles it is 161 MB; a JSON string never holds a raw line break, so indenting a
 * piece's lines is exact).
 */
export function* claimsJsonPieces(articles: readonly ExportArticle[], claims: readonly ExportClaim[], options: ExportOptions = {}): Generator<ExportPiece> {
  const link = linkFor(options.site);
  yield fixed(`{\n  "articles": ${articles.length === 0 ? '[]' : '['}`);
  for (const [i, article] of articles.entries()) yield { text: () => `${i === 0 ? '\n' : ',\n'}${arrayElement(jsonArticle(article, link))}` };
  yield fixed(`${articles.length === 0 ? '' : '\n  ]'},\n  "claims": ${claims.length === 0 ? '[]' : '['}`);
  for (const [i, claim] of [...claims].sort(byTopicThenId).entries()) {
    // The separator goes with the piece before (the frame or the last article), so that a
    // claim's piece has the same bytes wherever it stands.
    if (i > 0) yield fixed(',');
    yield { claim, text: () => `\n${arrayElement(jsonClaim(claim, link))}` };
  }
  yield fixed(`${claims.length === 0 ? '' : '\n  ]'}\n}\n`);
}

/** The text of /claims.json in pieces (claimsJsonPieces). */
export function* claimsJsonText(articles: readonly ExportArticle[], claims: readonly ExportClaim[], options: ExportOptions = {}): Generator<string> {
  for (const piece of claimsJsonPieces(articles, claims, options)) yield piece.text();
}

export const csvColumns = [
  'claim_id',
  'topic',
  'statement',
  'speaker',
  'claim_figure',
  'claim_unit',
  'divergent',
  'article_id',
  'outlet',
  'article_status',
  'reported',
  'voice',
  'attributed_to',
  'article_figure',
  'paragraphs',
  'quotes',
  'details',
  'url',
  // Added with events, after the original columns so that readers by position keep working.
  'event',
  'article_published',
  'article_published_from',
] as const;

// RFC 4180 records end in CRLF; quote any field holding a line break of either kind, so every
// reader (not only those that accept bare LF inside fields) sees one record per row.
const CSV_OPTIONS = { record_delimiter: 'windows', quoted_match: /[\r\n]/ } as const;

/**
 * /claims.csv in pieces: the header, then one claim's rows at a time (csv-stringify writes every
 * record on its own, so the pieces join to what one call over all rows gives).
 */
export function* claimsCsvPieces(articles: readonly ExportArticle[], claims: readonly ExportClaim[], options: ExportOptions = {}): Generator<ExportPiece> {
  const link = linkFor(options.site);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const comparedAcross = comparisonSets(articles.map((article) => article.id), articlePeers(claims));
  yield fixed(stringify([], { ...CSV_OPTIONS, header: true, columns: [...csvColumns] }));
  for (const claim of [...claims].sort(byTopicThenId)) {
    const compared = comparedAcross(claim).map((id) => byId.get(id) as ExportArticle);
    if (compared.length > 0) yield { claim, articles: compared, text: () => stringify(csvRows(claim, compared, link), CSV_OPTIONS) };
  }
}

function csvRows(claim: ExportClaim, compared: readonly ExportArticle[], link: (path: string) => string): string[][] {
  return compared.map((article) => {
    const mention = claim.mentions.find((m) => m.article === article.id);
    return [
      claim.id,
      claim.topic,
      claim.statement,
      claim.speaker,
      claim.figure ? String(claim.figure.value) : '',
      claim.figure?.unit ?? '',
      String(claim.divergent),
      article.id,
      article.outlet,
      article.status,
      mention ? 'yes' : 'no',
      mention?.voice ?? '',
      mention?.attributedTo ?? '',
      mention?.figure === null || mention?.figure === undefined ? '' : String(mention.figure),
      mention?.quotes.map((q) => q.paragraph).join(' ') ?? '',
      mention?.quotes.map((q) => q.text).join(' … ') ?? '',
      Object.entries(mention?.details ?? {}).map(([key, value]) => `${key}: ${value}`).join('; '),
      link(mention?.quotes[0] ? passageUrl(article.id, mention.quotes[0].anchor) : claimUrl(claim.id)),
      claim.event ?? article.event ?? '',
      article.published ?? '',
      article.publishedFrom ?? '',
    ];
  });
}

/** The text of /claims.csv in pieces (claimsCsvPieces). */
export function* claimsCsvText(articles: readonly ExportArticle[], claims: readonly ExportClaim[], options: ExportOptions = {}): Generator<string> {
  for (const piece of claimsCsvPieces(articles, claims, options)) yield piece.text();
}

export const claimsCsv = (articles: readonly ExportArticle[], claims: readonly ExportClaim[], options: ExportOptions = {}): string => [...claimsCsvText(articles, claims, options)].join('');

/** /claims.json as one string (the per-event exports, tests): the pieces of claimsJsonText joined. */
export const claimsJsonString = (articles: readonly ExportArticle[], claims: readonly ExportClaim[], options: ExportOptions = {}): string => [...claimsJsonText(articles, claims, options)].join('');
