/** /articles/<slug>/raw.txt: the raw file exactly as received, byte for byte (its sha256 is on the article page). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type ArticleEntry } from '../../../data/collections.ts';
import { rawBytes } from '../../../data/articleBody.ts';
import { pageKey } from '../../../data/pageKey.ts';

// The file's sha256 is in the key: the bytes are copied as they are.
export const getStaticPaths = (async () => (await getArticles())
    // A saved web page's markup never reaches the site, not even as text: it stays in the repository.
    .filter((article) => article.data.page === null)
    .map((article) => ({ params: { slug: article.id }, props: { article }, cacheKey: pageKey(article.data.source) }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleEntry }> = ({ props }) =>
  new Response(rawBytes(props.article), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
