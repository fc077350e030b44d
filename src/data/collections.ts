/**
 * Reads the content collections once per page, in the shapes the pages and src/lib use: articles
 * in corpus order, claims with plain article ids (the collection stores references).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareWording, type WordingComparison } from '../lib/claims/quoteDiff.ts';
import type { ExportArticle } from '../lib/claims/claimsExport.ts';
import { readClaimsFile, type ClaimData } from './claimsFile.ts';
import type { ViewArticle } from '../lib/events/eventViews.ts';
import { claimCoverages, type ClaimCoverage } from '../lib/claims/claimViews.ts';

export type EventEntry = CollectionEntry<'events'>;

/** The events, newest first. */
export async function getEvents(): Promise<EventEntry[]> {
  return (await getCollection('events')).sort((a, b) => a.data.order - b.data.order);
}

/** The articles as the event views (src/lib/events) read them. */
export function viewArticles(articles: readonly ArticleEntry[]): ViewArticle[] {
  return articles.map((a) => ({
    id: a.id,
    event: a.data.event,
    label: a.data.status === 'draft' ? `${a.data.label} (draft)` : a.data.label,
    outlet: a.data.outlet,
    draft: a.data.status === 'draft',
    published: a.data.published,
  }));
}
import { exportArticleOf } from './exportFiles.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type { ClaimData };

export async function getArticles(): Promise<ArticleEntry[]> {
  return (await getCollection('articles')).sort((a, b) => a.data.file.localeCompare(b.data.file));
}

/**
 * Every claim in full, by topic then id, from the claims file (read once per build, shared by
 * every page: do not change the array or its claims).
 */
export async function getClaims(): Promise<ClaimData[]> {
  const [first] = await getCollection('claims');
  return first ? readClaimsFile(first.data.all) : [];
}

/**
 * Each claim's "reported by n of N", counted within its own event with its drafts: the one rule
 * its page and the search results both use.
 */
export async function getClaimCoverages(): Promise<Map<string, ClaimCoverage>> {
  const [articles, claims, events] = await Promise.all([getArticles(), getClaims(), getEvents()]);
  const drafts = new Set(articles.filter((a) => a.data.status === 'draft').map((a) => a.id));
  return claimCoverages(claims, new Map(events.map((e) => [e.id, e.data.articles])), drafts);
}

export interface ArticleLabel {
  label: string;
  title: string;
  outlet: string;
  /** Not yet reviewed: a claim it does not report may still be in its text. */
  draft: boolean;
  /** BCP 47 language of its text, for `lang` on its quotes wherever they are shown. */
  language: string;
}

/**
 * id → short label, title and outlet, for table headers and links. A draft's label says so, so
 * that every table and list that names it shows it is not yet reviewed.
 */
export function articleLabels(articles: readonly ArticleEntry[]): Map<string, ArticleLabel> {
  return new Map(
    articles.map((a) => {
      const draft = a.data.status === 'draft';
      return [a.id, { label: draft ? `${a.data.label} (draft)` : a.data.label, title: a.data.title.text, outlet: a.data.outlet, draft, language: a.data.language }];
    }),
  );
}

/** What a table says where an article has no mention of a claim: for a draft, nobody has looked yet. */
export function absenceText(label: ArticleLabel | undefined): 'Not yet reviewed' | 'Not reported' {
  return label?.draft ? 'Not yet reviewed' : 'Not reported';
}

/**
 * Whether two reads of the articles are the same entries: Astro hands out its store's own data
 * objects, so they are the same objects until content syncs again (comparing 20,000 references
 * costs microseconds; joining their digests into a key, as before, cost milliseconds per call).
 */
const sameEntries = (a: readonly ArticleEntry[], b: readonly ArticleEntry[]) => a.length === b.length && a.every((entry, i) => entry.data === b[i]?.data);

/** A value derived from the articles, computed once while the entries stay the same. */
function perArticles<T>(compute: (articles: ArticleEntry[]) => T): () => Promise<T> {
  let last: { entries: ArticleEntry[]; value: T } | undefined;
  return async () => {
    const entries = await getArticles();
    if (last && sameEntries(last.entries, entries)) return last.value;
    last = { entries, value: compute(entries) };
    return last.value;
  };
}

/** Items grouped by their event, each group in the items' order. */
function byEvent<T>(items: readonly T[], eventOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const event = eventOf(item);
    const group = groups.get(event);
    if (group) group.push(item);
    else groups.set(event, [item]);
  }
  return groups;
}

/**
 * The articles as the exports list them; computed once while no entry changes (every event's
 * export pages ask for them, and each date check costs: per page it made the build quadratic).
 * Shared: do not change the array or its objects.
 */
export const getExportArticles: () => Promise<ExportArticle[]> = perArticles(exportArticlesOf);

/** event id → its articles in corpus order (one pass; filtering per event was quadratic). Shared. */
export const getArticlesByEvent: () => Promise<Map<string, ArticleEntry[]>> = perArticles((articles) => byEvent(articles, (a) => a.data.event));

/** event id → its articles as the exports list them. Shared. */
export const getExportArticlesByEvent: () => Promise<Map<string, ExportArticle[]>> = perArticles((articles) =>
  byEvent(exportArticlesOf(articles), (a) => a.event as string),
);

let claimsByEvent: { claims: ClaimData[]; groups: Map<string, ClaimData[]> } | undefined;

/** event id → its claims, by topic then id (one pass over the claims file's list). Shared. */
export async function getClaimsByEvent(): Promise<Map<string, ClaimData[]>> {
  const claims = await getClaims();
  if (claimsByEvent?.claims !== claims) claimsByEvent = { claims, groups: byEvent(claims, (c) => c.event) };
  return claimsByEvent.groups;
}

function exportArticlesOf(entries: readonly ArticleEntry[]): ExportArticle[] {
  return entries.map((a) => exportArticleOf(a.id, a.data));
}

export interface ClaimIndex {
  get(id: string): ClaimData | undefined;
  /** An article's quotes of a claim (none when it does not report it). */
  quotes(claim: string, article: string): ClaimData['mentions'][number]['quotes'];
}

/** Claims by id, for pages that name claims by id (comparison rows, highlights). */
export function claimIndex(claims: readonly ClaimData[]): ClaimIndex {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return {
    get: (id) => byId.get(id),
    quotes: (claim, article) => byId.get(claim)?.mentions.find((m) => m.article === article)?.quotes ?? [],
  };
}

export interface WordingSet {
  /** The baseline article: every other version is compared with its words. */
  base: string;
  comparisons: Array<{ to: string; from: string; fromText: string; toText: string; wording: WordingComparison }>;
}

/** For each version of a claim as the baseline, how every other version's wording compares with it. */
export function claimWordings(claim: ClaimData): WordingSet[] {
  if (claim.mentions.length < 2) return [];
  const text = (mention: ClaimData['mentions'][number]) => mention.quotes.map((q) => q.text).join(' … ');
  return claim.mentions.map((base) => ({
    base: base.article,
    comparisons: claim.mentions
      .filter((other) => other !== base)
      .map((other) => ({ from: base.article, to: other.article, fromText: text(base), toText: text(other), wording: compareWording(text(base), text(other)) })),
  }));
}
