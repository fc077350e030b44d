/**
 * Reads the content collections once per page, in the shapes the pages and src/lib use: articles
 * in corpus order, claims with plain article ids (the collection stores references).
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ClaimData = Omit<CollectionEntry<'claims'>['data'], 'mentions'> & {
  mentions: Array<Omit<CollectionEntry<'claims'>['data']['mentions'][number], 'article'> & { article: string }>;
};

export async function getArticles(): Promise<ArticleEntry[]> {
  return (await getCollection('articles')).sort((a, b) => a.data.file.localeCompare(b.data.file));
}

export async function getClaims(): Promise<ClaimData[]> {
  return (await getCollection('claims'))
    .map(({ data }) => ({ ...data, mentions: data.mentions.map((m) => ({ ...m, article: m.article.id })) }))
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.id.localeCompare(b.id));
}

/** id → short label, title and outlet, for table headers and links. */
export function articleLabels(articles: readonly ArticleEntry[]): Map<string, { label: string; title: string; outlet: string }> {
  return new Map(articles.map((a) => [a.id, { label: a.data.label, title: a.data.title.text, outlet: a.data.outlet }]));
}

/** The articles as the exports list them. */
export async function getExportArticles(): Promise<Array<{ id: string; sourceFile: string; title: string; outlet: string }>> {
  return (await getArticles()).map((a) => ({
    id: a.id,
    sourceFile: a.data.source.file,
    title: a.data.title.text,
    outlet: a.data.outlet,
  }));
}
