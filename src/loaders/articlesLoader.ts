/**
 * articlesLoader and claimsLoader: the Astro content-layer adapters for the corpus.
 *
 * They call loadCorpus (I/O plus the pure modules in src/lib) and store what the pages show:
 * each article with its sections and its comparison table; each verified claim with its
 * mentions. What only an article's own page shows (its text, removed lines, comparison table) is
 * written to a file per article (src/data/articleDetail.ts), not stored; what can be derived (the
 * body HTML, word diffs) is derived by the pages' data helpers in src/data. Bad input stops the
 * build with the file, line and fix.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { ContentError } from '../lib/contentError.ts';
import { publishedFromPage } from '../lib/articles/publishedDate.ts';
import { countParagraphs, countWords, excerpt } from '../lib/articles/articleSummary.ts';
import { claimsByArticle, compareArticle } from '../lib/claims/compareArticle.ts';
import { articlePeers, comparisonSet } from '../lib/claims/articlePeers.ts';
import { findUnusualCharacters } from '../lib/articles/unusualCharacters.ts';
import { CACHE_KINDS, PARSE_CACHE, contentFingerprint, defaultPaths, loadCorpus, type Corpus, type CorpusPaths } from './loadCorpus.ts';
import { openBuildCache, type BuildCache } from '../data/buildCache.ts';
import path from 'node:path';
import { articleDetailFile, checkArticleDetail, detailFolder, pruneDetailFolder, resetDetailFolder, writeArticleDetail, writeArticleNames, type ArticleNames } from '../data/articleDetail.ts';
import { writeClaimsFile } from '../data/claimsFile.ts';
import { exportArticleOf, exportFolder, writeSiteExports } from '../data/exportFiles.ts';
import { VERIFY_CACHE } from './verifyCached.ts';
import { fileURLToPath } from 'node:url';

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
 * The three collections come from one reading of the corpus: the later loaders reuse the first's
 * result while no file has changed (size and modification time of every content file). Once all
 * three have stored theirs it is let go (`release`): held to the end of the build, the whole
 * parsed corpus stayed in the heap through bundling and page generation (at 20,000 articles,
 * gigabytes). A later sync with the same files reads it back from the build cache.
 */
type LoaderName = 'articles' | 'claims' | 'events';
let cached: { key: string; corpus: Promise<Corpus>; cache: BuildCache; waiting: Set<LoaderName> } | undefined;

function release(name: LoaderName): void {
  cached?.waiting.delete(name);
  if (cached?.waiting.size === 0) cached = undefined;
}

async function corpusFor(config: LoaderContext['config'], paths?: Partial<CorpusPaths>): Promise<Corpus> {
  const resolved = { ...defaultPaths(config.root), ...paths };
  try {
    const key = await contentFingerprint(resolved);
    if (cached?.key !== key) {
      // Parses and verifications of unchanged inputs come from the last sync (src/data/buildCache.ts).
      const cache = openBuildCache(path.join(fileURLToPath(config.cacheDir), 'loader-cache'));
      const corpus = loadCorpus(resolved, undefined, cache).then((loaded) => {
        cache.prune(CACHE_KINDS);
        return loaded;
      });
      cached = { key, corpus, cache, waiting: new Set(['articles', 'claims', 'events']) };
    }
    return await cached.corpus;
  } catch (error) {
    cached = undefined;
    return asBuildError(error);
  }
}

