import type { APIRoute } from 'astro';
import { claimsCsv } from '../lib/claims/claimsExport.ts';
import { getClaims, getExportArticles } from '../data/collections.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(claimsCsv(await getExportArticles(), await getClaims(), { site }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
