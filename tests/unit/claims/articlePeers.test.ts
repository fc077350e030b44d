import { describe, expect, it } from 'vitest';
import { articlePeers, comparisonSet, comparisonSets } from '../../../src/lib/claims/articlePeers.ts';
import { claimsPerPage, matrixColumns, paginate } from '../../../src/lib/claims/claimViews.ts';

const claim = (id: string, ...articles: string[]) => ({ id, topic: 't', divergent: false, mentions: articles.map((article) => ({ article })) });
// Two events: a, b, c report one; x, y the other; lone shares nothing.
const claims = [claim('c1', 'a', 'b'), claim('c2', 'b', 'c'), claim('c3', 'x', 'y'), claim('c4', 'lone')];
const ids = ['a', 'b', 'c', 'x', 'y', 'lone'];

describe('articlePeers', () => {
  it('links articles that share a claim, not articles of other events', () => {
    const peers = articlePeers(claims);
    expect([...(peers.get('a') ?? [])]).toEqual(['b']);
    expect([...(peers.get('b') ?? [])].sort()).toEqual(['a', 'c']);
    expect([...(peers.get('x') ?? [])]).toEqual(['y']);
    expect(peers.get('lone')?.size).toBe(0);
  });

  it('compares a claim across its reporters and their peers, in corpus order', () => {
    const peers = articlePeers(claims);
    expect(comparisonSet(claims[0] as (typeof claims)[0], ids, peers)).toEqual(['a', 'b', 'c']);
    expect(comparisonSet(claims[2] as (typeof claims)[0], ids, peers)).toEqual(['x', 'y']);
  });

  it('compares a claim whose reporters have no peers across the whole corpus', () => {
    expect(comparisonSet(claims[3] as (typeof claims)[0], ids, articlePeers(claims))).toEqual(ids);
  });
});

describe('comparisonSets', () => {
  it('gives comparisonSet’s answer for every claim, over any order of ids, repeated ids included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 200; round += 1) {
      const pool = Array.from({ length: 2 + Math.floor(random() * 12) }, (_, i) => `a${i}`);
      const some = () => pool.filter(() => random() < 0.3);
      const many = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, i) => claim(`c${i}`, ...some()));
      const order = [...pool].sort(() => random() - 0.5).filter(() => random() < 0.9);
      const list = round % 10 === 0 ? [...order, ...order.slice(0, 2)] : order;
      const peers = articlePeers(many);
      const fast = comparisonSets(list, peers);
      for (const c of many) expect(fast(c)).toEqual(comparisonSet(c, list, peers));
    }
  });
});

describe('matrix columns and pages', () => {
  it('shows every article while there are at most 12', () => {
    expect(matrixColumns([claims[0] as (typeof claims)[0]], ids)).toEqual(ids);
  });

  it('shows only the reporting articles of a page in a large corpus', () => {
    const many = Array.from({ length: 20 }, (_, i) => `n${i}`);
    expect(matrixColumns([claim('k', 'n3', 'n17')], many)).toEqual(['n3', 'n17']);
  });

  it('keeps all of a small corpus on one page, and shortens pages in a large one', () => {
    expect(claimsPerPage(5)).toBe(100);
    expect(claimsPerPage(2000)).toBe(40);
  });

  it('paginates, with one empty page for no items', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
  });
});
