import { describe, expect, it } from 'vitest';
import { formatDate, languageName, lineageGist, publishedDate } from '../../../src/lib/articles/articleProvenance.ts';
import { loadCorpus } from '../../helpers/corpus.ts';

describe('lineageGist', () => {
  it('takes the lineage note up to its first clause, in the editors’ words', () => {
    const gists = Object.fromEntries(loadCorpus().map(({ meta }) => [meta.slug, lineageGist(meta.lineage)]));
    expect(gists).toEqual({
      'worldwarthird-foreign-interference': 'English edition of a site that also publishes Hindi and Marathi editions',
      'asumetech-kazakhstan-speaks-of-a-coup': 'Reads as a machine translation',
      'sputnik-copy-blog-repost': 'A blog’s repost of Sputnik copy'.replace('’', "'"),
      'newsdirectory3-two-coup-attempts': 'Machine translation of a Korean wire report, signed "/yunhap news"',
      'trixabia-attempted-coup-unsuccessful': 'A reworded mix of wire copy',
    });
  });

  it('cuts a long clause at a word, and keeps a note without a stop whole', () => {
    expect(lineageGist('Wire copy')).toBe('Wire copy');
    const long = lineageGist(`${'word '.repeat(40)}end.`, 30);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long.endsWith('word…')).toBe(true);
  });
});

describe('languageName, publishedDate, formatDate', () => {
  it('names languages in English and falls back to the tag', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('ru')).toBe('Russian');
    expect(languageName('qqq')).toBe('qqq');
  });

  it('reads a recorded ISO date only, never invents one', () => {
    expect(publishedDate({})).toBeNull();
    expect(publishedDate({ published: null })).toBeNull();
    expect(publishedDate({ published: 'Monday' })).toBeNull();
    expect(publishedDate({ published: '2022-01-10' })).toBe('2022-01-10');
    expect(formatDate('2022-01-10')).toBe('10 January 2022');
  });

  it('falls back to a saved page’s own date, and the editor’s date wins over it', () => {
    const page = { published: { value: '2022-01-10T14:05:00+00:00', source: 'json-ld' } };
    expect(publishedDate({ page })).toBe('2022-01-10T14:05:00+00:00');
    expect(publishedDate({ published: '2022-01-11', page })).toBe('2022-01-11');
    expect(publishedDate({ page: null })).toBeNull();
    expect(publishedDate({ page: { published: { value: 'yesterday', source: 'meta' } } })).toBeNull();
  });
});
