import type { APIRoute, GetStaticPaths } from 'astro';
import { claimsCsv } from '../../../lib/claims/claimsExport.ts';
import { getClaimsByEvent, getEvents, getExportArticlesByEvent } from '../../../data/collections.ts';

export const getStaticPaths = (async () => (await getEvents()).map((event) => ({ params: { event: event.id } }))) satisfies GetStaticPaths;

/** One event's rows of the site-wide /claims.csv. */
export const GET: APIRoute = async ({ params }) => {
  const articles = (await getExportArticlesByEvent()).get(params.event as string) ?? [];
  const claims = (await getClaimsByEvent()).get(params.event as string) ?? [];
  return new Response(claimsCsv(articles, claims), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
