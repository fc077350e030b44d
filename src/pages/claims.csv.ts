import type { APIRoute } from 'astro';
import { claimsCsv } from '../lib/claims/claimsExport.ts';
import { getClaims, getExportArticles } from '../data/collections.ts';
import { wholeCorpusOutput } from '../data/outputCache.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await wholeCorpusOutput('claims.csv', site?.href ?? null, async () => claimsCsv(await getExportArticles(), await getClaims(), { site })), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
