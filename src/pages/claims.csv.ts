import type { APIRoute } from 'astro';
import { claimsCsv } from '../lib/claimsExport.ts';
import { getArticles, getClaims } from '../data/collections.ts';

export const GET: APIRoute = async () => {
  const articles = (await getArticles()).map((a) => ({
    id: a.id,
    sourceFile: a.data.source.file,
    title: a.data.title.text,
    outlet: a.data.outlet,
  }));
  return new Response(claimsCsv(articles, await getClaims()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
