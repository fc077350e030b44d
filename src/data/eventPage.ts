/**
 * What an event's page and its card on the home page show, assembled from the collections with
 * the pure views in src/lib/events and the charts in src/lib/charts.
 */
import type { Element } from 'hast';
import { articleLabels, getArticlesByEvent, getClaimsByEvent, viewArticles, type ArticleEntry, type ClaimData, type EventEntry } from './collections.ts';
import { eventCompareBase, eventUrl } from './comparePages.ts';
import { barChart, sparkBars, timelineChart, topicGridChart } from '../lib/charts/charts.ts';
import { HOME_SOURCES, coverageMatrix } from '../lib/claims/claimViews.ts';
import { articleUrl, claimUrl } from '../lib/claims/claimsExport.ts';
import { PUBLISHED_SOURCE_LABELS, formatPublished } from '../lib/articles/publishedDate.ts';
import { countsLine, coverageBySource, eventCounts, firstCarriers, publicationOrder, type EventCounts, type FirstCarrier } from '../lib/events/eventViews.ts';
import { formatEventDate } from '../lib/events/eventsData.ts';

export interface EventData {
  event: EventEntry;
  articles: ArticleEntry[];
  claims: ClaimData[];
  counts: EventCounts;
  countsLine: string;
  when: string;
}

/** Each event's articles and claims, newest event first. */
export async function eventsWithContent(events: readonly EventEntry[]): Promise<EventData[]> {
  // One pass over each list, not one per event (at 2,000 events, 2,000 passes over 20,000 articles).
  const [articles, claims] = await Promise.all([getArticlesByEvent(), getClaimsByEvent()]);
  return events.map((event) => {
    const own = articles.get(event.id) ?? [];
    const ownClaims = claims.get(event.id) ?? [];
    const counts = eventCounts(viewArticles(own), ownClaims);
    return { event, articles: own, claims: ownClaims, counts, countsLine: countsLine(counts), when: formatEventDate(event.data.start, event.data.end) };
  });
}

/**
 * The sources a chart draws, one bar, dot or row each: the first HOME_SOURCES, as the event page
 * lists them, so that an event of thousands of sources does not make a chart of thousands of
 * marks (no page grows with the corpus, issue 17). The rest are on the event's sources pages.
 */
const charted = (data: EventData): ArticleEntry[] => data.articles.slice(0, HOME_SOURCES);
/** What a chart's description adds when it draws only the first sources. */
const chartedNote = (data: EventData): string =>
  data.articles.length > HOME_SOURCES ? ` It draws the first ${HOME_SOURCES} of the ${data.articles.length.toLocaleString('en')} sources, as listed above; every source is on the event's sources pages.` : '';

const coverageBars = (data: EventData) => {
  const labels = articleLabels(data.articles);
  return coverageBySource(viewArticles(charted(data)), data.claims).map(({ article, reported }) => ({
    label: labels.get(article)?.label ?? article,
    value: reported,
    href: articleUrl(article),
  }));
};

/** The small coverage chart on the home page's event card. */
export function cardChart(data: EventData): Element {
  return sparkBars({
    id: `chart-${data.event.id}`,
    title: `Claims each source reports, of ${data.claims.length}`,
    description: `${data.event.data.title}: one bar per source, its height the number of the event's ${data.claims.length} claims it reports.${chartedNote(data)}`,
    labelHeading: 'Source',
    valueHeading: 'Claims reported',
    bars: coverageBars(data),
    max: data.claims.length,
  });
}

export interface EventPageData {
  coverageChart: Element;
  timeline: Element;
  topics: Element;
  firsts: Array<FirstCarrier & { statement: string; url: string; firstLabels: string[]; undatedLabels: string[]; when: string | null }>;
  compareUrl: string;
  dated: number;
}

export function eventPageData(data: EventData): EventPageData {
  const labels = articleLabels(data.articles);
  const label = (id: string) => labels.get(id)?.label ?? id;
  const views = viewArticles(data.articles);
  const ordered = publicationOrder(viewArticles(charted(data)));
  const coverage = coverageMatrix(data.claims, charted(data).map((a) => a.id));
  const compareUrl = eventCompareBase(data.event.id);
  const statements = new Map(data.claims.map((c) => [c.id, c.statement]));
  return {
    compareUrl,
    dated: views.filter((a) => a.published).length,
    coverageChart: barChart({
      id: 'chart-coverage',
      title: 'Coverage per source',
      description: `How many of the event's ${data.claims.length} claims each source reports.${chartedNote(data)}`,
      labelHeading: 'Source',
      valueHeading: `Claims reported (of ${data.claims.length})`,
      bars: coverageBars(data),
      max: data.claims.length,
    }),
    timeline: timelineChart({
      id: 'chart-timeline',
      title: 'When each source published',
      description: `Publication day of each source, from the event's first day. ${ordered.filter((a) => !a.published).length} of ${ordered.length} sources have no established date and are listed without a dot.${chartedNote(data)}`,
      from: data.event.data.start,
      points: ordered.map((a) => ({
        label: a.label,
        date: a.published?.date ?? null,
        shown: a.published ? formatPublished(a.published) : 'not known',
        source: a.published ? PUBLISHED_SOURCE_LABELS[a.published.from] : '–',
        href: articleUrl(a.id),
      })),
    }),
    topics: topicGridChart({
      id: 'chart-topics',
      title: 'Claims by topic, for each source',
      description: `One row per source and one column per topic; each cell gives how many of the topic’s claims the source reports, darker the larger its share.${chartedNote(data)}`,
      rows: charted(data).map((a) => ({ label: label(a.id), href: articleUrl(a.id) })),
      columns: coverage.map((row) => ({ label: row.label, total: row.total, href: `${compareUrl}topic/${row.topic}/` })),
      counts: charted(data).map((_, i) => coverage.map((row) => row.counts[i] ?? 0)),
    }),
    firsts: firstCarriers(data.claims, views).map((first) => ({
      ...first,
      statement: statements.get(first.claim) ?? first.claim,
      url: claimUrl(first.claim),
      firstLabels: first.first.map(label),
      undatedLabels: first.undated.map(label),
      when: first.published ? formatPublished(first.published) : null,
    })),
  };
}

export { eventUrl };
