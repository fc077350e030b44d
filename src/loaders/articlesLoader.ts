/**
 * articlesLoader and claimsLoader: the Astro content-layer adapters for the corpus.
 *
 * They call loadCorpus (I/O plus the pure modules in src/lib) and store what the pages show:
 * each article with its rendered, highlighted body and its comparison table; each verified claim
 * with its mentions and quote diffs. Bad input stops the build with the file, line and fix.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { ContentError } from '../lib/contentError.ts';
import { countWords, excerpt } from '../lib/articleSummary.ts';
import { articleBodyHtml, type Highlight } from '../lib/renderArticleBody.ts';
import { compareArticle } from '../lib/compareArticle.ts';
import { articlePeers, comparisonSet } from '../lib/articlePeers.ts';
import { quoteDiff } from '../lib/quoteDiff.ts';
import { findUnusualCharacters } from '../lib/unusualCharacters.ts';
import { defaultPaths, loadCorpus, type Corpus, type CorpusPaths } from './loadCorpus.ts';

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

async function corpusFor(config: LoaderContext['config'], paths?: Partial<CorpusPaths>): Promise<Corpus> {
  try {
    return await loadCorpus({ ...defaultPaths(config.root), ...paths });
  } catch (error) {
    return asBuildError(error);
  }
}

export function articlesLoader(paths?: Partial<CorpusPaths>): Loader {
  return {
    name: 'articles-loader',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const { articles, verified } = await corpusFor(config, paths);
      const ids = articles.map(({ meta }) => meta.slug);
      const peers = articlePeers(verified.claims);
      store.clear();
      for (const { meta, parsed, source, filePath } of articles) {
        const comparison = compareArticle(meta.slug, verified.claims, ids, peers);
        const highlights = new Map<string, Highlight[]>();
        for (const row of comparison.rows) {
          for (const quote of row.quotes) {
            const list = highlights.get(quote.paragraph) ?? [];
            list.push({ start: quote.start, end: quote.end, anchor: quote.anchor, claim: row.claim, number: row.number });
            highlights.set(quote.paragraph, list);
          }
        }
        const numbers = verified.numbers[meta.slug];
        const data = await parseData({
          id: meta.slug,
          data: {
            ...meta,
            ...parsed,
            source,
            wordCount: countWords(parsed),
            excerpt: excerpt(parsed),
            comparison,
            characterNotes: findUnusualCharacters([
              ...(parsed.title.line !== null ? [{ line: parsed.title.line, text: parsed.title.text }] : []),
              ...parsed.dek,
              ...parsed.sections.flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.paragraphs]),
            ]),
            numbers: { covered: numbers?.covered.length ?? 0, notClaims: numbers?.excused ?? [] },
          },
        });
        store.set({
          id: meta.slug,
          data,
          filePath,
          digest: generateDigest(data),
          rendered: { html: articleBodyHtml(parsed.sections, highlights) },
        });
        logger.info(
          `${meta.slug}: "${parsed.title.text}" — ${parsed.sections.reduce((n, s) => n + s.paragraphs.length, 0)} paragraphs, ` +
            `${parsed.removed.length} removed lines, ${comparison.rows.length} claims, ` +
            `${numbers?.covered.length ?? 0} numbers quoted, ${numbers?.excused.length ?? 0} marked not a claim`,
        );
      }
    },
  };
}

export function claimsLoader(paths?: Partial<CorpusPaths>): Loader {
  return {
    name: 'claims-loader',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const { articles, verified } = await corpusFor(config, paths);
      const ids = articles.map(({ meta }) => meta.slug);
      const peers = articlePeers(verified.claims);
      store.clear();
      for (const claim of verified.claims) {
        const [base, ...rest] = claim.mentions;
        const diffs = base
          ? rest.map((other) => ({
              from: base.article,
              to: other.article,
              parts: quoteDiff(base.quotes.map((q) => q.text).join(' … '), other.quotes.map((q) => q.text).join(' … ')),
            }))
          : [];
        const comparedAcross = comparisonSet(claim, ids, peers);
        const data = await parseData({ id: claim.id, data: { ...claim, diffs, comparedAcross } });
        store.set({ id: claim.id, data, digest: generateDigest(data) });
      }
      const divergent = verified.claims.filter((claim) => claim.divergent).length;
      logger.info(`${verified.claims.length} claims verified, ${divergent} divergent`);
    },
  };
}
