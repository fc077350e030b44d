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
    /** The claims and other articles its page names (table rows, omitted claims, peer columns). */
    names: z.object({ claims: z.array(z.string()), articles: z.array(z.string()) }),
    detail: articleDetailRef,
    numbers: z.object({
      covered: z.number().int(),
      notClaims: z.array(z.looseObject({ paragraph: z.string(), number: z.string(), context: z.string() })),
      uncovered: z.array(z.looseObject({ paragraph: z.string(), number: z.string(), context: z.string() })),
    }),
  }),
});

/**
 * A claim as its id, statement and topic; the full claims (mentions, quotes, differences) are in
 * one file (src/data/claimsFile.ts) that src/data/collections.ts reads: Astro bundles the whole
 * store, and the claims made up most of it.
 */
const claims = defineCollection({
  loader: claimsLoader(),
  schema: z.object({
    id: z.string(),
    status: z.enum(['draft', 'reviewed']),
    statement: z.string().min(1),
    topic: z.string(),
    event: z.string(),
    divergent: z.boolean(),
    all: claimsFileRef,
  }),
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
