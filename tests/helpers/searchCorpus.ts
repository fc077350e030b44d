/**
 * The real corpus's search file as the build makes it (src/pages/search-index.json.ts: titles,
 * outlets, text and dek lines, the verified claims), for the tests of the search file's shards.
 */
import { pathToFileURL } from 'node:url';
import { defaultPaths, loadCorpus } from '../../src/loaders/loadCorpus.ts';
import { buildSearchData, serializeSearchData, type SearchData } from '../../src/lib/search/searchRecords.ts';
import { projectRoot } from './tempProject.ts';

const { articles, verified } = await loadCorpus(defaultPaths(pathToFileURL(projectRoot)));

/** What buildSearchData is given for the real corpus. */
export const realSearchInputs = {
  articles: articles.map(({ meta, parsed }) => ({ id: meta.slug, title: parsed.title.text, outlet: meta.outlet, sections: parsed.sections, dek: parsed.dek })),
  claims: verified.claims,
};

/** The search file's text, and that text parsed. */
export const realSearchText = serializeSearchData(buildSearchData(realSearchInputs.articles, realSearchInputs.claims));
export const realSearchFile = JSON.parse(realSearchText) as SearchData;
