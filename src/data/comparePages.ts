/**
 * The pages of one event's claims × articles matrix and its filters, for
 * /events/<event>/compare/… and, for the event that had the site before events, /compare/….
 */
import { articleLabels, getArticles, getClaims, getEvents, type ArticleLabel, type ClaimData, type EventEntry } from './collections.ts';
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

async function pagesFor(event: EventEntry, base: string) {
  const [allArticles, allClaims] = await Promise.all([getArticles(), getClaims()]);
  const articles = allArticles.filter((a) => a.data.event === event.id);
  const claims = allClaims.filter((c) => c.event === event.id);
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
  const events = await getEvents();
  const all = await Promise.all(events.map((event) => pagesFor(event, eventCompareBase(event.id))));
  return all.flatMap((pages, i) => pages.map(({ filterPath, props, cacheKey }) => ({ params: { event: (events[i] as EventEntry).id, filter: filterPath }, props, cacheKey })));
}

/** The old /compare/ pages: the event marked oldCompareUrls (or the only one); none otherwise. */
export async function oldComparePaths() {
  const event = oldCompareEvent((await getEvents()).map((entry) => ({ ...entry, oldCompareUrls: entry.data.oldCompareUrls })));
  if (!event) return [];
  return (await pagesFor(event, '/compare/')).map(({ filterPath, props, cacheKey }) => ({ params: { filter: filterPath }, props, cacheKey }));
}
