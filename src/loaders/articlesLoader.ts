/**
 * articlesLoader and claimsLoader: the Astro content-layer adapters for the corpus.
 *
 * They call loadCorpus (I/O plus the pure modules in src/lib) and store what the pages show:
 * each article with its sections and its comparison table; each verified claim with its
 * mentions. What can be derived from those (the body HTML, word diffs) is derived by the pages'
 * data helpers in src/data, so the content store holds each text once. Bad input stops the build with the file, line and fix.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { ContentError } from '../lib/contentError.ts';
import { publishedFromPage } from '../lib/articles/publishedDate.ts';
import { countParagraphs, countWords, excerpt } from '../lib/articles/articleSummary.ts';
import { compareArticle } from '../lib/claims/compareArticle.ts';
import { articlePeers, comparisonSet } from '../lib/claims/articlePeers.ts';
import { findUnusualCharacters } from '../lib/articles/unusualCharacters.ts';
import { contentFingerprint, defaultPaths, loadCorpus, type Corpus, type CorpusPaths } from './loadCorpus.ts';

/** Re-throws content errors as Astro user errors: a message and a hint, no stack trace. */
export function asBuildError(error: unknown): never {
  if (error instanceof ContentError) {
    const count = error.problems.length;
    const buildError = new AstroError(
      `${count === 1 ? 'A content file has a problem' : `${count} content problems`}:\n${error.message}`,
      'Fix the file(s) named above and run the build again.',
    );
    // The location is in the message; a stack trace into the loader would only bury it.
    buildError.stack = '';
    throw buildError;
  }
  throw error;
}

/**
 * Both collections come from one reading of the corpus: the second loader reuses the first's
 * result while no file has changed (size and modification time of every content file).
 */
let cached: { key: string; corpus: Promise<Corpus> } | undefined;

async function corpusFor(config: LoaderContext['config'], paths?: Partial<CorpusPaths>): Promise<Corpus> {
  const resolved = { ...defaultPaths(config.root), ...paths };
  try {
    const key = await contentFingerprint(resolved);
    if (cached?.key !== key) cached = { key, corpus: loadCorpus(resolved) };
    return await cached.corpus;
  } catch (error) {
    cached = undefined;
    return asBuildError(error);
  }
}

export function articlesLoader(paths?: Partial<CorpusPaths>): Loader {
  return {
    name: 'articles-loader',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const { articles, verified, claimEvent } = await corpusFor(config, paths);
      const idsOf = eventArticleIds(articles);
      const peers = articlePeers(verified.claims);
      const claimsOf = new Map<string, typeof verified.claims>();
      for (const claim of verified.claims) {
        const event = claimEvent.get(claim.id) as string;
        claimsOf.set(event, [...(claimsOf.get(event) ?? []), claim]);
      }
      store.clear();
      for (const { meta, parsed, page, source, filePath } of articles) {
        // An article is compared within its event only; its claims are its event's.
        const comparison = compareArticle(meta.slug, claimsOf.get(meta.event) ?? [], idsOf(meta.event), peers);
        const numbers = verified.numbers[meta.slug];
        // The page model's doubts are for the editor (add-article's report), not for the pages.
        const { doubts: _doubts, ...shown } = parsed;
        const data = await parseData({
          id: meta.slug,
          data: {
            ...meta,
            // The entry's date; else a saved page's own, marked as read from its metadata.
            published: meta.published ?? publishedFromPage(page?.published?.value) ?? undefined,
            ...shown,
            page,
            source,
            wordCount: countWords(parsed),
            excerpt: excerpt(parsed),
            comparison,
            characterNotes: findUnusualCharacters([
              ...(parsed.title.line !== null ? [{ line: parsed.title.line, text: parsed.title.text }] : []),
              ...parsed.dek,
              ...parsed.sections.flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.paragraphs]),
            ]),
            numbers: {
              covered: numbers?.covered.length ?? 0,
              notClaims: numbers?.excused ?? [],
              // Non-empty only for a draft: a reviewed article with one fails verification.
              uncovered: numbers?.uncovered ?? [],
            },
          },
        });
        // The body HTML is rendered by the page (src/data/articleBody.ts), not stored: Astro
        // bundles the whole content store, and a second copy of every text measured 21 of 65 MB
        // at 2,000 articles, enough to push the build past 2 GB of memory.
        store.set({ id: meta.slug, data, filePath, digest: generateDigest(data) });
        const draft = meta.status === 'draft' ? ` [draft: ${numbers?.uncovered.length ?? 0} figures in no claim yet, listed in /report/]` : '';
        logger.info(
          `${meta.slug}${draft}: "${parsed.title.text}" — ${countParagraphs(parsed)} paragraphs, ` +
            `${parsed.removed.length} removed lines, ${comparison.rows.length} claims, ` +
            `${numbers?.covered.length ?? 0} numbers quoted, ${numbers?.excused.length ?? 0} marked not a claim`,
        );
      }
    },
  };
}

/** The events, newest first, each with its article ids in corpus order. */
export function eventsLoader(paths?: Partial<CorpusPaths>): Loader {
  return {
    name: 'events-loader',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const { events, articles } = await corpusFor(config, paths);
      const idsOf = eventArticleIds(articles);
      store.clear();
      for (const [order, event] of events.entries()) {
        const { file, ...fields } = event;
        const data = await parseData({ id: event.slug, data: { ...fields, order, articles: idsOf(event.slug) } });
        store.set({ id: event.slug, data, filePath: file, digest: generateDigest(data) });
      }
      logger.info(`${events.length} event${events.length === 1 ? '' : 's'}: ${events.map((event) => event.slug).join(', ')}`);
    },
  };
}

/** event slug → its articles' ids in corpus order. */
function eventArticleIds(articles: Corpus['articles']): (event: string) => string[] {
  const byEvent = new Map<string, string[]>();
  for (const { meta } of articles) byEvent.set(meta.event, [...(byEvent.get(meta.event) ?? []), meta.slug]);
  return (event) => byEvent.get(event) ?? [];
}

export function claimsLoader(paths?: Partial<CorpusPaths>): Loader {
  return {
    name: 'claims-loader',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const { articles, verified, claimEvent } = await corpusFor(config, paths);
      const idsOf = eventArticleIds(articles);
      const peers = articlePeers(verified.claims);
      store.clear();
      for (const claim of verified.claims) {
        const event = claimEvent.get(claim.id) as string;
        const comparedAcross = comparisonSet(claim, idsOf(event), peers);
        const data = await parseData({ id: claim.id, data: { ...claim, event, comparedAcross } });
        store.set({ id: claim.id, data, digest: generateDigest(data) });
      }
      const divergent = verified.claims.filter((claim) => claim.divergent).length;
      logger.info(`${verified.claims.length} claims verified, ${divergent} divergent`);
    },
  };
}
