/**
 * The pages of one event's claims × articles matrix and its filters, for
 * /events/<event>/compare/… and, for the event that had the site before events, /compare/….
 */
import { articleLabels, getArticles, getClaims, getEvents, type ArticleEntry, type ArticleLabel, type ClaimData, type EventEntry } from './collections.ts';
import { claimsPerPage, compareFilters, groupByTopic, matrixColumns, paginate } from '../lib/claims/claimViews.ts';
import { oldCompareEvent } from '../lib/events/eventsData.ts';
import { pageKey } from './pageKey.ts';

export const eventUrl = (event: string) => `/events/${event}/`;
export const eventCompareBase = (event: string) => `/events/${event}/compare/`;

export type ComparePageProps = {
  event: { slug: string; title: string };
  /** "/compare/" or "/events/<event>/compare/". */
  base: string;
  filter: { path: string; label: string; description: string };
  filters: Array<{ path: string; label: string; description: string }>;
  groups: Array<{ topic: string; label: string; claims: ClaimData[] }>;
  shown: number;
  page: { number: number; count: number };
  total: number;
  articleCount: number;
  columns: string[];
  labels: Map<string, ArticleLabel>;
};

/** The articles and claims of each event, read once. */
async function byEvent(): Promise<{ articles: Map<string, ArticleEntry[]>; claims: Map<string, ClaimData[]> }> {
  const [allArticles, allClaims] = await Promise.all([getArticles(), getClaims()]);
  const group = <T>(items: readonly T[], eventOf: (item: T) => string): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      const list = map.get(eventOf(item));
      if (list) list.push(item);
      else map.set(eventOf(item), [item]);
    }
    return map;
  };
  return { articles: group(allArticles, (a) => a.data.event), claims: group(allClaims, (c) => c.event) };
}

function pagesFor(event: EventEntry, base: string, corpus: Awaited<ReturnType<typeof byEvent>>) {
  const articles = corpus.articles.get(event.id) ?? [];
  const claims = corpus.claims.get(event.id) ?? [];
  const topics = [...new Set(claims.map((c) => c.topic))].sort();
  const filters = compareFilters(topics);
  const links = filters.map(({ path, label, description }) => ({ path, label, description }));
  const labels = articleLabels(articles);
  const articleIds = articles.map((a) => a.id);
  return filters.flatMap((filter) => {
    const kept = groupByTopic(claims.filter(filter.keep)).flatMap((group) => group.claims);
    const pages = paginate(kept, claimsPerPage(articles.length));
    return pages.map((pageClaims, index) => {
      const filterPath = [filter.path, index > 0 ? `page/${index + 1}` : ''].filter(Boolean).join('/') || undefined;
      const props: ComparePageProps = {
        event: { slug: event.id, title: event.data.title },
        base,
        filter: { path: filter.path, label: filter.label, description: filter.description },
        filters: links,
        groups: groupByTopic(pageClaims),
        shown: kept.length,
        page: { number: index + 1, count: pages.length },
        total: claims.length,
        articleCount: articles.length,
        columns: matrixColumns(pageClaims, articleIds),
        labels,
      };
      const { labels: _all, ...shown } = props;
      // The page's claims and figures, and the labels of its columns (not every article's).
      return { filterPath, props, cacheKey: pageKey(shown, props.columns.map((id) => labels.get(id))) };
    });
  });
}

/** Every event's compare pages. */
export async function eventComparePaths() {
  // The corpus is read once and cut by event: each event reading it again, all events at once
  // (Promise.all), held every event's copy of the whole article list in memory together, which
  // at 20,000 articles (4,000 events) ran the build out of heap.
  const [events, corpus] = await Promise.all([getEvents(), byEvent()]);
  const all = events.map((event) => pagesFor(event, eventCompareBase(event.id), corpus));
  return all.flatMap((pages, i) => pages.map(({ filterPath, props, cacheKey }) => ({ params: { event: (events[i] as EventEntry).id, filter: filterPath }, props, cacheKey })));
}

/** The old /compare/ pages: the event marked oldCompareUrls (or the only one); none otherwise. */
export async function oldComparePaths() {
  const event = oldCompareEvent((await getEvents()).map((entry) => ({ ...entry, oldCompareUrls: entry.data.oldCompareUrls })));
  if (!event) return [];
  return pagesFor(event, '/compare/', await byEvent()).map(({ filterPath, props, cacheKey }) => ({ params: { filter: filterPath }, props, cacheKey }));
}
