/**
 * The site search on the real corpus: the five articles and their claims, built into the search
 * file exactly as /search-index.json is, then queried through the engine the browser uses.
 */
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { defaultPaths, loadCorpus } from '../../../src/loaders/loadCorpus.ts';
import { buildSearchData, serializeSearchData, type SearchData } from '../../../src/lib/search/searchRecords.ts';
import { createSearchEngine, type Marked } from '../../../src/lib/search/searchEngine.ts';
import { normalizeText } from '../../../src/lib/text/normalizeText.ts';
import { projectRoot } from '../../helpers/tempProject.ts';

const { articles, verified } = await loadCorpus(defaultPaths(pathToFileURL(projectRoot)));
const file = JSON.parse(
  serializeSearchData(
    buildSearchData(
      articles.map(({ meta, parsed }) => ({ id: meta.slug, title: parsed.title.text, outlet: meta.outlet, sections: parsed.sections })),
      verified.claims,
    ),
  ),
) as SearchData;
const engine = createSearchEngine(file);
const search = (q: string) => engine.search(q, { claims: 100, passages: 100 });
const claimIds = (q: string) => search(q).claims.map((c) => c.id);
const highlighted = (m: Marked) => m.marks.map(([s, e]) => m.text.slice(s, e));

describe('ranking on the real corpus', () => {
  it('"peacekeepers" puts the troop-count claim first', () => {
    expect(claimIds('peacekeepers')[0]).toBe('csto-troop-strength');
  });

  it('"shoot to kill" puts the open-fire order first, before the US criticism of it', () => {
    const ids = claimIds('shoot to kill');
    expect(ids[0]).toBe('shoot-to-kill-order');
    expect(ids).toContain('us-criticised-shoot-to-kill');
  });

  it('"7939" finds the detentions', () => {
    expect(claimIds('7939')[0]).toBe('detentions-total');
  });

  it('"Tokaev coup" puts the coup characterisation first', () => {
    expect(claimIds('Tokaev coup')[0]).toBe('tokayev-attempted-coup');
  });
});

describe('forgiving queries', () => {
  it('a typo: "peacekeeprs" still finds the troop count first', () => {
    expect(claimIds('peacekeeprs')[0]).toBe('csto-troop-strength');
  });

  it('while a word is being typed, words it begins rank before typo corrections ("peacek")', () => {
    const result = search('peacek');
    expect(result.claims.slice(0, 2).map((c) => c.id)).toEqual(['csto-troop-strength', 'csto-sent-at-kazakh-request']);
    expect(result.claims.map((c) => c.id)).toContain('never-fire-on-peaceful-demonstrators');
  });

  it('spelling variants of the president: Tokayev, Tokaev, Kassim-Jomart, Kassym-Jomart', () => {
    for (const q of ['Tokaev', 'Tokayev', 'tokayev', 'TOKÁYEV']) expect(claimIds(q)).toContain('tokayev-attempted-coup');
    const kassim = search('Kassim-Jomart');
    expect(kassim.claims.length).toBeGreaterThan(5);
    expect(kassim.claims.map((c) => c.speaker.text)).toContain('Kassym-Jomart Tokayev');
    // Both spellings in the articles are found, and highlighted as written.
    const words = kassim.passages.flatMap((p) => highlighted(p.excerpt));
    expect(words).toContain('Kassym');
    expect(words).toContain('Kassim');
    expect(new Set(claimIds('Kassym-Jomart'))).toEqual(new Set(kassim.claims.map((c) => c.id)));
  });

  it('numbers in any format: 7939, 7,939 and the figure in the text', () => {
    expect(claimIds('7,939')).toEqual(claimIds('7939'));
    const hit = search('7939').claims[0];
    expect(hit && highlighted(hit.statement)).toEqual(['7,939']);
    expect(search('7939').passages.length).toBeGreaterThan(0);
  });

  it('"2030" finds "2,030" (the troop count as one article gives it)', () => {
    const result = search('2030');
    expect(result.claims.map((c) => c.id)).toContain('csto-troop-strength');
    expect(result.passages.flatMap((p) => highlighted(p.excerpt))).toContain('2,030');
  });

  it('a quoted phrase is matched as a phrase, in order', () => {
    const phrase = search('"shoot to kill"');
    expect(phrase.claims.map((c) => c.id)[0]).toBe('shoot-to-kill-order');
    for (const hit of phrase.claims) {
      const texts = [hit.statement.text, hit.quote?.text ?? ''].map(normalizeText).join(' | ');
      expect(texts).toContain('shoot to kill');
    }
    expect(search('"kill to shoot"').claims).toEqual([]);
    expect(search('"Maidan technologies" Putin').claims[0]?.id).toBe('putin-maidan-technologies');
  });

  it('case and diacritics are ignored', () => {
    expect(claimIds('ALMATY INTERNET')).toEqual(claimIds('almaty internet'));
    expect(claimIds('Almaty')).toEqual(claimIds('Almatý'));
  });

  it('falls back to results with some of the words when none has all', () => {
    const result = search('peacekeepers zzzzqqq');
    expect(result.partial).toBe(true);
    expect(result.claims[0]?.id).toBe('csto-troop-strength');
  });

  it('finds nothing for nonsense and for an empty query', () => {
    expect(search('qqqzzzxxx').claims).toEqual([]);
    expect(search('   ').claims).toEqual([]);
  });
});

describe('results', () => {
  it('link claims to /claims/<id>/ and passages to their paragraph', () => {
    const result = search('internet restored');
    expect(result.claims[0]?.url).toBe('/claims/internet-restored/');
    for (const passage of result.passages) {
      expect(passage.url).toMatch(/^\/articles\/[a-z0-9-]+\/#p-\d+$/u);
      const slug = passage.url.split('/')[2];
      const article = articles.find((a) => a.meta.slug === slug);
      const paragraph = article?.parsed.sections.flatMap((s) => s.paragraphs).find((p) => p.id === `p-${passage.paragraph}`);
      expect(paragraph?.text).toContain(passage.excerpt.text.replace(/^…|…$/gu, ''));
    }
  });

  it('give their context: topic, speaker and sources for a claim; article, outlet and section for a passage', () => {
    const claim = search('peacekeepers').claims[0];
    expect(claim).toMatchObject({ topic: 'Troops', sources: 2, articleCount: 5, figure: '2,030 troops' });
    expect(claim?.quote && highlighted(claim.quote)).toEqual(['peacekeepers']);
    expect(claim?.quote?.outlet).toBe('newsdirectory3.com');
    const passage = search('Pakistani Tablighis').passages[0];
    expect(passage?.outlet).toBe('worldwarthird.com');
    expect(passage?.section?.text).toBe('Pakistani and Afghan radicals fueled the riots');
    expect(passage?.section && highlighted(passage.section)).toEqual(['Pakistani']);
    expect(passage?.title.text.length).toBeGreaterThan(10);
  });

  it('highlight whole words in the original text', () => {
    const hit = search('Tokaev coup').claims[0];
    expect(hit && highlighted(hit.statement)).toEqual(['Tokayev', 'coup']);
  });

  it('a passage matched only through its article title is not listed', () => {
    for (const passage of search('coup').passages) expect(passage.excerpt.marks.length).toBeGreaterThan(0);
  });
});
