import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleMetadataSchema } from './lib/articles/articleMetadata.ts';
import { pageMetadataSchema } from './lib/articles/pageMetadata.ts';
import { articlesLoader, claimsLoader, eventsLoader } from './loaders/articlesLoader.ts';
import { publishedSchema } from './lib/articles/publishedDate.ts';
import { articleDetailRef } from './data/articleDetail.ts';
import { claimsFileRef } from './data/claimsFile.ts';

/**
 * An article as lists, labels and the article page's header need it. The text, removed lines and
 * comparison table are in the article's detail file (src/data/articleDetail.ts): Astro bundles the
 * whole store, and those made up most of it.
 */
const articles = defineCollection({
  loader: articlesLoader(),
  schema: articleMetadataSchema.extend({
    event: z.string(),
    published: publishedSchema.optional(),
    title: z.object({
      text: z.string().min(1),
      line: z.number().int().positive().nullable(),
      overrideReason: z.string().nullable(),
    }),
    /** A saved web page's own metadata, each value with its source; null for a text file. */
    page: pageMetadataSchema.nullable(),
    source: z.object({ file: z.string(), bytes: z.number().int(), sha256: z.string().length(64) }),
    wordCount: z.number().int(),
    excerpt: z.string(),
    paragraphCount: z.number().int(),
    removedCount: z.number().int(),
    /** Rows of its comparison table: the claims it makes. */
    claimCount: z.number().int(),
    detail: articleDetailRef,
    numbers: z.object({
      covered: z.number().int(),
      notClaims: z.array(z.looseObject({ paragraph: z.string(), number: z.string(), context: z.string() })),
      uncovered: z.array(z.looseObject({ paragraph: z.string(), number: z.string(), context: z.string() })),
    }),
  }),
});

/**
 * One entry, `all`: the path and digest of the claims file (src/data/claimsFile.ts), which holds
 * the claims in full and which src/data/collections.ts reads. Astro bundles the whole store: the
 * claims themselves, and then an entry per claim, made up most of it.
 */
const claims = defineCollection({
  loader: claimsLoader(),
  schema: z.object({ all: claimsFileRef, count: z.number().int() }),
});

const events = defineCollection({
  loader: eventsLoader(),
  schema: z.object({
    slug: z.string(),
    title: z.string(),
    start: z.string(),
    end: z.string(),
    place: z.string(),
    summary: z.string(),
    oldCompareUrls: z.boolean(),
    /** 0 for the newest event. */
    order: z.number().int(),
    /** Its articles' ids, in corpus order. */
    articles: z.array(z.string()),
  }),
});

export const collections = { events, articles, claims };
