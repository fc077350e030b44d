/**
 * Fetching ahead (searchShardLoader.ts): after a keystroke's results, the loader fetches at low
 * priority what the likeliest next keystroke will need: for a several-word query its candidates'
 * records; after a word's first letter the likeliest shard of its two letters (and, for a first
 * word, that shard's fragment file); for a one-word query the fragment file of its likeliest next
 * letter. So that keystroke waits for fewer rounds. It changes no result: every prefix typed,
 * with pauses, gives the whole file's results.
 */
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../src/lib/search/searchEngine.ts';
import { bundlePath, prefixPath, writeShards } from '../../../src/lib/search/searchShards.ts';
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

  it('after a first word\'s first letter, fetches its likeliest two-letter shard and its fragment file: that second letter needs no request', async () => {
    for (const letter of ['p', 'c', 't', 's']) {
      const { search, fetched } = await open();
      await search.search(letter, LIMITS);
      await pause();
      const ahead = fetched.filter((f) => f.low).map((f) => f.path);
      const key = ahead.map((path) => /\/t\/([a-z0-9]+)\.json$/u.exec(path)?.[1]).find((k) => k !== undefined);
      expect(key, letter).toMatch(new RegExp(`^${letter}.$`, 'u'));
      const shard = manifest.terms.indexOf(key as string);
      expect(ahead, letter).toContain(manifest.parts[key as string] ? prefixPath(manifest.hash, shard) : bundlePath(manifest.hash, shard));
      const before = fetched.length;
      const result = await search.search(key as string, LIMITS);
      expect(fetched.slice(before).filter((f) => !f.low), key).toEqual([]);
      const { missing: _, ...whole } = memory.search(key as string, { ...LIMITS, candidates: 10 });
      expect(result, key).toEqual(whole);
    }
  });

  it('a word typed with pauses waits for fewer files than without fetching ahead', async () => {
    const waited = async (prefetch?: number) => {
      let files = 0;
      for (const word of ['peacekeepers', 'colour', 'coup', 'Tokayev', 'state', 'foreign', 'Nazarbayev', 'the']) {
        const { search, fetched } = await open(prefetch);
        for (let k = 1; k <= word.length; k += 1) {
          const before = fetched.length;
          await search.search(word.slice(0, k), LIMITS);
          files += fetched.slice(before).filter((f) => !f.low).length;
          await pause();
        }
      }
      return files;
    };
    const [ahead, off] = [await waited(), await waited(0)];
    expect(ahead).toBeLessThan(off / 2);
  });

  it('fetches nothing ahead when the next letter needs nothing new, nor with `prefetch: 0`', async () => {
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
