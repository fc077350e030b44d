/**
 * contentLayout: where the content lives in a project, relative to its root. The loaders read
 * these folders and the editor's commands write into them, so both take the names from here.
 */

export const CONTENT_LAYOUT = {
  articles: 'content/articles',
  /** One <slug>.yaml per event. */
  events: 'content/events',
  claims: 'content/claims',
  /** In the articles folder: the editorial metadata of every raw file. */
  metadataFile: 'articles.yaml',
  /** In the claims folder: numbers that are not claims, with reasons. */
  notClaimsFile: 'not-claims.yaml',
  /** In the claims folder: other names of the claims' sources, for the claim suggestions (optional). */
  aliasesFile: 'aliases.yaml',
  /** In the claims folder: add-article's review files, which the build never reads. */
  suggestionsFolder: '_suggestions',
} as const;
