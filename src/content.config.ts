import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articleMetadataSchema } from './lib/articleMetadata.ts';
import { articlesLoader } from './loaders/articlesLoader.ts';

const sourceLine = z.object({ line: z.number().int().positive(), text: z.string() });

const articles = defineCollection({
  loader: articlesLoader({ base: 'content/articles' }),
  schema: articleMetadataSchema.extend({
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
    removed: z.array(sourceLine.extend({ rule: z.string(), reason: z.string() })),
    source: z.object({ file: z.string(), bytes: z.number().int(), sha256: z.string().length(64) }),
    wordCount: z.number().int(),
    excerpt: z.string(),
  }),
});

export const collections = { articles };
