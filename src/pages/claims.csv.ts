import type { APIRoute } from 'astro';
import { claimsCsv } from '../lib/claims/claimsExport.ts';
import { getClaims, getExportArticles } from '../data/collections.ts';
import { corpusOutput, exportInputs } from '../data/outputCache.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await corpusOutput('claims.csv', (articles) => [site?.href ?? null, exportInputs(articles)], async () => claimsCsv(await getExportArticles(), await getClaims(), { site })), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
