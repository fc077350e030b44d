/**
 * The streamed cut of the search file (searchShardCut.ts) writes exactly the files the cut of the
 * parsed file (searchShards.writeShards) writes, whatever pieces the text comes in; and the
 * JSON reader under it hands over the same values JSON.parse finds.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchData, serializeSearchData, type SearchData } from '../../../src/lib/search/searchRecords.ts';
import { writeShards } from '../../../src/lib/search/searchShards.ts';
import { cutSearchFile } from '../../../src/lib/search/searchShardCut.ts';
import { jsonStream } from '../../../src/lib/search/jsonStream.ts';
import { generateCorpus } from '../../../bench/searchCorpus.ts';
import { realSearchInputs } from '../../helpers/searchCorpus.ts';

const real = { name: 'real', ...realSearchInputs };

const pieces = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, k) => text.slice(k * size, (k + 1) * size));

async function bothCuts(text: string, size: number) {
  const whole = new Map<string, string>();
  const wholeManifest = writeShards(JSON.parse(text) as SearchData, text, (path, body) => whole.set(path, body));
  const streamed = new Map<string, string>();
  const manifest = await cutSearchFile(
    () => pieces(text, size),
    (path, body) => streamed.set(path, body),
    (path) => streamed.get(path) ?? '',
  );
  return { whole, streamed, wholeManifest, manifest };
}

describe('the streamed cut of the search file', () => {
  it('writes the same files as the cut of the parsed file, on the real corpus', async () => {
    const text = serializeSearchData(buildSearchData(real.articles, real.claims));
    for (const size of [1, 7, 4096, text.length]) {
      const { whole, streamed, wholeManifest, manifest } = await bothCuts(text, size);
      expect(manifest).toEqual(wholeManifest);
      expect([...streamed.keys()].sort()).toEqual([...whole.keys()].sort());
      for (const [path, body] of whole) expect(streamed.get(path), `${path} (pieces of ${size})`).toBe(body);
    }
  });

  it('writes the same files on a generated corpus of 2,000 claims, with parts', async () => {
    const corpus = generateCorpus(real, 2_000);
    const text = serializeSearchData(buildSearchData(corpus.articles, corpus.claims));
    const { whole, streamed, manifest } = await bothCuts(text, 65_536);
    expect(Object.keys(manifest.parts).length).toBeGreaterThan(0);
    expect(streamed.size).toBe(whole.size);
    for (const [path, body] of whole) expect(streamed.get(path), path).toBe(body);
  });

  it('refuses a search file of another version, naming the file to rebuild', async () => {
    const text = serializeSearchData(buildSearchData(real.articles, real.claims)).replace('"v":2', '"v":1');
    await expect(cutSearchFile(() => [text], () => undefined, () => '')).rejects.toThrow(/version 1.*search-index\.json\.ts/u);
  });
});

describe('jsonStream', () => {
  const sample = {
    v: 2,
    n: -1.5e3,
    t: true,
    z: null,
    s: 'quote " backslash \\ newline \n tab \t unicode é ✓ 𝄞 \u0001',
    list: [1, 'two', { three: [3, [4]] }, [], {}, null, false, 'a,b]c}'],
    nested: { deep: { items: [{ a: 1 }, { b: '}' }, 'x'] }, empty: [] },
  };
  const text = JSON.stringify(sample, null, 1);

  it('hands over each element and each value as JSON.parse reads them, in any pieces', () => {
    for (const size of [1, 2, 3, 5, 64, text.length]) {
      const got: Array<[string, unknown, number]> = [];
      const stream = jsonStream({ v: 'value', n: 'value', t: 'value', z: 'value', s: 'value', list: 'elements', 'nested.deep.items': 'elements', 'nested.empty': 'elements' }, (path, value, index) =>
        got.push([path, value, index]),
      );
      for (const piece of pieces(text, size)) stream.write(piece);
      stream.end();
      expect(got, `pieces of ${size}`).toEqual([
        ['v', 2, 0],
        ['n', -1500, 1],
        ['t', true, 2],
        ['z', null, 3],
        ['s', sample.s, 4],
        ...sample.list.map((value, k): [string, unknown, number] => ['list', value, k]),
        ...sample.nested.deep.items.map((value, k): [string, unknown, number] => ['nested.deep.items', value, k]),
      ]);
    }
  });

  it('says when the text ended early', () => {
    const stream = jsonStream({ list: 'elements' }, () => undefined);
    stream.write(text.slice(0, 40));
    expect(() => stream.end()).toThrow(/ended early/u);
  });
});
