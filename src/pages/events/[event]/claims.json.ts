import type { APIRoute, GetStaticPaths } from 'astro';
import { claimsJsonString } from '../../../lib/claims/claimsExport.ts';
import { pageKey } from '../../../data/pageKey.ts';
import { getClaimsByEvent, getEvents, getExportArticlesByEvent } from '../../../data/collections.ts';

// Keyed on exactly what the file shows (the event's articles as exported and its claims), so a
// rebuild copies the exports of the events an edit did not reach (src/data/pageKey.ts).
export const getStaticPaths = (async () => {
  const [events, articles, claims] = await Promise.all([getEvents(), getExportArticlesByEvent(), getClaimsByEvent()]);
  return events.map((event) => ({ params: { event: event.id }, cacheKey: pageKey(articles.get(event.id) ?? [], claims.get(event.id) ?? []) }));
}) satisfies GetStaticPaths;

/** One event's claims and articles, in the format of the site-wide /claims.json. */
export const GET: APIRoute = async ({ params }) => {
  const articles = (await getExportArticlesByEvent()).get(params.event as string) ?? [];
  const claims = (await getClaimsByEvent()).get(params.event as string) ?? [];
  return new Response(claimsJsonString(articles, claims), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
