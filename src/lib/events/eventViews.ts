/**
 * eventViews: what the event pages and the home page show about an event, computed from its
 * articles and claims: the counts, each source's coverage, the publication timeline, and which
 * source carried each claim first.
 */
import { comparePublished, type Published } from '../articles/publishedDate.ts';

export interface ViewArticle {
  id: string;
  event: string;
  label: string;
  outlet: string;
  draft: boolean;
  published: Published | undefined;
}

export interface ViewClaim {
  id: string;
  event: string;
  topic: string;
  divergent: boolean;
  mentions: ReadonlyArray<{ article: string }>;
}

export interface EventCounts {
  articles: number;
  outlets: number;
  drafts: number;
  claims: number;
  divergent: number;
  singleSource: number;
}

export function eventCounts(articles: readonly ViewArticle[], claims: readonly ViewClaim[]): EventCounts {
  return {
    articles: articles.length,
    outlets: new Set(articles.map((a) => a.outlet)).size,
    drafts: articles.filter((a) => a.draft).length,
    claims: claims.length,
    divergent: claims.filter((c) => c.divergent).length,
    singleSource: claims.filter((c) => new Set(c.mentions.map((m) => m.article)).size === 1).length,
  };
}

/** "5 articles from 5 outlets · 69 claims, 12 divergent". */
export function countsLine(counts: EventCounts): string {
  const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  const drafts = counts.drafts > 0 ? ` (${counts.drafts} draft${counts.drafts === 1 ? '' : 's'})` : '';
  return `${plural(counts.articles, 'article')}${drafts} from ${plural(counts.outlets, 'outlet')} · ${plural(counts.claims, 'claim')}, ${counts.divergent.toLocaleString('en')} divergent`;
}

/** How many of the event's claims each article reports, in article order. */
export function coverageBySource(articles: readonly ViewArticle[], claims: readonly ViewClaim[]): Array<{ article: string; reported: number }> {
  const count = new Map<string, number>();
  for (const claim of claims) for (const article of new Set(claim.mentions.map((m) => m.article))) count.set(article, (count.get(article) ?? 0) + 1);
  return articles.map((a) => ({ article: a.id, reported: count.get(a.id) ?? 0 }));
}

/** Articles by publication, earliest first; those without a date last, in article order. */
export function publicationOrder<T extends Pick<ViewArticle, 'published'>>(articles: readonly T[]): T[] {
  const indexed = articles.map((article, index) => ({ article, index }));
  return indexed
    .sort((a, b) => {
      const pa = a.article.published;
      const pb = b.article.published;
      if (pa && pb) return comparePublished(pa, pb) || a.index - b.index;
      if (pa || pb) return pa ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ article }) => article);
}

export interface FirstCarrier {
  claim: string;
  /**
   * The article(s) that carried it first among those with a known date: more than one when they
   * share the earliest date and their order that day is not known.
   */
  first: string[];
  /** The earliest date, or null when no reporter has a known date. */
  published: Published | null;
  /** Reporters whose date is not known: one of them may have been first. */
  undated: string[];
}

/** For each claim, who carried it first, as far as the dates tell. */
export function firstCarriers(claims: readonly ViewClaim[], articles: readonly ViewArticle[]): FirstCarrier[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return claims.map((claim) => {
    const reporters = [...new Set(claim.mentions.map((m) => m.article))];
    const dated = reporters.flatMap((id) => {
      const published = byId.get(id)?.published;
      return published ? [{ id, published }] : [];
    });
    const undated = reporters.filter((id) => !byId.get(id)?.published);
    if (dated.length === 0) return { claim: claim.id, first: [], published: null, undated };
    const earliest = dated.reduce((best, next) => (comparePublished(next.published, best.published) < 0 ? next : best));
    const first = dated.filter((entry) => comparePublished(entry.published, earliest.published) === 0).map((entry) => entry.id);
    return { claim: claim.id, first, published: earliest.published, undated };
  });
}
