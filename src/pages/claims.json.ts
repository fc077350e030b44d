import type { APIRoute } from 'astro';
import { claimsJson } from '../lib/claimsExport.ts';
import { getArticles, getClaims } from '../data/collections.ts';

export const GET: APIRoute = async () => {
  const articles = (await getArticles()).map((a) => ({
    id: a.id,
    sourceFile: a.data.source.file,
    title: a.data.title.text,
    outlet: a.data.outlet,
  }));
  const body = `${JSON.stringify(claimsJson(articles, await getClaims()), null, 2)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