export function articlesLoader(paths?: Partial<CorpusPaths>): Loader {
  return {
    name: 'articles-loader',
    load: async ({ store, meta: syncMeta, parseData, generateDigest, config, logger }) => {
      const { articles, verified, claimEvent } = await corpusFor(config, paths);
      const reuse = (kind: string) => {
        const { hits, misses } = cached?.cache.stats(kind) ?? { hits: 0, misses: 0 };
        return `${hits} of ${hits + misses}`;
      };
      logger.info(`From the build cache: ${reuse(PARSE_CACHE)} article parses, ${reuse(VERIFY_CACHE)} verification groups`);
      const idsOf = eventArticleIds(articles);
      const peers = articlePeers(verified.claims);
      // An article is compared within its event only; its claims are its event's.
      const claimsOf = new Map<string, typeof verified.claims>();
      for (const claim of verified.claims) {
        const event = claimEvent.get(claim.id) as string;
        const list = claimsOf.get(event);
        if (list) list.push(claim);
        else claimsOf.set(event, [claim]);
      }
      const byArticleOf = new Map<string, ReturnType<typeof claimsByArticle>>();
      const indexOf = (event: string) => {
        let index = byArticleOf.get(event);
        if (!index) byArticleOf.set(event, (index = claimsByArticle(claimsOf.get(event) ?? [])));
        return index;
      };
      const folder = detailFolder(fileURLToPath(config.cacheDir));
      resetDetailFolder(folder);
      pruneDetailFolder(folder, new Set(articles.map(({ meta }) => meta.slug)));
      // Entries whose digest is unchanged are not rewritten (the store's own check); only those of
      // articles no longer in the corpus are removed.
      removeStale(store, articles.map(({ meta }) => meta.slug));
      const names: Record<string, ArticleNames> = {};
      for (const { meta, parsed, page, source, filePath } of articles) {
        const comparison = compareArticle(meta.slug, claimsOf.get(meta.event) ?? [], idsOf(meta.event), peers, indexOf(meta.event));
        const numbers = verified.numbers[meta.slug];
        // What only the article's own page shows goes to a file of its own, not into the store
        // that Astro bundles whole (src/data/articleDetail.ts says why).
        const { text } = checkArticleDetail({
          dek: parsed.dek,
          sections: parsed.sections,
          removed: parsed.removed,
          comparison,
          characterNotes: findUnusualCharacters([
            ...(parsed.title.line !== null ? [{ line: parsed.title.line, text: parsed.title.text }] : []),
            ...parsed.dek,
            ...parsed.sections.flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.paragraphs]),
          ]),
        });
        const file = articleDetailFile(folder, meta.slug);
        names[meta.slug] = {
          claims: [...comparison.rows.map((row) => row.claim), ...comparison.omitted.map((o) => o.claim)],
          articles: [...new Set([...(comparison.rows[0]?.cells.map((cell) => cell.article) ?? []), ...comparison.omitted.flatMap((o) => o.reportedBy)])],
        };
        const digest = generateDigest(text);
        if (writeArticleDetail(file, text, digest, syncMeta.get(`detail:${meta.slug}`))) syncMeta.set(`detail:${meta.slug}`, digest);
        const data = await parseData({
          id: meta.slug,
          data: {
            ...meta,
            published: publishedOf(meta, page),
            title: parsed.title,
            page,
            source,
            wordCount: countWords(parsed),
            excerpt: excerpt(parsed),
            paragraphCount: countParagraphs(parsed),
            removedCount: parsed.removed.length,
            claimCount: comparison.rows.length,
            detail: { file, digest },
            numbers: {
              covered: numbers?.covered.length ?? 0,
              notClaims: numbers?.excused ?? [],
              // Non-empty only for a draft: a reviewed article with one fails verification.
              uncovered: numbers?.uncovered ?? [],
            },
          },
        });
        store.set({ id: meta.slug, data, filePath, digest: generateDigest(data) });
        const draft = meta.status === 'draft' ? ` [draft: ${numbers?.uncovered.length ?? 0} figures in no claim yet, listed in /report/]` : '';
        logger.info(
          `${meta.slug}${draft}: "${parsed.title.text}" — ${countParagraphs(parsed)} paragraphs, ` +
            `${parsed.removed.length} removed lines, ${comparison.rows.length} claims, ` +
            `${numbers?.covered.length ?? 0} numbers quoted, ${numbers?.excused.length ?? 0} marked not a claim`,
        );
      }
      // What each table names, for page keys and the outlet pages (src/data/articleDetail.ts).
      writeArticleNames(folder, names);
      release('articles');
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
      release('events');
    },
  };
}

/** The entry's date; else a saved page's own, marked as read from its metadata. */
const publishedOf = (meta: Corpus['articles'][number]['meta'], page: Corpus['articles'][number]['page']) =>
  meta.published ?? publishedFromPage(page?.published?.value) ?? undefined;

/** Removes the entries whose ids are not in `ids` (the others are set again, or kept if unchanged). */
function removeStale(store: LoaderContext['store'], ids: readonly string[]): void {
  const keep = new Set(ids);
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
}

/** event slug → its articles' ids in corpus order. */
function eventArticleIds(articles: Corpus['articles']): (event: string) => string[] {
  const byEvent = new Map<string, string[]>();
  for (const { meta } of articles) {
    const list = byEvent.get(meta.event);
    if (list) list.push(meta.slug);
    else byEvent.set(meta.event, [meta.slug]);
  }
  return (event) => byEvent.get(event) ?? [];
}

export function claimsLoader(paths?: Partial<CorpusPaths>): Loader {
  return {
    name: 'claims-loader',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const { articles, verified, claimEvent } = await corpusFor(config, paths);
      const idsOf = eventArticleIds(articles);
      const peers = articlePeers(verified.claims);
      // The claims in full go to one file, in the order the pages list them (by topic, then id);
      // the store keeps a short entry per claim (src/data/claimsFile.ts says why).
      const ordered = [...verified.claims].sort((a, b) => a.topic.localeCompare(b.topic) || a.id.localeCompare(b.id));
      const written = writeClaimsFile(
        fileURLToPath(config.cacheDir),
        ordered.map((claim) => {
          const event = claimEvent.get(claim.id) as string;
          return { ...claim, event, comparedAcross: comparisonSet(claim, idsOf(event), peers) };
        }),
      );
      const all = { file: written.file, digest: written.digest };
      // One entry: the pages read the claims from the file. An entry per claim (id, statement,
      // topic and the file's path again) made up 40% of the store, which Astro bundles whole.
      removeStale(store, ['all']);
      const data = await parseData({ id: 'all', data: { all, count: written.claims.length } });
      store.set({ id: 'all', data, digest: generateDigest(data) });
      // The site-wide exports, written piece by piece to the cache folder (src/data/exportFiles.ts).
      const started = performance.now();
      const exportArticles = articles.map(({ meta, parsed, page, source }) =>
        exportArticleOf(meta.slug, { ...meta, title: parsed.title, source, page, published: publishedOf(meta, page) }),
      );
      const exports = writeSiteExports(exportFolder(fileURLToPath(config.cacheDir)), config.site, exportArticles, written.claims, all.digest, fileURLToPath(config.root));
      const summary = exports.map(({ name, reused, computed }) => `${name} (${reused} claims' pieces kept, ${computed} computed)`).join(', ');
      logger.info(`${exports.length > 0 ? `Exports written: ${summary}` : 'Exports unchanged'} in ${Math.round(performance.now() - started)} ms`);
      const divergent = verified.claims.filter((claim) => claim.divergent).length;
      logger.info(`${verified.claims.length} claims verified, ${divergent} divergent`);
      release('claims');
    },
  };
}
