/**
 * draftArticle: the metadata entry `npm run add-article` writes for a new raw file: a draft,
 * unattributed until an editor records the evidence, with a slug and a label from its title.
 *
 * Pure: the script does the file system. The entry is appended to articles.yaml as text, so the
 * comments and formatting of the entries already there are never rewritten.
 */
import { stringify } from 'yaml';
import { articleMetadataSchema, UNATTRIBUTED_OUTLET, type ArticleMetadata } from '../articles/articleMetadata.ts';
import { normalizeText, tokenize } from '../text/normalizeText.ts';

const MAX_SLUG_WORDS = 8;
const MAX_SLUG_CHARS = 60;
const MAX_LABEL_CHARS = 24;

/**
 * A permalink from a title: folded to ASCII letters and digits ("Tokáyev’s" → "tokayevs"), at
 * most eight words and 60 characters, cut between words. Null when the title has no Latin
 * letters or digits (a title in another script needs an explicit slug).
 */
export function slugFromTitle(title: string): string | null {
  const words = tokenize(normalizeText(title)).filter((word) => /^[a-z0-9]+$/u.test(word));
  const kept: string[] = [];
  for (const word of words.slice(0, MAX_SLUG_WORDS)) {
    if ([...kept, word].join('-').length > MAX_SLUG_CHARS) break;
    kept.push(word);
  }
  return kept.length > 0 ? kept.join('-') : null;
}

/** A short column label from a title: its first words, at most 24 characters. */
export function labelFromTitle(title: string): string {
  const words = title.split(/\s+/u).filter(Boolean);
  let label = '';
  for (const word of words) {
    const next = label === '' ? word : `${label} ${word}`;
    if (next.length > MAX_LABEL_CHARS - 1) break;
    label = next;
  }
  if (label === '') return `${title.slice(0, MAX_LABEL_CHARS - 1)}…`;
  return label.length < title.trim().length ? `${label}…` : label;
}

export interface DraftInput {
  file: string;
  slug: string;
  /** The event it reports; left out of the entry when not given (a site with one event). */
  event?: string | undefined;
  title: string;
  /** The raw file's name as the editor gave it, for the record. */
  sourceName: string;
  /** YYYY-MM-DD. */
  date: string;
  /** A title for a file without a headline, given on the command line. */
  titleOverride?: string | undefined;
  language?: string | undefined;
}

/** The draft entry, checked against the metadata schema. */
export function draftEntry(input: DraftInput): ArticleMetadata {
  const entry = {
    file: input.file,
    slug: input.slug,
    ...(input.event !== undefined ? { event: input.event } : {}),
    label: labelFromTitle(input.titleOverride ?? input.title),
    outlet: UNATTRIBUTED_OUTLET,
    attribution: 'unattributed',
    foundAt: null,
    evidence: `None recorded yet: added from "${input.sourceName}" with npm run add-article on ${input.date}.`,
    lineage: 'Not yet established (wire origin, translation or rewording unknown).',
    language: input.language ?? 'en',
    status: 'draft',
    ...(input.titleOverride
      ? {
          overrides: {
            title: {
              text: input.titleOverride,
              reason: 'The file has no headline of its own; the editor gave this title when adding it.',
            },
          },
        }
      : {}),
  };
  return articleMetadataSchema.parse(entry);
}

/** articles.yaml with the entry appended as one more list item, after a blank line. */
export function appendMetadataEntry(yamlText: string, entry: ArticleMetadata): string {
  const { overrides, ...rest } = entry;
  const item = Object.keys(overrides).length > 0 ? { ...rest, overrides } : rest;
  const block = stringify([item], { lineWidth: 100 });
  const base = yamlText.endsWith('\n') ? yamlText : `${yamlText}\n`;
  return `${base}\n${block}`;
}
