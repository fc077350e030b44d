import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { articleMetadataSchema } from './lib/articles/articleMetadata.ts';
import { articlesLoader, claimsLoader } from './loaders/articlesLoader.ts';
import { articleDetailRef } from './data/articleDetail.ts';

const locatedQuote = z.object({
  text: z.string(),
  paragraph: z.string().regex(/^p-\d+$/),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  anchor: z.string(),
});

const difference = z.object({ field: z.string(), label: z.string() });

/**
 * An article as lists, labels and the article page's header need it. The text, removed lines and
 * comparison table are in the article's detail file (src/data/articleDetail.ts): Astro bundles the
 * whole store, and those made up most of it.
 */
const articles = defineCollection({
  loader: articlesLoader(),
  schema: articleMetadataSchema.extend({
    title: z.object({
      text: z.string().min(1),
      line: z.number().int().positive().nullable(),
      overrideReason: z.string().nullable(),
    }),
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

const claims = defineCollection({
  loader: claimsLoader(),
  schema: z.object({
    id: z.string(),
    statement: z.string().min(1),
    topic: z.string(),
    speaker: z.string(),
    figure: z.object({ value: z.number(), unit: z.string().min(1) }).nullable(),
    file: z.string(),
    line: z.number().int(),
    divergent: z.boolean(),
    differences: z.array(
      difference.extend({
        values: z.array(z.object({ article: z.string(), value: z.string().nullable() })),
        note: z.string().nullable(),
      }),
    ),
    mentions: z.array(
      z.object({
        article: reference('articles'),
        voice: z.enum(['attributed', 'outlet']),
        attributedTo: z.string().nullable(),
        figure: z.number().nullable(),
        details: z.record(z.string(), z.string()),
        quotes: z.array(locatedQuote),
      }),
    ),
    /** The articles this claim is compared across: its reporters and their peers. */
    comparedAcross: z.array(z.string()),
  }),
});

export const collections = { articles, claims };
