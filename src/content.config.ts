import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { articleMetadataSchema } from './lib/articles/articleMetadata.ts';
import { pageMetadataSchema } from './lib/articles/pageMetadata.ts';
import { articlesLoader, claimsLoader, eventsLoader } from './loaders/articlesLoader.ts';
import { publishedSchema } from './lib/articles/publishedDate.ts';

const sourceLine = z.object({ line: z.number().int().positive(), text: z.string() });

const locatedQuote = z.object({
  text: z.string(),
  paragraph: z.string().regex(/^p-\d+$/),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  anchor: z.string(),
});

const difference = z.object({ field: z.string(), label: z.string() });

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
    dek: z.array(sourceLine),
    sections: z.array(
      z.object({
        id: z.string(),
        heading: sourceLine.nullable(),
        paragraphs: z.array(sourceLine.extend({ id: z.string().regex(/^p-\d+$/) })),
      }),
    ),
    /** For a saved web page, `line` is the block number and `path` where the block stood. */
    removed: z.array(sourceLine.extend({ rule: z.string(), reason: z.string(), path: z.string().optional() })),
    /** A saved web page's own metadata, each value with its source; null for a text file. */
    page: pageMetadataSchema.nullable(),
    source: z.object({ file: z.string(), bytes: z.number().int(), sha256: z.string().length(64) }),
    wordCount: z.number().int(),
    excerpt: z.string(),
    comparison: z.object({
      rows: z.array(
        z.object({
          number: z.number().int().positive(),
          claim: z.string(),
          divergent: z.boolean(),
          cells: z.array(
            z.object({
              article: z.string(),
              status: z.enum(['same', 'different', 'not-reported']),
              differences: z.array(difference.extend({ mine: z.string(), theirs: z.string() })),
            }),
          ),
        }),
      ),
      omitted: z.array(z.object({ claim: z.string(), reportedBy: z.array(z.string()) })),
    }),
    characterNotes: z.array(
      z.object({
        line: z.number().int(),
        kind: z.enum(['invisible', 'bidi-control']),
        characters: z.array(z.object({ codePoint: z.string(), name: z.string(), count: z.number().int() })),
      }),
    ),
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
    status: z.enum(['draft', 'reviewed']),
    statement: z.string().min(1),
    topic: z.string(),
    speaker: z.string(),
    figure: z.object({ value: z.number(), unit: z.string().min(1) }).nullable(),
    file: z.string(),
    line: z.number().int(),
    event: z.string(),
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
