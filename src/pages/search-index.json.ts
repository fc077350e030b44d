/**
 * /search-index.json: the site search's records and fuse.js indexes (src/lib/search/searchRecords.ts)
 * in one file. The browser does not fetch it: after the build, src/integrations/searchShards.ts cuts
 * it into the small files under /search-index/ that a query fetches as it needs them.
 */
import type { APIRoute } from 'astro';
import { buildSearchData, serializeSearchData } from '../lib/search/searchRecords.ts';
import { getArticles, getClaimCoverages, getClaims } from '../data/collections.ts';
import { readArticleDetail } from '../data/articleDetail.ts';

export const GET: APIRoute = async () => {
  const articles = (await getArticles()).map((a) => {
    const { sections, dek } = readArticleDetail(a.data.detail);
    return {
      id: a.id,
      title: a.data.title.text,
      // Results name the outlet; a draft's says it is not yet reviewed.
      outlet: a.data.status === 'draft' ? `${a.data.outlet} (draft: not yet reviewed)` : a.data.outlet,
      sections,
      dek,
    };
  });
  // "Reported by n of N" as each claim's page says it: within its event, drafts counted.
  const coverages = await getClaimCoverages();
  const claims = (await getClaims()).map((claim) => ({ ...claim, coverage: coverages.get(claim.id) }));
  const body = serializeSearchData(buildSearchData(articles, claims));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
