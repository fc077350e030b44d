import { describe, expect, it } from 'vitest';
import { articleBodyHtml, type Highlight } from '../../../src/lib/articles/renderArticleBody.ts';
import type { Section } from '../../../src/lib/articles/parseArticle.ts';
import { articlePassages, passageSummary, quoteKind } from '../../../src/lib/claims/passageLayout.ts';

const sections: Section[] = [
  {
    id: 'intro',
    heading: null,
    paragraphs: [
      { id: 'p-1', line: 3, text: 'The CSTO sent 2,030 soldiers <b>to</b> Almaty.' },
      { id: 'p-2', line: 5, text: 'Tokayev spoke of a coup.' },
    ],
  },
  { id: 'the-summit', heading: { line: 7, text: 'The summit' }, paragraphs: [{ id: 'p-3', line: 9, text: 'Putin spoke too.' }] },
];

const hl = (start: number, end: number, claim: string, number: number): Highlight => ({ start, end, claim, number, anchor: `q-${claim}` });
const highlights = new Map([
  ['p-1', [hl(4, 28, 'troops', 1)]],
  ['p-2', [hl(0, 7, 'coup', 2)]],
  ['p-3', [hl(0, 5, 'putin', 3)]],
]);
const kinds = new Map([
  ['troops', 'different'],
  ['coup', 'same'],
  ['putin', 'only-here'],
] as const);

describe('quoteKind', () => {
  it('is different when any other source differs, same when one agrees and none differs, else only here', () => {
    expect(quoteKind([{ status: 'same' }, { status: 'different' }])).toBe('different');
    expect(quoteKind([{ status: 'not-reported' }, { status: 'same' }])).toBe('same');
    expect(quoteKind([{ status: 'not-reported' }])).toBe('only-here');
    expect(quoteKind([])).toBe('only-here');
  });
});

describe('passageSummary', () => {
  it('folds a paragraph’s claims into one line', () => {
    expect(passageSummary(['same', 'different', 'same'])).toBe('3 claims: 2 same, 1 different');
    expect(passageSummary(['only-here'])).toBe('1 claim: only here');
    expect(passageSummary(['different', 'only-here'])).toBe('2 claims: 1 different, 1 only here');
  });
});

describe('articlePassages', () => {
  const passages = articlePassages(sections, highlights, new Map(kinds));

  it('renders each paragraph as the article body does, with a kind class on its marks in place of their data-claim', () => {
    const body = articleBodyHtml(sections, highlights);
    const joined = passages.map((s) => s.headingHtml + s.paragraphs.map((p) => p.html).join('')).join('');
    const unclassed = joined.replace(/ quote-(?:same|different|only-here)/gu, '');
    // The body's section wrappers and the marks' claim attributes aside, the text is the renderer's, byte for byte.
    expect(body).toContain(' data-claim="troops"');
    expect(unclassed).toBe(body.replace(/<\/?section[^>]*>/gu, '').replace(/ data-claim="[^"]*"/gu, ''));
    expect(joined).not.toContain('data-claim');
    expect(passages[0]?.paragraphs[0]?.html).toContain('<mark class="quote quote-different" id="q-troops">');
    expect(passages[0]?.paragraphs[0]?.html).toContain('&#x3C;b>to&#x3C;/b>');
    expect(passages[0]?.paragraphs[1]?.html).toContain('class="quote quote-same"');
    expect(passages[1]?.paragraphs[0]?.html).toContain('class="quote quote-only-here"');
  });

  it('keeps the section ids: the intro by id, a subhead’s section labelled by its heading', () => {
    expect(passages.map(({ id, labelledBy }) => ({ id, labelledBy }))).toEqual([
      { id: 'intro', labelledBy: null },
      { id: null, labelledBy: 'the-summit' },
    ]);
    expect(passages[1]?.headingHtml).toContain('<h2 id="the-summit" dir="auto">The summit</h2>');
    expect(passages.flatMap((s) => s.paragraphs.map((p) => p.id))).toEqual(['p-1', 'p-2', 'p-3']);
  });
});
