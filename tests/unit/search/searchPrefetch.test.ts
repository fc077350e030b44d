/**
 * Fetching ahead (searchShardLoader.ts): after a keystroke's results, the loader fetches at low
 * priority what the likeliest next keystroke of a several-word query will need (its candidates'
 * records; after a new word's first letter, the likeliest shard of its two letters first), so that
 * keystroke waits for fewer rounds. It changes no result: every prefix typed, with pauses, gives
 * the whole file's results.
 */
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../src/lib/search/searchEngine.ts';
import { writeShards } from '../../../src/lib/search/searchShards.ts';
import { openServedShards } from '../../helpers/servedShards.ts';
import { realSearchFile, realSearchText } from '../../helpers/searchCorpus.ts';

const files = new Map<string, string>();
const manifest = writeShards(realSearchFile, realSearchText, (path, body) => files.set(path, body));
const memory = createSearchEngine(realSearchFile);
const LIMITS = { claims: 10, passages: 10 };
const isRecord = (path: string) => /\/[cp]\/r\/\d+\.json$/u.test(path);
/** Lets what was fetched ahead land (the loader starts it a task after the results). */
const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

async function open(prefetch?: number) {
  const { search, requests } = await openServedShards(files, prefetch === undefined ? {} : { prefetch });
  return { search, fetched: requests };
}

describe('fetching ahead for the next keystroke', () => {
  it('after a new word\'s first letter, fetches its likeliest shard and that query\'s records, so the second letter needs fewer requests', async () => {
    const { search, fetched } = await open();
    await search.search('Tokaev', LIMITS);
    await pause();
    await search.search('Tokaev c', LIMITS);
    await pause();
    const ahead = fetched.filter((f) => f.low).map((f) => f.path);
    expect(ahead).toContain(`/search-index/${manifest.hash}/t/co.json`);
    expect(ahead.some(isRecord)).toBe(true);
    const before = fetched.length;
    const result = await search.search('Tokaev co', LIMITS);
    expect(fetched.slice(before).map((f) => f.path).filter((path) => path.includes('/t/'))).toEqual([]);
    const { missing: _, ...whole } = memory.search('Tokaev co', { ...LIMITS, candidates: 10 });
    expect(result).toEqual(whole);
  });

  it('changes no result: every prefix typed with pauses gives the whole file\'s results', async () => {
    for (const q of ['Tokaev coup', 'Putin Maidan', '"shoot to kill"', 'state of emergency', 'colour revolutions']) {
      const { search } = await open();
      for (let k = 1; k <= q.length; k += 1) {
        const typed = q.slice(0, k);
        const result = await search.search(typed, LIMITS);
        const { missing: _, ...whole } = memory.search(typed, { ...LIMITS, candidates: 10 });
        expect(result, typed).toEqual(whole);
        await pause();
      }
    }
  });

  it('fetches nothing ahead for a single word, nor with `prefetch: 0`', async () => {
    const single = await open();
    await single.search.search('peacekeep', LIMITS);
    await pause();
    expect(single.fetched.filter((f) => f.low)).toEqual([]);
    const off = await open(0);
    await off.search.search('Tokaev c', LIMITS);
    const before = off.fetched.length;
    await pause();
    expect(off.fetched.length).toBe(before);
  });

  it('fetches nothing ahead for a query no longer the latest', async () => {
    const { search, fetched } = await open();
    await search.search('Tokaev', LIMITS);
    await pause();
    await search.search('Tokaev c', LIMITS);
    // The next keystroke comes before the fetch ahead starts.
    await search.search('Tokaev', LIMITS);
    await pause();
    expect(fetched.filter((f) => f.low && f.path.endsWith('/t/co.json'))).toEqual([]);
  });
});
