import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/events/atomFeed.ts';
import { isoPublished } from '../lib/articles/publishedDate.ts';
import { getArticles, getEvents } from '../data/collections.ts';

/** The newest entries the feed carries: readers poll it for what is new; the site itself is the archive. */
const FEED_ENTRIES = 100;

/** Atom feed of the events and their articles; drafts stay out until reviewed. */
export const GET: APIRoute = async ({ site }) => {
  const [events, articles] = await Promise.all([getEvents(), getArticles()]);
  const endOf = new Map(events.map((e) => [e.id, e.data.end]));
  const body = atomFeed({
    title: 'Coverage Compare',
    path: '/feed.xml',
    site: site ? site.origin : null,
    authority: `${site?.hostname ?? 'coverage-compare'},2026`,
    maxEntries: FEED_ENTRIES,
    entries: [
      ...events.map((e) => ({ key: `event:${e.id}`, title: `Event: ${e.data.title}`, path: `/events/${e.id}/`, updated: e.data.end, summary: e.data.summary })),
      ...articles
        .filter((a) => a.data.status !== 'draft')
        .map((a) => ({
          key: `article:${a.id}`,
          title: a.data.title.text,
          path: `/articles/${a.id}/`,
          updated: a.data.published ? isoPublished(a.data.published) : (endOf.get(a.data.event) ?? '1970-01-01'),
          summary: `${a.data.outlet}: ${a.data.excerpt}`,
          categories: [a.data.event],
        })),
    ],
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
