import { describe, expect, it } from 'vitest';
import {
  OWN_VOICE,
  claimDifferences,
  fieldValue,
  mentionDifferences,
  sourceOf,
  type ComparableMention,
} from '../../../src/lib/claims/divergence.ts';

const mention = (article: string, over: Partial<ComparableMention> = {}): ComparableMention => ({
  article,
  voice: 'outlet',
  attributedTo: null,
  figure: null,
  details: {},
  ...over,
});
const fields = (a: ComparableMention, b: ComparableMention) => mentionDifferences(a, b).map((d) => d.field);

describe('fieldValue', () => {
  it('formats a figure with thousands separators, and is null without one', () => {
    expect(fieldValue(mention('a', { figure: 2030 }), 'figure')).toBe('2,030');
    expect(fieldValue(mention('a', { figure: 1234567 }), 'figure')).toBe('1,234,567');
    expect(fieldValue(mention('a', { figure: 2.5 }), 'figure')).toBe('2.5');
    expect(fieldValue(mention('a', { figure: 0 }), 'figure')).toBe('0');
    expect(fieldValue(mention('a'), 'figure')).toBeNull();
  });

  it('gives the attributed source, or the outlet’s own voice', () => {
    expect(fieldValue(mention('a', { voice: 'attributed', attributedTo: 'the CSTO' }), 'source')).toBe('the CSTO');
    expect(fieldValue(mention('a'), 'source')).toBe(OWN_VOICE);
    expect(sourceOf(mention('a'))).toBe(OWN_VOICE);
  });

  it('gives a detail by key, null when the mention does not record it', () => {
    const m = mention('a', { details: { when: 'Sunday', numberOfDays: '3' } });
    expect(fieldValue(m, 'details.when')).toBe('Sunday');
    expect(fieldValue(m, 'details.numberOfDays')).toBe('3');
    expect(fieldValue(m, 'details.where')).toBeNull();
  });
});

describe('mentionDifferences', () => {
  it('finds nothing between two mentions that agree', () => {
    const a = mention('a', { voice: 'attributed', attributedTo: 'X', figure: 164, details: { when: 'Sunday' } });
    expect(mentionDifferences(a, { ...a, article: 'b' })).toEqual([]);
  });

  it('the figure differs only when both mentions give one', () => {
    expect(mentionDifferences(mention('a', { figure: 2030 }), mention('b', { figure: 2500 }))).toEqual([
      { field: 'figure', label: 'figure' },
    ]);
    expect(fields(mention('a', { figure: 2030 }), mention('b'))).toEqual([]);
    expect(fields(mention('a'), mention('b', { figure: 2500 }))).toEqual([]);
  });

  it('figures that differ in the fourth decimal still differ', () => {
    expect(fields(mention('a', { figure: 1.0001 }), mention('b', { figure: 1.0004 }))).toEqual(['figure']);
  });

  it('the source differs between two attributed sources, and between a source and the outlet’s own voice', () => {
    const csto = mention('a', { voice: 'attributed', attributedTo: 'the CSTO' });
    const tass = mention('b', { voice: 'attributed', attributedTo: 'TASS' });
    expect(mentionDifferences(csto, tass)).toEqual([{ field: 'source', label: 'who says it' }]);
    expect(fields(csto, mention('c'))).toEqual(['source']);
    expect(fields(mention('c'), mention('d'))).toEqual([]);
  });

  it('details are compared only on keys both mentions record', () => {
    const a = mention('a', { details: { when: 'Sunday', where: 'Almaty' } });
    const b = mention('b', { details: { when: 'Monday', via: 'Sputnik' } });
    expect(mentionDifferences(a, b)).toEqual([{ field: 'details.when', label: 'when' }]);
    expect(fields(a, mention('c', { details: { via: 'TASS' } }))).toEqual([]);
  });

  it('labels a camelCase detail key in words', () => {
    const a = mention('a', { details: { numberOfDays: '2' } });
    const b = mention('b', { details: { numberOfDays: '3' } });
    expect(mentionDifferences(a, b)).toEqual([{ field: 'details.numberOfDays', label: 'number of days' }]);
  });

  it('is symmetric', () => {
    const a = mention('a', { figure: 1, details: { when: 'x' } });
    const b = mention('b', { voice: 'attributed', attributedTo: 'Y', figure: 2, details: { when: 'y' } });
    expect([...fields(a, b)].sort()).toEqual([...fields(b, a)].sort());
    expect(fields(a, b).sort()).toEqual(['details.when', 'figure', 'source']);
  });
});

