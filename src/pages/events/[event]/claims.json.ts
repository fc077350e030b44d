import type { APIRoute, GetStaticPaths } from 'astro';
import { claimsJson } from '../../../lib/claims/claimsExport.ts';
import { getClaims, getEvents, getExportArticles } from '../../../data/collections.ts';

export const getStaticPaths = (async () => (await getEvents()).map((event) => ({ params: { event: event.id } }))) satisfies GetStaticPaths;

/** One event's claims and articles, in the format of the site-wide /claims.json. */
export const GET: APIRoute = async ({ params }) => {
  const articles = (await getExportArticles()).filter((a) => a.event === params.event);
  const claims = (await getClaims()).filter((c) => c.event === params.event);
  return new Response(`${JSON.stringify(claimsJson(articles, claims), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
