/**
 * divergence: where the articles that report a claim disagree, computed from the data.
 *
 * Two mentions differ when both give a figure and the figures differ, when they name different
 * sources (an attributed source, or the outlet's own voice), or when both record the same detail
 * (a year, a place, a date) with different values. A claim is divergent when any two of its
 * mentions differ. Nothing here is written by hand.
 */

export interface ComparableMention {
  article: string;
  voice: 'attributed' | 'outlet';
  attributedTo: string | null;
  figure: number | null;
  details: Readonly<Record<string, string>>;
}

export interface FieldDifference {
  /** `figure`, `source`, or `details.<key>`. */
  field: string;
  /** Human label for the field. */
  label: string;
}

export interface ClaimDifference extends FieldDifference {
  /** Each mention's value for the field, in mention order (null: the article does not say). */
  values: Array<{ article: string; value: string | null }>;
}

export const OWN_VOICE = 'the outlet, in its own voice';

export function sourceOf(mention: ComparableMention): string {
  return mention.attributedTo ?? OWN_VOICE;
}

function labelFor(key: string): string {
  return key.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase();
}

/** A mention's value for a field, as shown to readers (null: the article does not say). */
export function fieldValue(mention: ComparableMention, field: string): string | null {
  if (field === 'figure') return mention.figure === null ? null : mention.figure.toLocaleString('en', { maximumFractionDigits: 20 });
  if (field === 'source') return sourceOf(mention);
  return mention.details[field.slice('details.'.length)] ?? null;
}

function fieldsOf(mention: ComparableMention): string[] {
  return ['figure', 'source', ...Object.keys(mention.details).map((key) => `details.${key}`)];
}

function label(field: string): string {
  if (field === 'figure') return 'figure';
  if (field === 'source') return 'who says it';
  return labelFor(field.slice('details.'.length));
}

/** The raw value compared: numbers are compared as numbers, not as their formatting. */
function rawValue(mention: ComparableMention, field: string): number | string | null {
  return field === 'figure' ? mention.figure : fieldValue(mention, field);
}

/** The fields on which two mentions of one claim disagree (both must give a value). */
export function mentionDifferences(a: ComparableMention, b: ComparableMention): FieldDifference[] {
  const fields = new Set([...fieldsOf(a), ...fieldsOf(b)]);
  const differences: FieldDifference[] = [];
  for (const field of fields) {
    const x = rawValue(a, field);
    const y = rawValue(b, field);
    if (x !== null && y !== null && x !== y) differences.push({ field, label: label(field) });
  }
  return differences;
}

/** Every field on which some pair of mentions disagrees, with all mentions' values for it. */
export function claimDifferences(mentions: readonly ComparableMention[]): ClaimDifference[] {
  const fields: string[] = [];
  for (let i = 0; i < mentions.length; i += 1) {
    for (let j = i + 1; j < mentions.length; j += 1) {
      for (const { field } of mentionDifferences(mentions[i] as ComparableMention, mentions[j] as ComparableMention)) {
        if (!fields.includes(field)) fields.push(field);
      }
    }
  }
  const order = (field: string) => (field === 'figure' ? 0 : field === 'source' ? 1 : 2);
  return fields
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((field) => ({
      field,
      label: label(field),
      values: mentions.map((mention) => ({ article: mention.article, value: fieldValue(mention, field) })),
    }));
}
