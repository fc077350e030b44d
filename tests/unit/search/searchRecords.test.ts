/**
 * The search file (/search-index.json): what the records hold, that the fuse.js index survives
 * the trip without its text (restored from the documents), and that it stays small.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import { defaultPaths, loadCorpus } from '../../../src/loaders/loadCorpus.ts';
import {
  CLAIM_KEYS,
  PASSAGE_KEYS,
  buildSearchData,
  claimFields,
  loadSearchData,
  passageFields,
  quoteText,
  serializeSearchData,
  type ClaimDoc,
  type PassageDoc,
  type SearchData,
} from '../../../src/lib/search/searchRecords.ts';
import { createSearchEngine } from '../../../src/lib/search/searchEngine.ts';
import { projectRoot } from '../../helpers/tempProject.ts';

const { articles, verified } = await loadCorpus(defaultPaths(pathToFileURL(projectRoot)));
const text = serializeSearchData(
  buildSearchData(
    articles.map(({ meta, parsed }) => ({ id: meta.slug, title: parsed.title.text, outlet: meta.outlet, sections: parsed.sections })),
    verified.claims,
  ),
);
const file = JSON.parse(text) as SearchData;
const loaded = loadSearchData(file);

describe('search records', () => {
  it('has one record per claim and per paragraph', () => {
    const paragraphs = articles.flatMap((a) => a.parsed.sections.flatMap((s) => s.paragraphs));
    expect(loaded.claims.docs).toHaveLength(verified.claims.length);
    expect(loaded.passages.docs).toHaveLength(paragraphs.length);
    expect(loaded.passages.docs.map((p) => p.t)).toEqual(paragraphs.map((p) => p.text));
  });

  it("refers to each quote by its paragraph and offsets, not a copy of its text", () => {
    const quotes = verified.claims.flatMap((c) => c.mentions.flatMap((m) => m.quotes));
    const refs = loaded.claims.docs.flatMap((c) => c.quotes);
    expect(refs).toHaveLength(quotes.length);
    refs.forEach((ref, i) => {
      expect(quoteText(loaded, ref).replace(/\s+/gu, ' ')).toBe(quotes[i]?.text.replace(/\s+/gu, ' ').trim());
    });
  });

  it('stores the index without its text, and restores exactly what Fuse.createIndex built', () => {
    expect(JSON.stringify([file.claims.index, file.passages.index])).not.toContain('"v":');
    const docs = { articles: loaded.articles, passages: { docs: loaded.passages.docs } };
    const claimIndex = Fuse.createIndex<ClaimDoc>(
      CLAIM_KEYS.map((key) => ({ ...key, getFn: (doc: ClaimDoc) => claimFields(docs, doc)[key.name] ?? '' })),
      loaded.claims.docs,
    ).toJSON();
    const passageIndex = Fuse.createIndex<PassageDoc>(
      PASSAGE_KEYS.map((key) => ({ ...key, getFn: (doc: PassageDoc) => passageFields(docs, doc)[key.name] ?? '' })),
      loaded.passages.docs,
    ).toJSON();
    expect(loaded.claims.index.records).toEqual(claimIndex.records);
    expect(loaded.passages.index.records).toEqual(passageIndex.records);
    expect(Fuse.parseIndex(loaded.claims.index)).toBeTruthy();
  });

  it('indexes every figure an article gives, so either value finds the claim', () => {
    const troops = loaded.claims.docs.find((c) => c.id === 'csto-troop-strength');
    expect(troops?.figure).toBe('2,030 troops');
    expect(troops?.alt).toEqual([2500]);
    expect(claimFields(loaded, troops as ClaimDoc)['figure']).toBe('2030 troops 2500');
  });

  it('stays within its share of the 25 KB gzip budget (search code + index)', () => {
    expect(gzipSync(text).length).toBeLessThan(14_000);
  });
});

describe('the prefilter', () => {
  const plain = createSearchEngine(file, { prefilter: false });
  const engine = createSearchEngine(file);
  it.each(['peacekeepers', 'shoot to kill', '7939', 'Tokaev coup', 'Putin', 'almaty internet', '"Maidan technologies"', 'Kassim-Jomart'])(
    'changes no top result: %s',
    (q) => {
      expect(engine.search(q).claims[0]?.id).toBe(plain.search(q).claims[0]?.id);
      expect(engine.search(q).passages[0]?.url).toBe(plain.search(q).passages[0]?.url);
    },
  );
});
