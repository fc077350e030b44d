import type { APIRoute } from 'astro';
import { claimsJson } from '../lib/claims/claimsExport.ts';
import { getClaims, getExportArticles } from '../data/collections.ts';
import { corpusOutput, exportInputs } from '../data/outputCache.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = await corpusOutput('claims.json', (articles) => [site?.href ?? null, exportInputs(articles)], async () => `${JSON.stringify(claimsJson(await getExportArticles(), await getClaims(), { site }), null, 2)}\n`);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
