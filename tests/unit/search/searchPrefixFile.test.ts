/**
 * The prefix file of a term shard with parts (searchShards.ts, layout v5): a query word of just
 * the shard's two letters stands for every word of the shard, whose heaviest records are spread
 * over the parts; the prefix file holds its candidates, so the second letter typed needs one
 * round of requests and no single records. And a word of three letters fetches its first letter's
 * vocabulary ahead, so the fifth letter (the first that forgives a typo) waits for nothing new.
 */
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../src/lib/search/searchEngine.ts';
import { isShardPrefix, prefixPath, writeShards } from '../../../src/lib/search/searchShards.ts';
import { openServedShards } from '../../helpers/servedShards.ts';
import { realSearchFile, realSearchText } from '../../helpers/searchCorpus.ts';

const text = realSearchText;
const file = realSearchFile;
const files = new Map<string, string>();
const manifest = writeShards(file, text, (path, body) => files.set(path, body));
const memory = createSearchEngine(file);

const open = () => openServedShards(files);

describe('the prefix file of a shard with parts', () => {
  const prefixed = Object.keys(manifest.parts).filter(isShardPrefix);

  it('exists for every shard of two letters with parts, and only for those', () => {
    expect(prefixed.length).toBeGreaterThan(0);
    manifest.terms.forEach((key, n) => expect(files.has(prefixPath(manifest.hash, n)), key).toBe(prefixed.includes(key)));
  });

  it('holds the candidates of its two letters typed alone: no single record, the results of the whole file', async () => {
    for (const key of prefixed) {
      const { search, fetched } = await open();
      const limits = { claims: 10, passages: 10 };
      const result = await search.search(key, limits);
      expect(fetched, key).toContain(prefixPath(manifest.hash, manifest.terms.indexOf(key)));
      expect(fetched.filter((path) => /\/[cp]\/r\/\d+\.json$/u.test(path)), key).toEqual([]);
      const { missing: _, ...whole } = memory.search(key, { ...limits, candidates: 10 });
      expect(result, key).toEqual(whole);
    }
  });
});

describe('the vocabulary fetched ahead', () => {
  it('a word of three letters brings its first letter\'s vocabulary; the fifth letter fetches no vocabulary again', async () => {
    const { search, fetched } = await open();
    await search.search('pea', { claims: 5, passages: 5 });
    // Not waited for: let it land.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fetched).toContain(`/search-index/${manifest.hash}/v/p.json`);
    const before = fetched.length;
    const result = await search.search('peace', { claims: 5, passages: 5 });
    expect(fetched.slice(before).filter((path) => path.includes('/v/'))).toEqual([]);
    const { missing: _, ...whole } = memory.search('peace', { claims: 5, passages: 5, candidates: 10 });
    expect(result).toEqual(whole);
  });
});
