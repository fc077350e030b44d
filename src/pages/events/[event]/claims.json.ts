import type { APIRoute, GetStaticPaths } from 'astro';
import { claimsJsonString } from '../../../lib/claims/claimsExport.ts';
import { getClaimsByEvent, getEvents, getExportArticlesByEvent } from '../../../data/collections.ts';

export const getStaticPaths = (async () => (await getEvents()).map((event) => ({ params: { event: event.id } }))) satisfies GetStaticPaths;

/** One event's claims and articles, in the format of the site-wide /claims.json. */
export const GET: APIRoute = async ({ params }) => {
  const articles = (await getExportArticlesByEvent()).get(params.event as string) ?? [];
  const claims = (await getClaimsByEvent()).get(params.event as string) ?? [];
  return new Response(claimsJsonString(articles, claims), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
