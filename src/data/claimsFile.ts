/**
 * claimsFile: the verified claims, with their mentions and located quotes, in one JSON file that
 * the claims loader writes to Astro's cache folder and the pages read once per build.
 *
 * Like the article details (src/data/articleDetail.ts), the full claims stay out of the content
 * store: Astro inlines the store into the build's server bundle, and at 20,000 articles the
 * claims alone made a 129 MB store whose bundling peaked above 4 GB. The claims collection keeps
 * a short entry per claim (id, statement, topic) and the path and digest of this file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';

const locatedQuote = z.object({
  text: z.string(),
  /** A paragraph (`p-N`) or a dek line (`dek-N`). */
  paragraph: z.string().regex(/^(?:p|dek)-\d+$/),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  anchor: z.string(),
});

const difference = z.object({ field: z.string(), label: z.string() });

export const claimSchema = z.object({
  id: z.string(),
  status: z.enum(['draft', 'reviewed']),
  statement: z.string().min(1),
  topic: z.string(),
  speaker: z.string(),
  figure: z.object({ value: z.number(), unit: z.string().min(1) }).nullable(),
  file: z.string(),
  line: z.number().int(),
  /** The event the claim belongs to (content/events). */
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
      /** An article id; the loader has checked that the article exists. */
      article: z.string(),
      voice: z.enum(['attributed', 'outlet']),
      attributedTo: z.string().nullable(),
      figure: z.number().nullable(),
      details: z.record(z.string(), z.string()),
      quotes: z.array(locatedQuote),
    }),
  ),
  /** The articles this claim is compared across: its reporters and their peers. */
  comparedAcross: z.array(z.string()),
});

export type ClaimData = z.output<typeof claimSchema>;

export const claimsFileRef = z.object({ file: z.string(), digest: z.string() });
export type ClaimsFileRef = z.output<typeof claimsFileRef>;

/** Validates the claims and writes them, in the order given, to claims.json in `cacheDir`. */
/**
 * Writes the claims file; `digest` names its content. It is hashed here, not with the loader's
 * `generateDigest`: Astro's digest runs in WebAssembly, whose memory grows to the largest input it
 * was given and is never returned, so the whole file (about 100 MB at 20,000 articles) would keep
 * three times its size mapped until the build ends.
 */
export function writeClaimsFile(cacheDir: string, claims: readonly unknown[]): { file: string; digest: string; claims: ClaimData[] } {
  const checked = z.array(claimSchema).parse(claims);
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, 'claims.json');
  const text = JSON.stringify(checked);
  writeFileSync(file, text);
  return { file, digest: createHash('sha256').update(text).digest('base64url').slice(0, 22), claims: checked };
}

let cached: { digest: string; claims: ClaimData[] } | undefined;

/**
 * The claims, read once per version of the file (the digest changes with the content, so a dev
 * server picks up an edit). The array is shared: callers must not change it.
 */
export function readClaimsFile(ref: ClaimsFileRef): ClaimData[] {
  if (cached?.digest === ref.digest) return cached.claims;
  try {
    cached = { digest: ref.digest, claims: JSON.parse(readFileSync(ref.file, 'utf8')) as ClaimData[] };
    return cached.claims;
  } catch (error) {
    throw new Error(
      `The claims file ${ref.file} is missing or unreadable (${(error as Error).message}). ` +
        'It is written by the claims loader when content syncs: run the build again (or `astro sync`).',
    );
  }
}
