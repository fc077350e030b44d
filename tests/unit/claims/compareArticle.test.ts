import { describe, expect, it } from 'vitest';
import { compareArticle, earliestQuote } from '../../../src/lib/claims/compareArticle.ts';
import { OWN_VOICE } from '../../../src/lib/claims/divergence.ts';
import type { LocatedQuote, VerifiedClaim, VerifiedMention } from '../../../src/lib/claims/verifyClaims.ts';

const quote = (claim: string, paragraph: string, start: number, index = 0): LocatedQuote => ({
  text: `${claim} quote ${index + 1}`,
  paragraph,
  start,
  end: start + 10,
  anchor: index === 0 ? `q-${claim}` : `q-${claim}-${index + 1}`,
});

const mention = (article: string, quotes: LocatedQuote[], over: Partial<VerifiedMention> = {}): VerifiedMention => ({
  article,
  voice: 'outlet',
  attributedTo: null,
  figure: null,
  details: {},
  quotes,
  ...over,
});

const claim = (id: string, mentions: VerifiedMention[], over: Partial<VerifiedClaim> = {}): VerifiedClaim => ({
  id,
  status: 'reviewed',
  statement: `Statement of ${id}.`,
  topic: 'troops',
  speaker: 'someone',
  figure: null,
  file: 'content/claims/troops.yaml',
  line: 1,
  mentions,
  divergent: false,
  differences: [],
  ...over,
});

const articleIds = ['a', 'b', 'c'];

const claims: VerifiedClaim[] = [
  // In a: p-10 (after p-2 and p-9, even though "10" sorts before "2" as text).
  claim('late', [mention('a', [quote('late', 'p-10', 0)]), mention('b', [quote('late', 'p-1', 0)])]),
  // In a: p-2 at offset 40.
  claim(
    'troop-strength',
    [
      mention('a', [quote('troop-strength', 'p-2', 40)], { figure: 2030, voice: 'attributed', attributedTo: 'the CSTO' }),
      mention('b', [quote('troop-strength', 'p-3', 5), quote('troop-strength', 'p-4', 0, 1)], { figure: 2500 }),
      mention('c', [quote('troop-strength', 'p-1', 0)], { figure: 2030, voice: 'attributed', attributedTo: 'the CSTO' }),
    ],
    { divergent: true, topic: 'troops' },
  ),
  // In a: p-2 at offset 3, before troop-strength.
  claim('early', [mention('a', [quote('early', 'p-2', 3)])], { topic: 'situation' }),
  // In a: p-9.
  claim('middle', [mention('c', [quote('middle', 'p-5', 0)]), mention('a', [quote('middle', 'p-9', 0)])]),
  // Not in a.
  claim('only-b-and-c', [mention('b', [quote('only-b-and-c', 'p-1', 0)]), mention('c', [quote('only-b-and-c', 'p-2', 0)])], {
    topic: 'casualties',
  }),
  claim('only-c', [mention('c', [quote('only-c', 'p-7', 0)])]),
];

describe('compareArticle', () => {
  const comparison = compareArticle('a', claims, articleIds);
  const row = (id: string) => comparison.rows.find((r) => r.claim === id)!;

  it('gives one row per claim the article makes, in reading order, numbered from 1', () => {
    expect(comparison.rows.map((r) => [r.number, r.claim])).toEqual([
      [1, 'early'],
      [2, 'troop-strength'],
      [3, 'middle'],
      [4, 'late'],
    ]);
  });

  it('names its claim by id with its divergence, and copies no text (pages look it up)', () => {
    expect(Object.keys(row('troop-strength')).sort()).toEqual(['cells', 'claim', 'divergent', 'number']);
    expect(row('troop-strength')).toMatchObject({ claim: 'troop-strength', divergent: true });
    expect(row('early').divergent).toBe(false);
  });

  it('has one cell per other article, in the given order', () => {
    for (const r of comparison.rows) expect(r.cells.map((c) => c.article)).toEqual(['b', 'c']);
  });

  it('a cell is `different` with mine/theirs values for each differing field', () => {
    const [b] = row('troop-strength').cells;
    expect(b).toEqual({
      article: 'b',
      status: 'different',
      differences: [
        { field: 'figure', label: 'figure', mine: '2,030', theirs: '2,500' },
        { field: 'source', label: 'who says it', mine: 'the CSTO', theirs: OWN_VOICE },
      ],
    });
  });

  it('a cell is `same` when the other article reports the claim with no difference', () => {
    expect(row('troop-strength').cells[1]).toEqual({
      article: 'c',
      status: 'same',
      differences: [],
    });
  });

  it('a cell is `not-reported` when the other article leaves the claim out', () => {
    expect(row('early').cells).toEqual([
      { article: 'b', status: 'not-reported', differences: [] },
      { article: 'c', status: 'not-reported', differences: [] },
    ]);
    expect(row('middle').cells.map((c) => c.status)).toEqual(['not-reported', 'same']);
  });

  it('lists the claims this article leaves out, with the articles that report them', () => {
    expect(comparison.omitted).toEqual([
      { claim: 'only-b-and-c', reportedBy: ['b', 'c'] },
      { claim: 'only-c', reportedBy: ['c'] },
    ]);
  });

  it('works from another article’s point of view', () => {
    const fromC = compareArticle('c', claims, articleIds);
    expect(fromC.rows.map((r) => r.claim)).toEqual(['troop-strength', 'only-b-and-c', 'middle', 'only-c']);
    expect(fromC.rows.map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(fromC.rows[0]?.cells.map((c) => [c.article, c.status])).toEqual([
      ['a', 'same'],
      ['b', 'different'],
    ]);
    expect(fromC.omitted.map((o) => o.claim)).toEqual(['late', 'early']);
  });

  it('an article with no claims has no rows and omits everything', () => {
    const fromNowhere = compareArticle('d', claims, [...articleIds, 'd']);
    expect(fromNowhere.rows).toEqual([]);
    expect(fromNowhere.omitted.map((o) => o.claim)).toEqual(claims.map((c) => c.id));
  });
});

describe('earliestQuote', () => {
  it('is the quote that comes first in the text, whatever order the claims file lists them in', () => {
    const q = (paragraph: string, start: number) => ({ paragraph, start, anchor: `${paragraph}:${start}` });
    expect(earliestQuote([q('p-24', 0), q('p-3', 10)])?.anchor).toBe('p-3:10');
    expect(earliestQuote([q('p-3', 40), q('p-3', 10), q('p-11', 0)])?.anchor).toBe('p-3:10');
    expect(earliestQuote([q('p-12', 5)])?.anchor).toBe('p-12:5');
    expect(earliestQuote([])).toBeUndefined();
  });
});

describe('row order', () => {
  it('follows each claim’s earliest quote in the text, not the first one listed', () => {
    const listedLate = claim('listed-late', [mention('a', [quote('listed-late', 'p-8', 0), quote('listed-late', 'p-1', 5, 1)])]);
    const atThree = claim('at-three', [mention('a', [quote('at-three', 'p-3', 0)])]);
    const { rows } = compareArticle('a', [atThree, listedLate], ['a']);
    expect(rows.map((r) => [r.number, r.claim])).toEqual([
      [1, 'listed-late'],
      [2, 'at-three'],
    ]);
  });
});
