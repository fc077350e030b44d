/**
 * /search-index.json: the site search's records and fuse.js indexes (src/lib/search/searchRecords.ts)
 * in one file. The browser does not fetch it: after the build, src/integrations/searchShards.ts cuts
 * it into the small files under /search-index/ that a query fetches as it needs them.
 */
import type { APIRoute } from 'astro';
import { buildSearchData, serializeSearchData } from '../lib/search/searchRecords.ts';
import { getArticles, getClaimCoverages, getClaims } from '../data/collections.ts';
import { readArticleDetail } from '../data/articleDetail.ts';
import { corpusOutput } from '../data/outputCache.ts';
import { releaseHeldMemory } from '../data/heldMemory.ts';

/**
 * Cached between builds under what it reads (src/data/outputCache.ts): the claims, and each
 * article's title, outlet, status, event (for each claim's "of N") and text.
 */
/** What the records are made of: each article's title, outlet and text, and the claims with their "of N". */
async function searchInputs(): Promise<Parameters<typeof buildSearchData>> {
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
  return [articles, claims];
}

const searchIndex = async (): Promise<string> => {
  // The largest single thing the build makes (about 2 GB of working set at 20,000 articles: every
  // article's text, the records, their indexes, then the file's text), made on top of the heap
  // pages the other pages left mapped. Given back first, and again once the indexes' working set
  // is garbage, before the text is made (src/data/heldMemory.ts).
  releaseHeldMemory();
  const data = buildSearchData(...(await searchInputs()));
  releaseHeldMemory();
  return serializeSearchData(data);
};

export const GET: APIRoute = async () => {
  const body = await corpusOutput('search-index.json', (articles) => articles.map((a) => [a.id, a.data.title.text, a.data.outlet, a.data.status, a.data.event, a.data.detail.digest]), searchIndex);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
