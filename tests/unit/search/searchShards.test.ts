/**
 * The sharded search index: built from the real corpus's search file, served from memory, and
 * queried through the loader the browser uses. It must give the same results as the whole file,
 * fetch only what a query needs, and keep working when common words' lists are cut.
 */
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../src/lib/search/searchEngine.ts';
import { MANIFEST_URL, bundlePath, keyFile, shardKey, writeShards, type SearchManifest, type ShardOptions } from '../../../src/lib/search/searchShards.ts';
import { openServedShards } from '../../helpers/servedShards.ts';
import { realSearchFile, realSearchInputs, realSearchText } from '../../helpers/searchCorpus.ts';

const text = realSearchText;
const file = realSearchFile;

function shardFiles(postingsCap?: number, options: ShardOptions = {}): { files: Map<string, string>; manifest: SearchManifest } {
  const files = new Map<string, string>();
  const manifest = writeShards(file, text, (path, body) => files.set(path, body), postingsCap === undefined ? options : { ...options, postingsCap });
  return { files, manifest };
}

const open = (files: Map<string, string>) => openServedShards(files);

const QUERIES = [
  'peacekeepers',
  'peacekeeprs',
  'peacek',
  'shoot to kill',
  '"shoot to kill"',
  '"kill to shoot"',
  '"Maidan technologies" Putin',
  '7939',
  '7,939',
  '2030',
  '2030 troops',
  'Tokaev coup',
  'Kassim-Jomart',
  'ALMATY INTERNET',
  'Almatý',
  'peacekeepers zzzzqqq',
  'Pakistani Tablighis',
  'the',
  'coup',
  'qqqzzzxxx',
  't',
];

