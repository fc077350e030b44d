/**
 * "Reported by n of N": a search result says what the claim's page says. Fixture: two events,
 * each with reviewed articles and a draft; a claim is counted within its own event, with that
 * event's draft and not the other's (claimViews.claimCoverages, which both use). Search is run
 * both over the whole file and over the shards the browser fetches.
 */
import { describe, expect, it } from 'vitest';
import { claimCoverage, claimCoverages } from '../../../src/lib/claims/claimViews.ts';
import { buildSearchData, serializeSearchData, type SearchArticleInput, type SearchClaimInput, type SearchData } from '../../../src/lib/search/searchRecords.ts';
import { createSearchEngine } from '../../../src/lib/search/searchEngine.ts';
import { writeShards } from '../../../src/lib/search/searchShards.ts';
import { openShardedSearch } from '../../../src/lib/search/searchShardLoader.ts';

const article = (id: string, text: string): SearchArticleInput => ({ id, title: `Report ${id}`, outlet: `${id}.example`, sections: [{ heading: null, paragraphs: [{ id: 'p-1', text }] }] });
const articles = [
  article('ferry-a', 'The ferry crews stopped work at dawn on Monday.'),
  article('ferry-b', 'Crews of the harbour ferry stopped work on Monday morning.'),
  article('ferry-c', 'The operator ran a reduced timetable.'),
  article('ferry-draft', 'Ferry crews stopped work, the union said.'),
  article('bridge-a', 'The bridge closed to lorries for six weeks.'),
  article('bridge-b', 'Lorries are barred from the bridge for six weeks.'),
  article('bridge-draft-1', 'The bridge will close to heavy lorries.'),
  article('bridge-draft-2', 'Engineers found cracks in the bridge deck.'),
];
const events = new Map([
  ['ferry-strike', ['ferry-a', 'ferry-b', 'ferry-c', 'ferry-draft']],
  ['bridge-closure', ['bridge-a', 'bridge-b', 'bridge-draft-1', 'bridge-draft-2']],
]);
const drafts = new Set(['ferry-draft', 'bridge-draft-1', 'bridge-draft-2']);
const quote = (paragraphText: string, words: string) => ({ paragraph: 'p-1', start: paragraphText.indexOf(words), end: paragraphText.indexOf(words) + words.length });
const textOf = (id: string) => articles.find((a) => a.id === id)?.sections[0]?.paragraphs[0]?.text ?? '';
const mention = (id: string, words: string) => ({ article: id, figure: null, quotes: [quote(textOf(id), words)] });

const claims = [
  {
    id: 'crews-stopped-work',
    event: 'ferry-strike',
    statement: 'Ferry crews stopped work on Monday.',
    topic: 'strike',
    speaker: 'outlets',
    figure: null,
    comparedAcross: ['ferry-a', 'ferry-b', 'ferry-c'],
    mentions: [mention('ferry-a', 'ferry crews stopped work'), mention('ferry-b', 'stopped work on Monday')],
  },
  {
    id: 'bridge-closed-to-lorries',
    event: 'bridge-closure',
    statement: 'The bridge closed to lorries for six weeks.',
    topic: 'closure',
    speaker: 'outlets',
    figure: null,
    comparedAcross: ['bridge-a', 'bridge-b'],
    mentions: [mention('bridge-a', 'closed to lorries'), mention('bridge-b', 'barred from the bridge'), mention('bridge-draft-1', 'close to heavy lorries')],
  },
];

const coverages = claimCoverages(claims, events, drafts);
const input: SearchClaimInput[] = claims.map((claim) => ({ ...claim, coverage: coverages.get(claim.id) }));
const text = serializeSearchData(buildSearchData(articles, input));
const file = JSON.parse(text) as SearchData;
/** The claim page's figure, as its text says it. */
const pageFigure = (id: string) => /^Reported by (\d+ of \d+) source/u.exec(coverages.get(id)?.text ?? '')?.[1];
const searchFigure = (hit: { sources: number; articleCount: number } | undefined) => (hit ? `${hit.sources} of ${hit.articleCount}` : undefined);

describe('"reported by n of N" in search and on the claim page', () => {
  it('the fixture counts within each event, with its own drafts: 2 of 4 and 3 of 4, not of all 8 articles', () => {
    expect(coverages.get('crews-stopped-work')?.text).toBe('Reported by 2 of 4 sources (1 not yet reviewed)');
    expect(coverages.get('bridge-closed-to-lorries')?.text).toBe('Reported by 3 of 4 sources (1 not yet reviewed)');
    expect(claimCoverage(claims[0]!, events.get('ferry-strike')!, drafts).of).toBe(4);
  });

  it('a search result over the whole file says the same as the claim page', () => {
    const engine = createSearchEngine(file);
    for (const [claim, query] of [['crews-stopped-work', 'ferry crews'], ['bridge-closed-to-lorries', 'lorries bridge']] as const) {
      const hit = engine.search(query, { claims: 10, passages: 10 }).claims.find((c) => c.id === claim);
      expect(searchFigure(hit), claim).toBe(pageFigure(claim));
    }
  });

  it('a search result over the shards the browser fetches says the same as the claim page', async () => {
    const files = new Map<string, string>();
    writeShards(file, text, (path, body) => files.set(path, body));
    const search = await openShardedSearch(async (path) => JSON.parse(files.get(path) ?? 'null') as unknown);
    for (const [claim, query] of [['crews-stopped-work', 'stopped work'], ['bridge-closed-to-lorries', 'six weeks']] as const) {
      const hit = (await search.search(query, { claims: 5, passages: 5 })).claims.find((c) => c.id === claim);
      expect(searchFigure(hit), claim).toBe(pageFigure(claim));
    }
  });
});
