/** The outlets across events, for /outlets/ and /outlets/<outlet>/. */
import { getArticles, getClaims, getEvents } from './collections.ts';
import { articleNamesOf } from './articleDetail.ts';
import { outletSummaries, type OutletSummary } from '../lib/events/outletViews.ts';

export interface OutletsData {
  outlets: OutletSummary[];
  events: Map<string, string>;
  titles: Map<string, { title: string; label: string; draft: boolean }>;
  statements: Map<string, string>;
}

export async function outletsData(): Promise<OutletsData> {
  const [events, articles, claims] = await Promise.all([getEvents(), getArticles(), getClaims()]);
  const reporters = new Map(claims.map((c) => [c.id, new Set(c.mentions.map((m) => m.article))]));
  const outlets = outletSummaries(
    articles.map((a) => ({
      id: a.id,
      outlet: a.data.outlet,
      event: a.data.event,
      // The names' claims: the table's rows (claimCount of them), then the omitted claims.
      carried: articleNamesOf(a).claims.slice(0, a.data.claimCount),
      leftOut: articleNamesOf(a).claims.slice(a.data.claimCount),
    })),
    reporters,
  );
  return {
    outlets,
    events: new Map(events.map((e) => [e.id, e.data.title])),
    titles: new Map(articles.map((a) => [a.id, { title: a.data.title.text, label: a.data.label, draft: a.data.status === 'draft' }])),
    statements: new Map(claims.map((c) => [c.id, c.statement])),
  };
}
