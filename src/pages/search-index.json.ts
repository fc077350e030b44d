/**
 * /search-index.json: the site search's records and fuse.js indexes (src/lib/search/searchRecords.ts)
 * in one file. The browser does not fetch it: after the build, src/integrations/searchShards.ts cuts
 * it into the small files under /search-index/ that a query fetches as it needs them.
 */
import type { APIRoute } from 'astro';
import { buildSearchData, serializeSearchData } from '../lib/search/searchRecords.ts';
import { getArticles, getClaims } from '../data/collections.ts';
import { readArticleDetail } from '../data/articleDetail.ts';
import { corpusOutput } from '../data/outputCache.ts';

/** Cached between builds under what it reads (src/data/outputCache.ts): the claims, and each article's title, outlet, status and text. */
const searchIndex = async (): Promise<string> => {
  const articles = (await getArticles()).map((a) => ({
    id: a.id,
    title: a.data.title.text,
    // Results name the outlet; a draft's says it is not yet reviewed.
    outlet: a.data.status === 'draft' ? `${a.data.outlet} (draft: not yet reviewed)` : a.data.outlet,
    sections: readArticleDetail(a.data.detail).sections,
  }));
  return serializeSearchData(buildSearchData(articles, await getClaims()));
};

export const GET: APIRoute = async () => {
  const body = await corpusOutput('search-index.json', (articles) => articles.map((a) => [a.id, a.data.title.text, a.data.outlet, a.data.status, a.data.detail.digest]), searchIndex);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
