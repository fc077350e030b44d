import { describe, expect, it } from 'vitest';
import { scoreDrafts } from '../../../src/lib/drafting/scoreDrafts.ts';

const passages = new Map([
  ['a', [{ id: 'p-1', text: 'The ministry said 7,939 people had been detained. Shops reopened on Tuesday.' }]],
  ['b', [{ id: 'p-1', text: 'In all, 7,939 people were arrested, the ministry said. Flights resumed.' }]],
  ['c', [{ id: 'p-1', text: 'Police detained 7,939 people. Schools closed.' }]],
]);

describe('scoreDrafts', () => {
  it('counts pairs of articles grouped alike, quotes covered and unverbatim quotes', () => {
    const reference = [
      { id: 'detentions', mentions: [{ article: 'a', quotes: ['7,939 people had been detained'] }, { article: 'b', quotes: ['7,939 people were arrested'] }, { article: 'c', quotes: ['Police detained 7,939 people.'] }] },
      { id: 'shops', mentions: [{ article: 'a', quotes: ['Shops reopened on Tuesday.'] }] },
    ];
    const drafts = [
      // a × b is right; a × c and b × c are the editors' too; c × a below is wrong (schools).
      { id: 'd1', mentions: [{ article: 'a', quotes: ['The ministry said 7,939 people had been detained.'] }, { article: 'b', quotes: ['In all, 7,939 people were arrested, the ministry said.'] }] },
      { id: 'd2', mentions: [{ article: 'a', quotes: ['Shops reopened on Tuesday.'] }, { article: 'c', quotes: ['Schools closed.'] }] },
      { id: 'd3', mentions: [{ article: 'c', quotes: ['Police detained 7,939 people'] }, { article: 'b', quotes: ['Flights resumed, not in the text.'] }] },
    ];
    const score = scoreDrafts(drafts, reference, passages);
    expect(score.draftPairs).toBe(3);
    expect(score.correctPairs).toBe(1);
    expect(score.wrongPairs).toEqual(['d2: a × c', 'd3: b × c']);
    expect(score.referencePairs).toBe(3);
    expect(score.recoveredPairs).toBe(1);
    expect(score.missedPairs).toEqual(['detentions: a × c', 'detentions: b × c']);
    expect(score.referenceQuotes).toBe(4);
    expect(score.coveredQuotes).toBe(4);
    expect(score.unverbatim).toEqual(['d3 (b): Flights resumed, not in the text.']);
    expect(score.pairPrecision).toBeCloseTo(1 / 3);
    expect(score.pairRecall).toBeCloseTo(1 / 3);
  });
});
