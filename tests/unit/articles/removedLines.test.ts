import { describe, expect, it } from 'vitest';
import { cleaningUrl, removedByRule, removedLineId } from '../../../src/lib/articles/removedLines.ts';

describe('removedByRule', () => {
  it('groups the lines by rule, rules in the order of their first line, lines in file order', () => {
    const removed = [
      { line: 40, rule: 'comment-form' },
      { line: 2, rule: 'breadcrumb' },
      { line: 12, rule: 'repeated-caption' },
      { line: 41, rule: 'comment-form' },
      { line: 30, rule: 'repeated-caption' },
    ];
    expect(removedByRule(removed)).toEqual([
      { rule: 'breadcrumb', lines: [2] },
      { rule: 'repeated-caption', lines: [12, 30] },
      { rule: 'comment-form', lines: [40, 41] },
    ]);
    // Every line once, none lost.
    expect(removedByRule(removed).flatMap((group) => group.lines).sort((a, b) => a - b)).toEqual([2, 12, 30, 40, 41]);
  });

  it('has no group when nothing was removed', () => {
    expect(removedByRule([])).toEqual([]);
  });

  it('names the page and the anchor', () => {
    expect(cleaningUrl('a-slug')).toBe('/articles/a-slug/cleaning/');
    expect(removedLineId(7)).toBe('removed-line-7');
  });
});
