import { describe, expect, it } from 'vitest';
import { claimAuthor, claimLd, newsArticleLd, speakerType } from '../../../src/lib/claims/structuredData.ts';

const article = {
  url: 'https://example.org/articles/a/',
  headline: 'Headline',
  description: 'Lead.',
  publisher: 'Example News',
  foundAt: null,
  language: 'ru',
  wordCount: 300,
};

describe('newsArticleLd', () => {
  it('has no datePublished when the date is not known, and the recorded one when it is', () => {
    expect(newsArticleLd({ ...article, datePublished: null })).not.toHaveProperty('datePublished');
    expect(newsArticleLd({ ...article, datePublished: '2022-01-11' })).toMatchObject({ datePublished: '2022-01-11', inLanguage: 'ru' });
  });

  it('is about its event: a day, or a range with its end', () => {
    expect(newsArticleLd({ ...article, datePublished: null, event: { name: 'Summit', startDate: '2022-01-10', endDate: '2022-01-10' } })['about']).toEqual({ '@type': 'Event', name: 'Summit', startDate: '2022-01-10' });
    expect(newsArticleLd({ ...article, datePublished: null, event: { name: 'Flood', startDate: '2025-09-02', endDate: '2025-09-05' } })['about']).toEqual({ '@type': 'Event', name: 'Flood', startDate: '2025-09-02', endDate: '2025-09-05' });
    expect(newsArticleLd({ ...article, datePublished: null })).not.toHaveProperty('about');
  });
});

describe('claim authors', () => {
  it('are a Person or an Organization', () => {
    expect(speakerType('Kassym-Jomart Tokayev')).toBe('Person');
    expect(speakerType("Kazakhstan's health ministry")).toBe('Organization');
    expect(speakerType('Kazakh authorities')).toBe('Organization');
    expect(speakerType('Interfax')).toBe('Organization');
    expect(speakerType('Kazakh government spokesperson')).toBe('Person');
    expect(speakerType('Russian security officials')).toBe('Person');
  });

  it('for a claim in the outlet’s own voice, are the outlets that state it', () => {
    expect(claimAuthor('the outlet', ['a.com'])).toEqual({ '@type': 'Organization', name: 'a.com' });
    expect(claimAuthor('the outlet', ['a.com', 'b.com'])).toEqual([
      { '@type': 'Organization', name: 'a.com' },
      { '@type': 'Organization', name: 'b.com' },
    ]);
  });

  it('name each of two speakers', () => {
    expect(claimAuthor('Kassym-Jomart Tokayev and Vladimir Putin', [])).toEqual([
      { '@type': 'Person', name: 'Kassym-Jomart Tokayev' },
      { '@type': 'Person', name: 'Vladimir Putin' },
    ]);
  });

  it('never a Thing', () => {
    const ld = claimLd({ url: 'u', statement: 's', speaker: 'Wang Yi', outlets: [], appearances: [] });
    expect(ld['author']).toEqual({ '@type': 'Person', name: 'Wang Yi' });
    expect(JSON.stringify(ld)).not.toContain('Thing');
  });
});
