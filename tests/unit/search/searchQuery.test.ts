/**
 * Query parsing (terms, quoted phrases, stop words) and the edit distance that forgives typos.
 */
import { describe, expect, it } from 'vitest';
import { allowedEdits, parseQuery, prefixEditDistance } from '../../../src/lib/search/searchQuery.ts';

describe('parseQuery', () => {
  it('normalises words and drops stop words', () => {
    expect(parseQuery('Shoot to kill')).toEqual({ terms: ['shoot', 'kill'], phrases: [] });
    expect(parseQuery('Tokaev coup')).toEqual({ terms: ['tokaev', 'coup'], phrases: [] });
    expect(parseQuery('7,939')).toEqual({ terms: ['7939'], phrases: [] });
  });

  it('keeps stop words when the query has nothing else', () => {
    expect(parseQuery('the')).toEqual({ terms: ['the'], phrases: [] });
  });

  it('keeps quoted phrases whole, with straight or typographic quotes', () => {
    expect(parseQuery('"shoot to kill"')).toEqual({ terms: [], phrases: ['shoot to kill'] });
    expect(parseQuery('Putin “Maidan technologies”')).toEqual({ terms: ['putin'], phrases: ['maidan technologies'] });
    expect(parseQuery('"Shoot-to-kill" order')).toEqual({ terms: ['order'], phrases: ['shoot to kill'] });
  });

  it('reads an unclosed quote as words (the phrase is still being typed)', () => {
    expect(parseQuery('"shoot to ki')).toEqual({ terms: ['shoot', 'ki'], phrases: [] });
  });

  it('drops repeated words and empty phrases', () => {
    expect(parseQuery('coup Coup COUP ""')).toEqual({ terms: ['coup'], phrases: [] });
    expect(parseQuery('   ')).toEqual({ terms: [], phrases: [] });
  });

  it('cuts words to the 32 characters fuse.js can match', () => {
    const long = 'a'.repeat(40);
    expect(parseQuery(long).terms[0]).toHaveLength(32);
  });
});

describe('typo tolerance', () => {
  it('allows no error in short words or numbers, one from 5 letters, two from 10', () => {
    expect(allowedEdits('coup')).toBe(0);
    expect(allowedEdits('tokaev')).toBe(1);
    expect(allowedEdits('peacekeeprs')).toBe(2);
    expect(allowedEdits('79390')).toBe(0);
  });

  it.each([
    ['tokaev', 'tokayev', 1, 1],
    ['kassim', 'kassym', 1, 1],
    ['peacekeeprs', 'peacekeepers', 2, 1],
    ['peacek', 'peacekeepers', 1, 0],
    ['peacekepe', 'peacekeepers', 1, 1],
    ['coup', 'coups', 0, 0],
    ['coup', 'country', 0, 1],
    ['tokaev', 'putin', 1, 2],
  ])('%s → %s (max %i): %i', (query, word, max, expected) => {
    expect(prefixEditDistance(query, word, max)).toBe(expected);
  });
});
