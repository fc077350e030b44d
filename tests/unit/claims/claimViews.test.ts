import { describe, expect, it } from 'vitest';
import { claimCoverage, compareFilters, coverageMatrix, groupByTopic, pageWindow, topicLabel, type ViewClaim } from '../../../src/lib/claims/claimViews.ts';

const claim = (id: string, topic: string, articles: string[], divergent = false): ViewClaim => ({
  id,
  topic,
  divergent,
  mentions: articles.map((article) => ({ article })),
});

const claims: ViewClaim[] = [
  claim('troop-strength', 'troops', ['a', 'b'], true),
  claim('deaths-nationwide', 'casualties', ['a', 'b', 'c']),
  claim('deaths-almaty', 'casualties', ['b']),
  claim('troops-withdraw', 'troops', ['c']),
  claim('foreign-militants', 'foreign-involvement', ['a', 'c'], true),
];

describe('topicLabel', () => {
  it('turns hyphens into spaces and capitalises the first letter only', () => {
    expect(topicLabel('foreign-involvement')).toBe('Foreign involvement');
    expect(topicLabel('international-reaction-to-it')).toBe('International reaction to it');
    expect(topicLabel('troops')).toBe('Troops');
  });
});

describe('compareFilters', () => {
  const filters = compareFilters(['casualties', 'foreign-involvement']);
  const byPath = (path: string) => {
    const filter = filters.find((f) => f.path === path);
    if (!filter) throw new Error(`no filter ${path}`);
    return filter;
  };
  const kept = (path: string) => claims.filter((c) => byPath(path).keep(c)).map((c) => c.id);

  it('offers all, divergent, single-source, then one filter per topic, in that order', () => {
    expect(filters.map((f) => f.path)).toEqual(['', 'divergent', 'single-source', 'topic/casualties', 'topic/foreign-involvement']);
  });

  it('gives every filter a label and a description', () => {
    for (const filter of filters) {
      expect(filter.label).toMatch(/\S/);
      expect(filter.description).toMatch(/\S/);
    }
    expect(byPath('topic/foreign-involvement').label).toBe('Foreign involvement');
    expect(byPath('topic/foreign-involvement').description).toContain('foreign involvement');
  });

  it("'' keeps every claim", () => {
    expect(kept('')).toEqual(claims.map((c) => c.id));
  });

  it("'divergent' keeps the divergent claims only", () => {
    expect(kept('divergent')).toEqual(['troop-strength', 'foreign-militants']);
  });

  it("'single-source' keeps claims reported by exactly one article", () => {
    expect(kept('single-source')).toEqual(['deaths-almaty', 'troops-withdraw']);
  });

  it("'topic/<t>' keeps that topic’s claims", () => {
    expect(kept('topic/casualties')).toEqual(['deaths-nationwide', 'deaths-almaty']);
    expect(kept('topic/foreign-involvement')).toEqual(['foreign-militants']);
  });

  it('has no topic filters without topics', () => {
    expect(compareFilters([]).map((f) => f.path)).toEqual(['', 'divergent', 'single-source']);
  });
});

describe('groupByTopic', () => {
  it('orders topics alphabetically and each topic’s claims by id', () => {
    const groups = groupByTopic(claims);
    expect(groups.map((g) => [g.topic, g.label, g.claims.map((c) => c.id)])).toEqual([
      ['casualties', 'Casualties', ['deaths-almaty', 'deaths-nationwide']],
      ['foreign-involvement', 'Foreign involvement', ['foreign-militants']],
      ['troops', 'Troops', ['troop-strength', 'troops-withdraw']],
    ]);
  });

  it('does not reorder its input and keeps the claim objects', () => {
    const copy = [...claims];
    const groups = groupByTopic(claims);
    expect(claims).toEqual(copy);
    expect(groups[0]?.claims[0]).toBe(claims[2]);
  });

  it('is empty for no claims', () => {
    expect(groupByTopic([])).toEqual([]);
  });
});

describe('coverageMatrix', () => {
  it('counts, per topic, the claims each article reports, in the given article order', () => {
    expect(coverageMatrix(claims, ['c', 'a', 'b'])).toEqual([
      { topic: 'casualties', label: 'Casualties', total: 2, counts: [1, 1, 2] },
      { topic: 'foreign-involvement', label: 'Foreign involvement', total: 1, counts: [1, 1, 0] },
      { topic: 'troops', label: 'Troops', total: 2, counts: [1, 1, 1] },
    ]);
  });

  it('counts 0 for an article that reports nothing', () => {
    expect(coverageMatrix(claims, ['nobody']).map((row) => row.counts)).toEqual([[0], [0], [0]]);
  });
});

describe('claimCoverage', () => {
  const ids = ['a', 'b', 'c', 'd', 'draft-1', 'draft-2'];
  const drafts = new Set(['draft-1', 'draft-2']);

  it('counts every draft among the sources, as search does, and lists it as not yet reviewed', () => {
    // Drafts that share no claim are no one's peer, so they are not in comparedAcross.
    const coverage = claimCoverage({ mentions: [{ article: 'a' }, { article: 'b' }], comparedAcross: ['a', 'b', 'c', 'd'] }, ids, drafts);
    expect(coverage).toEqual({
      reported: 2,
      of: 6,
      omitting: ['c', 'd'],
      unreviewed: ['draft-1', 'draft-2'],
      text: 'Reported by 2 of 6 sources (2 not yet reviewed)',
    });
  });

  it('without drafts, is the articles the claim is compared across', () => {
    expect(claimCoverage({ mentions: [{ article: 'a' }], comparedAcross: ['a', 'b'] }, ['a', 'b', 'c'], new Set()).text).toBe('Reported by 1 of 2 sources');
  });

  it('a draft that reports the claim counts as reporting it', () => {
    const coverage = claimCoverage({ mentions: [{ article: 'draft-1' }], comparedAcross: ['draft-1', 'a'] }, ids, drafts);
    expect(coverage).toMatchObject({ reported: 1, of: 3, omitting: ['a'], unreviewed: ['draft-2'] });
  });
});

describe('pageWindow', () => {
  it('links every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('links the first, the last and the current one’s neighbours of a long list, with gaps', () => {
    expect(pageWindow(1, 400)).toEqual([1, 2, 3, null, 400]);
    expect(pageWindow(200, 400)).toEqual([1, null, 198, 199, 200, 201, 202, null, 400]);
    expect(pageWindow(400, 400)).toEqual([1, null, 398, 399, 400]);
    expect(pageWindow(5, 9)).toEqual([1, null, 3, 4, 5, 6, 7, null, 9]);
  });

  it('stays the same length however many pages there are', () => {
    for (const count of [10, 1_000, 100_000]) expect(pageWindow(Math.floor(count / 2), count).length).toBe(9);
  });
});
