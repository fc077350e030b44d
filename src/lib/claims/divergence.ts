/**
 * divergence: where the articles that report a claim disagree, computed from the data.
 *
 * Two mentions differ when both give a figure and the figures differ, when they name different
 * sources (an attributed source, or the outlet's own voice), or when both record the same detail
 * (a year, a place, a date) with different values. A claim is divergent when any two of its
 * mentions differ. Nothing here is written by hand.
 *
 * Differing figures are also classed with the figure parser (src/lib/figures/), reading each
 * figure as its article wrote it: "2,500" against "2,030" contradicts; "about 2,000" against
 * "2,030" is consistent once rounding is allowed for. Both are shown (a difference of precision is
 * still a difference between outlets); the note says which it is.
 */
import { compareFigures, describeRelation, figureOfValue } from '../figures/compareFigures.ts';
import type { Figure } from '../figures/figure.ts';
import { parseFigures } from '../figures/parseFigures.ts';

export interface ComparableMention {
  article: string;
  voice: 'attributed' | 'outlet';
  attributedTo: string | null;
  figure: number | null;
  details: Readonly<Record<string, string>>;
  /** The article's quotes, to read how it wrote its figure ("at least 164", "about 2,000"). */
  quotes?: ReadonlyArray<{ text: string }>;
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
  /** For figures: whether they contradict or only differ in rounding, in words. Else null. */
  note: string | null;
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

/** The mention's figure as its quotes write it, qualifier and rounding included; else the bare value. */
export function statedFigure(mention: ComparableMention): Figure | null {
  if (mention.figure === null) return null;
  for (const quote of mention.quotes ?? []) {
    const stated = parseFigures(quote.text).find((figure) => figure.role === 'quantity' && figure.value === mention.figure);
    if (stated) return stated;
  }
  return figureOfValue(mention.figure);
}

/**
 * "The figures contradict each other: 2,030 contradicts 2,500." for the first contradicting pair;
 * else the first differing pair, as a difference of precision ("about 2,000" and 2,030) or, when
 * one is a bound, range or vague quantity ("over 2,000" and 2,500), as consistent.
 */
function figureNote(mentions: readonly ComparableMention[]): string | null {
  const stated = mentions.map(statedFigure);
  const pairs: Array<[Figure, Figure]> = [];
  for (let i = 0; i < stated.length; i += 1) {
    for (let j = i + 1; j < stated.length; j += 1) {
      const a = stated[i];
      const b = stated[j];
      if (a && b && a.value !== b.value) pairs.push([a, b]);
    }
  }
  const contradiction = pairs.find(([a, b]) => compareFigures(a, b) === 'contradicts');
  if (contradiction) return `The figures contradict each other: ${describeRelation(...contradiction)}.`;
  const [first] = pairs;
  if (!first) return null;
  const pointValues = first.every((figure) => figure.kind === 'exact' || figure.kind === 'approximate');
  return pointValues
    ? `The figures differ only in precision: ${describeRelation(...first)}.`
    : `The figures differ but do not contradict each other: ${describeRelation(...first)}.`;
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
      note: field === 'figure' ? figureNote(mentions) : null,
    }));
}
