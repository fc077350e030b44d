/**
 * claimsData: the editorial claims files (content/claims/<topic>.yaml) and the list of numbers
 * that are not claims (content/claims/not-claims.yaml), parsed and validated with line numbers.
 *
 * A claim is one assertion; each article that reports it gets a mention with its verbatim
 * quote(s), its voice, and the figure and details as that article gives them. No mention means
 * the article leaves the claim out.
 */
import { z } from 'astro/zod';
import { parseYamlSource } from '../yamlSource.ts';

export const claimIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const mentionSchema = z
  .strictObject({
    /** Article id (its slug). */
    article: z.string().min(1),
    /** `attributed`: the article attributes it to a named source; `outlet`: its own voice. */
    voice: z.enum(['attributed', 'outlet']),
    /** Canonical name of the source the article attributes it to (same spelling across mentions). */
    attributedTo: z.string().trim().min(1).optional(),
    /** The figure as this article gives it. */
    figure: z.number().optional(),
    /** Recorded details compared across mentions (when, where, year, …). */
    details: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/), z.string().trim().min(1)).optional(),
    quotes: z.array(z.string().trim().min(1, 'a quote cannot be empty')).min(1, 'give at least one verbatim quote'),
  })
  .refine((mention) => mention.voice !== 'attributed' || mention.attributedTo !== undefined, {
    message: 'an attributed mention needs attributedTo: the source the article names',
    path: ['attributedTo'],
  })
  .refine((mention) => mention.voice !== 'outlet' || mention.attributedTo === undefined, {
    message: 'a mention in the outlet’s own voice has no attributedTo',
    path: ['attributedTo'],
  });

export const claimSchema = z.strictObject({
  id: z.string().regex(claimIdPattern, 'must be kebab-case: lowercase letters, digits and single hyphens'),
  /**
   * `draft`: written by `npm run draft-claims` and not yet reviewed; built and shown as
   * "Draft: not yet reviewed". `reviewed` (the default): an editor has checked it.
   */
  status: z.enum(['draft', 'reviewed']).default('reviewed'),
  /** The claim's own topic, when it differs from its file's (drafts carry one each). */
  topic: z.string().regex(claimIdPattern, 'must be kebab-case: lowercase letters, digits and single hyphens').optional(),
  statement: z.string().trim().min(1, 'the statement cannot be empty'),
  speaker: z.string().trim().min(1, 'name who asserts the claim (a person, an institution, or "the outlet")'),
  figure: z
    .strictObject({
      value: z.number(),
      unit: z.string({ error: 'a figure needs a unit' }).trim().min(1, 'a figure needs a unit'),
    })
    .optional(),
  mentions: z.array(mentionSchema).min(1, 'a claim needs at least one mention'),
});

export const claimsFileSchema = z.strictObject({
  topic: z.string().trim().min(1),
  /** The event whose articles these claims compare; may be left out only while the site has one event. */
  event: z.string().regex(claimIdPattern, 'must be an event slug (content/events/<slug>.yaml)').optional(),
  claims: z.array(claimSchema),
});

export const notClaimsFileSchema = z.strictObject({
  notClaims: z.array(
    z.strictObject({
      article: z.string().min(1),
      /** A paragraph (`p-N`) or a dek line (`dek-N`). */
      paragraph: z.string().regex(/^(?:p|dek)-\d+$/),
      /** The number exactly as written in the text. */
      number: z.string().regex(/^\d[\d,.]*$/),
      reason: z
        .string({ error: 'say why this number is not a claim' })
        .trim()
        .min(10, 'say why this number is not a claim'),
    }),
  ),
});

export type ClaimInput = z.output<typeof claimSchema>;
export type MentionInput = z.output<typeof mentionSchema>;
export type NotClaim = z.output<typeof notClaimsFileSchema>['notClaims'][number];

export interface ClaimsFile {
  file: string;
  topic: string;
  /** As written; undefined when left out. */
  event: string | undefined;
  /** Line of the `event:` key (of the topic when it is left out). */
  eventLine: number;
  claims: Array<ClaimInput & { line: number; mentionLines: number[]; quoteLines: number[][] }>;
}

export interface NotClaimsFile {
  file: string;
  notClaims: Array<NotClaim & { line: number }>;
}

const hint = 'Fix this claim; the README describes the claims format.';

export function parseClaimsFile(yamlText: string, file: string): ClaimsFile {
  const { value, lineOf } = parseYamlSource(yamlText, claimsFileSchema, file, hint);
  return {
    file,
    topic: value.topic,
    event: value.event,
    eventLine: lineOf([value.event === undefined ? 'topic' : 'event']),
    claims: value.claims.map((claim, i) => ({
      ...claim,
      line: lineOf(['claims', i]),
      mentionLines: claim.mentions.map((_, m) => lineOf(['claims', i, 'mentions', m])),
      quoteLines: claim.mentions.map((mention, m) =>
        mention.quotes.map((_, q) => lineOf(['claims', i, 'mentions', m, 'quotes', q])),
      ),
    })),
  };
}

export function parseNotClaimsFile(yamlText: string, file: string): NotClaimsFile {
  const { value, lineOf } = parseYamlSource(yamlText, notClaimsFileSchema, file, hint);
  return { file, notClaims: value.notClaims.map((entry, i) => ({ ...entry, line: lineOf(['notClaims', i]) })) };
}