describe('the sharded index', () => {
  const { files, manifest } = shardFiles();
  const memory = createSearchEngine(file);

  it('gives the same results as the whole file, query by query', async () => {
    const { search } = await open(files);
    for (const q of QUERIES) {
      const { missing, ...whole } = memory.search(q, { claims: 50, passages: 50, candidates: 60 });
      expect(missing).toEqual({ claims: [], passages: [] });
      expect(await search.search(q, { claims: 50, passages: 50, candidates: 60 }), q).toEqual(whole);
    }
  });

  it('gives the same results when records come one by one, not in fragment files', async () => {
    for (const options of [{ bundleChars: 0 }, { bundleDepth: 1, bundleChars: 300 }]) {
      const single = shardFiles(undefined, options);
      const { search, fetched } = await open(single.files);
      for (const q of QUERIES) {
        const { missing: _, ...whole } = memory.search(q, { claims: 50, passages: 50, candidates: 60 });
        expect(await search.search(q, { claims: 50, passages: 50, candidates: 60 }), `${q} ${JSON.stringify(options)}`).toEqual(whole);
      }
      expect(fetched.some((path) => /\/[cp]\/r\/\d+\.json$/u.test(path)), JSON.stringify(options)).toBe(true);
    }
  });

  it('finds a dek line, linked as #dek-N', async () => {
    const { search } = await open(files);
    const dekText = realSearchInputs.articles.flatMap((article) => (article.dek ?? []).map((line) => ({ slug: article.id, text: line.text })))[0];
    expect(dekText).toBeDefined();
    const words = (dekText?.text ?? '').split(/\s+/u).filter((word) => word.length > 6).slice(0, 3).join(' ');
    const result = await search.search(words, { claims: 5, passages: 50, candidates: 60 });
    expect(result.passages.map((hit) => hit.url)).toContain(`/articles/${dekText?.slug}/#dek-1`);
  });

  it('fetching only as many candidates as the dropdown shows changes no first result on the real corpus', async () => {
    const { search } = await open(files);
    // "the" is in every record: its order among them is the word index's, not fuse.js's.
    for (const q of QUERIES.filter((query) => query !== 'the')) {
      const whole = memory.search(q, { claims: 5, passages: 5 });
      const sharded = await search.search(q, { claims: 5, passages: 5 });
      expect(sharded.claims[0]?.id, q).toBe(whole.claims[0]?.id);
      expect(sharded.passages[0]?.url, q).toBe(whole.passages[0]?.url);
    }
  });

  it('fetches the manifest, the shards of the words and the candidates, nothing else', async () => {
    // What the query fetches, without the warm-up's files (the next test).
    const { search, fetched } = await openServedShards(files, { warmUp: false });
    const result = await search.search('peacekeepers', { claims: 5, passages: 5 });
    expect(result.claims[0]?.id).toBe('csto-troop-strength');
    expect(fetched[0]).toBe(MANIFEST_URL);
    const shards = fetched.filter((path) => path.includes('/t/'));
    expect(shards).toEqual([`/search-index/${manifest.hash}/t/${keyFile(shardKey('peacekeepers'))}.json`]);
    expect(fetched.filter((path) => path.includes('/v/'))).toEqual([`/search-index/${manifest.hash}/v/p.json`]);
    const records = fetched.filter((path) => /\/[cp]\/\d+\.json$/u.test(path));
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThan(manifest.claims + manifest.passages);
    expect(new Set(fetched).size).toBe(fetched.length);
    // A second query in the same shard fetches no shard again.
    const before = fetched.length;
    await search.search('peacekeeping', { claims: 5, passages: 5 });
    expect(fetched.slice(before).filter((path) => path.includes('/t/'))).toEqual([]);
  });

  it('opening runs the warm-up query: two words of one small shard, fetching that shard, its summary and at most a vocabulary', async () => {
    const words = manifest.warm.split(' ');
    expect(words).toHaveLength(2);
    expect(shardKey(words[0] as string)).toBe(shardKey(words[1] as string));
    expect(manifest.parts[shardKey(words[0] as string)]).toBeUndefined();
    // The pair shares a claim: the query runs the whole way to ranked, marked results.
    expect(memory.search(manifest.warm, { claims: 5, passages: 5 }).totalClaims).toBeGreaterThan(0);
    const { fetched } = await open(files);
    const number = manifest.terms.indexOf(shardKey(words[0] as string));
    const vocab = `/search-index/${manifest.hash}/v/${keyFile(words[0]?.[0] ?? '')}.json`;
    expect(fetched[0]).toBe(MANIFEST_URL);
    expect(fetched.slice(1).filter((path) => path !== vocab).sort()).toEqual(
      [`/search-index/${manifest.hash}/t/${keyFile(shardKey(words[0] as string))}.json`, bundlePath(manifest.hash, number)].sort(),
    );
    // A warm-up whose files fail to come does not stop the search from opening.
    const failing = new Map([...files].filter(([path]) => !path.includes('/t/')));
    const { search } = await open(failing);
    expect(search.manifest.warm).toBe(manifest.warm);
  });

  it('queries typed in a row, waiting for the same files, each get their full results', async () => {
    const { search } = await open(files);
    const typed = ['p', 'pe', 'pea', 'peac', 'peace', 'peacek', 'peacekeepers'];
    const results = await Promise.all(typed.map((q) => search.search(q, { claims: 50, passages: 50, candidates: 60 })));
    results.forEach((result, k) => {
      const { missing: _, ...whole } = memory.search(typed[k] as string, { claims: 50, passages: 50, candidates: 60 });
      expect(result, typed[k]).toEqual(whole);
    });
  });

  it('every file it lists exists, and names are plain ASCII', () => {
    for (const key of manifest.terms) expect(files.has(`/search-index/${manifest.hash}/t/${keyFile(key)}.json`), key).toBe(true);
    for (const path of files.keys()) expect(path).toMatch(/^\/search-index\/[\w/.-]+\.json$/u);
    expect(keyFile('ка')).toBe('_43a-430');
  });

  it('a different search file gets a different folder', () => {
    const other = writeShards(file, `${text} `, () => undefined);
    expect(other.hash).not.toBe(manifest.hash);
  });

  it('other cutting options get a different folder, so no file is read under another layout', () => {
    expect(writeShards(file, text, () => undefined).hash).toBe(manifest.hash);
    expect(writeShards(file, text, () => undefined, { bundleChars: 0 }).hash).not.toBe(manifest.hash);
    expect(writeShards(file, text, () => undefined, { bundleDepth: 1 }).hash).not.toBe(manifest.hash);
  });

  it('with common words cut to a few records each, still finds and ranks the rare ones', async () => {
    const cut = shardFiles(3);
    const { search } = await open(cut.files);
    const peace = await search.search('peacekeepers', { claims: 5, passages: 5 });
    expect(peace.claims[0]?.id).toBe('csto-troop-strength');
    const the = await search.search('the', { claims: 5, passages: 5 });
    expect(the.capped).toBe(true);
    expect(the.totalPassages).toBeGreaterThan(3);
    // A rare word keeps its whole list and filters; a cut common word only ranks.
    const both = await search.search('Tablighis the', { claims: 5, passages: 5 });
    expect(both.passages[0]?.excerpt.text).toContain('Tablighis');
  });
});

describe('unit words and their synonyms', () => {
  const memory = createSearchEngine(file);
  it('"2030 troops" finds the asumetech paragraph that says "2,030 soldiers", marked', () => {
    const result = memory.search('2030 troops', { claims: 20, passages: 20 });
    const hit = result.passages.find((p) => p.url === '/articles/asumetech-kazakhstan-speaks-of-a-coup/#p-12');
    expect(hit).toBeDefined();
    expect(hit?.words).toEqual(expect.arrayContaining(['2,030', 'soldiers']));
    expect(result.claims[0]?.id).toBe('csto-troop-strength');
  });

  it('the word as typed ranks before its synonym', () => {
    const result = memory.search('soldiers', { claims: 20, passages: 20 });
    const first = result.passages[0];
    expect(first?.words.map((w) => w.toLowerCase())).toContain('soldiers');
  });
});