describe('claimDifferences', () => {
  it('is empty when the mentions agree, or when there is only one', () => {
    expect(claimDifferences([mention('a', { figure: 3 }), mention('b', { figure: 3 }), mention('c')])).toEqual([]);
    expect(claimDifferences([mention('a', { figure: 3 })])).toEqual([]);
    expect(claimDifferences([])).toEqual([]);
  });

  it('reads each figure as its quote writes it: a rounded figure differs in precision, not in fact', () => {
    const exact = mention('a', { figure: 2030, quotes: [{ text: 'The CSTO mission includes 2,030 soldiers' }] });
    const rounded = mention('b', { figure: 2000, quotes: [{ text: 'a force of about 2,000 troops' }] });
    const other = mention('c', { figure: 2500, quotes: [{ text: '2,500 peacekeepers' }] });
    const [precision] = claimDifferences([exact, rounded]);
    expect(precision).toMatchObject({ field: 'figure', note: 'The figures differ only in precision: 2,030 is consistent with about 2,000.' });
    const [contradiction] = claimDifferences([exact, rounded, other]);
    expect(contradiction?.note).toBe('The figures contradict each other: 2,030 contradicts 2,500.');
    const bound = mention('d', { figure: 2000, quotes: [{ text: 'more than 2,000 troops' }] });
    expect(claimDifferences([bound, other])[0]?.note).toBe(
      'The figures differ but do not contradict each other: more than 2,000 is consistent with 2,500.',
    );
    // Without a quote that writes it, a figure is read as the bare number.
    expect(claimDifferences([mention('a', { figure: 2030 }), mention('b', { figure: 2000 })])[0]?.note).toBe(
      'The figures differ only in precision: 2,030 is consistent with 2,000 (rounded).',
    );
  });

  it('lists figure, then source, then details by key, each with every mention’s value (null where it does not say)', () => {
    const mentions = [
      mention('a', { figure: 2030, details: { where: 'Almaty', when: 'Thursday' } }),
      mention('b', { voice: 'attributed', attributedTo: 'the CSTO', figure: 2500, details: { where: 'Nur-Sultan' } }),
      mention('c', { details: { when: 'Friday' } }),
    ];
    expect(claimDifferences(mentions)).toEqual([
      {
        field: 'figure',
        label: 'figure',
        values: [
          { article: 'a', value: '2,030' },
          { article: 'b', value: '2,500' },
          { article: 'c', value: null },
        ],
        note: 'The figures contradict each other: 2,030 contradicts 2,500.',
      },
      {
        field: 'source',
        label: 'who says it',
        values: [
          { article: 'a', value: OWN_VOICE },
          { article: 'b', value: 'the CSTO' },
          { article: 'c', value: OWN_VOICE },
        ],
        note: null,
      },
      {
        field: 'details.when',
        label: 'when',
        values: [
          { article: 'a', value: 'Thursday' },
          { article: 'b', value: null },
          { article: 'c', value: 'Friday' },
        ],
        note: null,
      },
      {
        field: 'details.where',
        label: 'where',
        values: [
          { article: 'a', value: 'Almaty' },
          { article: 'b', value: 'Nur-Sultan' },
          { article: 'c', value: null },
        ],
        note: null,
      },
    ]);
  });

  it('finds a difference between any two mentions, not only neighbours', () => {
    const result = claimDifferences([mention('a', { figure: 1 }), mention('b'), mention('c', { figure: 2 })]);
    expect(result.map((d) => d.field)).toEqual(['figure']);
    expect(result[0]?.values.map((v) => v.value)).toEqual(['1', null, '2']);
  });

  it('keeps mention order in the values', () => {
    const result = claimDifferences([mention('z', { figure: 9 }), mention('a', { figure: 1 })]);
    expect(result[0]?.values).toEqual([
      { article: 'z', value: '9' },
      { article: 'a', value: '1' },
    ]);
  });
});
