import { describe, expect, it } from 'vitest';
import { omittedSummary, reportedElsewhereUrl } from '../../../src/lib/claims/reportedElsewhere.ts';

describe('reportedElsewhere', () => {
  it('puts the list under the article, page 1 at the base and page n under page/n/', () => {
    expect(reportedElsewhereUrl('some-article')).toBe('/articles/some-article/reported-elsewhere/');
    expect(reportedElsewhereUrl('some-article', 1)).toBe('/articles/some-article/reported-elsewhere/');
    expect(reportedElsewhereUrl('some-article', 3)).toBe('/articles/some-article/reported-elsewhere/page/3/');
  });

  it('counts the claims left out and those every other source reports', () => {
    const omitted = [
      { claim: 'a', reportedBy: ['x', 'y', 'z'] },
      { claim: 'b', reportedBy: ['x'] },
      { claim: 'c', reportedBy: ['y', 'z', 'x'] },
    ];
    expect(omittedSummary(omitted, 3)).toEqual({ total: 3, byAll: 2 });
    expect(omittedSummary(omitted, 4)).toEqual({ total: 3, byAll: 0 });
    expect(omittedSummary([], 3)).toEqual({ total: 0, byAll: 0 });
    // With no peers nothing is "reported by all of them".
    expect(omittedSummary(omitted, 0)).toEqual({ total: 3, byAll: 0 });
  });
});
