/**
 * articleMetadata: the editorial record of each raw article file (slug, outlet, provenance,
 * translation note, overrides), read from one YAML file beside the articles and checked against
 * the files actually present.
 */
import { z } from 'astro/zod';
import { ContentError, type ContentProblem } from '../contentError.ts';
import { parseYamlSource } from '../yamlSource.ts';
import { publishedSchema } from './publishedDate.ts';

const reasoned = z.object({
  text: z.string().trim().min(1),
  reason: z.string().trim().min(10, 'give the reason for the override in a sentence'),
});

/** The outlet of a file nobody has attributed yet (a fresh draft): it groups no files together. */
export const UNATTRIBUTED_OUTLET = 'unattributed';

/** A raw article file: text (.txt) or a saved web page (.html, .htm). */
export const isArticleFileName = (name: string): boolean => /^[^/\\]+\.(?:txt|html?)$/u.test(name);

export const articleMetadataSchema = z.strictObject({
  /** Raw file name in the same folder. */
  file: z.string().refine(isArticleFileName, 'must be the name of a .txt, .html or .htm file in the same folder'),
  /** Permalink: /articles/<slug>/. Never change a published slug. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens'),
  /**
   * The event it reports (content/events/<event>.yaml). May be left out only while the site has a
   * single event (src/lib/events/eventMembership.ts).
   */
  event: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an event slug (content/events/<slug>.yaml)').optional(),
  /** When it was published, and where that date comes from; absent while nobody has established it. */
  published: publishedSchema.optional(),
  /** Who published it, as far as the evidence goes. */
  outlet: z.string().trim().min(1),
  /** Short name for table columns and labels (at most 24 characters). */
  label: z.string().trim().min(1).max(24),
  /** How sure the attribution is. */
  attribution: z.enum(['confirmed', 'unattributed']),
  /** Where a copy of the text was found, when it was. */
  foundAt: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, or null' }).nullable(),
  /** What the attribution rests on. */
  evidence: z.string().trim().min(1),
  /** Lineage and translation note: wire origin, machine translation, rewording. */
  lineage: z.string().trim().min(1),
  /**
   * `draft`: added (by `npm run add-article`) and not yet reviewed; shown with a notice, and its
   * figures not yet in any claim are listed in the editorial report instead of failing the build.
   * `reviewed`: every check applies. Entries without a status were reviewed before drafts existed.
   */
  status: z.enum(['draft', 'reviewed']).default('reviewed'),
  /** BCP 47 language of the text as received. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/).default('en'),
  overrides: z
    .strictObject({
      /** A title for a file without a headline of its own. */
      title: reasoned.optional(),
    })
    .default({}),
});

export type ArticleMetadata = z.output<typeof articleMetadataSchema>;

/** An entry with the line it starts on, for messages about it (event membership). */
export type LocatedArticleMetadata = ArticleMetadata & { line: number };

export const articleMetadataFileSchema = z.array(articleMetadataSchema);

/**
 * Parses the metadata YAML and checks it against the article files present (.txt, .html, .htm): one entry per file,
 * unique files and slugs, no entry for a missing file.
 */
export function parseArticleMetadata(yamlText: string, file: string, articleFiles: readonly string[]): ArticleMetadata[] {
  return parseLocatedArticleMetadata(yamlText, file, articleFiles).map(({ line: _line, ...entry }) => entry);
}

/** parseArticleMetadata, each entry with the line it starts on. */
export function parseLocatedArticleMetadata(yamlText: string, file: string, articleFiles: readonly string[]): LocatedArticleMetadata[] {
  const { value: entries, lineOf } = parseYamlSource(
    yamlText,
    articleMetadataFileSchema,
    file,
    'Fix this entry; the README lists the fields every article needs.',
  );
  const problems: ContentProblem[] = [];
  const seenFiles = new Map<string, number>();
  const seenSlugs = new Map<string, number>();
  entries.forEach((entry, index) => {
    const line = lineOf([index]);
    const fileBefore = seenFiles.get(entry.file);
    if (fileBefore !== undefined) {
      problems.push({ file, line, id: entry.slug, message: `Duplicate entry for ${entry.file} (first at line ${fileBefore}).`, hint: 'Keep one entry per article file.' });
    }
    seenFiles.set(entry.file, line);
    const slugBefore = seenSlugs.get(entry.slug);
    if (slugBefore !== undefined) {
      problems.push({ file, line, id: entry.slug, message: `Duplicate slug "${entry.slug}" (first used at line ${slugBefore}).`, hint: 'Give each article its own slug; never reuse a published one.' });
    }
    seenSlugs.set(entry.slug, line);
    if (!articleFiles.includes(entry.file)) {
      problems.push({ file, line: lineOf([index, 'file']), id: entry.slug, message: `The article file ${entry.file} does not exist.`, hint: 'Add the raw file beside the metadata, or remove this entry.' });
    }
  });
  for (const articleFile of articleFiles) {
    if (!seenFiles.has(articleFile)) {
      problems.push({ file, message: `The article file ${articleFile} has no metadata entry.`, hint: `Add an entry with file: ${articleFile}, slug, outlet, attribution, foundAt, evidence and lineage.` });
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return entries.map((entry, index) => ({ ...entry, line: lineOf([index]) }));
}
