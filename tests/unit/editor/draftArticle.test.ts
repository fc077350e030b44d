import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { appendMetadataEntry, draftEntry, labelFromTitle, slugFromTitle } from '../../../src/lib/editor/draftArticle.ts';
import { parseArticleMetadata } from '../../../src/lib/articles/articleMetadata.ts';
import { suggestionsFile } from '../../../src/lib/editor/suggestionsFile.ts';
import { suggestClaims, type ClaimToMatch } from '../../../src/lib/editor/claimSuggestions.ts';
import { claimsFileSchema } from '../../../src/lib/claims/claimsData.ts';

describe('slugFromTitle', () => {
  it.each([
    ["Kazakh leader says coup attempt defeated; Putin vows no 'colour revolutions'", 'kazakh-leader-says-coup-attempt-defeated-putin-vows'],
    ['Tokáyev’s “coup” claim', 'tokayevs-coup-claim'],
    ['CSTO: 2,030 troops', 'csto-2030-troops'],
    ['Антитеррористическая операция', null],
    ['A'.repeat(80), null],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('cuts between words at 60 characters', () => {
    const slug = slugFromTitle('Extraordinarily long words everywhere throughout international broadcasting');
    expect(slug).toBe('extraordinarily-long-words-everywhere-throughout');
    expect((slug ?? '').length).toBeLessThanOrEqual(60);
  });
});

describe('labelFromTitle', () => {
  it('keeps the first words within 24 characters, with an ellipsis when cut', () => {
    expect(labelFromTitle('Kazakh leader says coup attempt defeated')).toBe('Kazakh leader says coup…');
    expect(labelFromTitle('Short title')).toBe('Short title');
    expect(labelFromTitle('Supercalifragilisticexpialidocious')).toBe('Supercalifragilisticexp…');
    for (const title of ['Kazakh leader says coup attempt defeated', 'Supercalifragilisticexpialidocious']) {
      expect(labelFromTitle(title).length).toBeLessThanOrEqual(24);
    }
  });
});

describe('draftEntry and appendMetadataEntry', () => {
  const entry = draftEntry({ file: 'new.txt', slug: 'new-article', title: 'New article', sourceName: 'raw page.txt', date: '2026-11-22' });

  it('is a valid unattributed draft that says what is not yet known', () => {
    expect(entry).toMatchObject({
      file: 'new.txt',
      slug: 'new-article',
      label: 'New article',
      outlet: 'unattributed',
      attribution: 'unattributed',
      foundAt: null,
      status: 'draft',
      language: 'en',
      overrides: {},
    });
    expect(entry.evidence).toBe('None recorded yet: added from "raw page.txt" with npm run add-article on 2026-11-22.');
  });

  it('records a title given for a file without a headline as an override with its reason', () => {
    const titled = draftEntry({ file: 'x.txt', slug: 'x', title: 'ignored', sourceName: 'x.txt', date: '2026-11-22', titleOverride: 'Given title' });
    expect(titled.overrides.title?.text).toBe('Given title');
    expect(titled.label).toBe('Given title');
  });

  it('appends to articles.yaml without touching what is there, and the result parses', () => {
    const before = readFileSync(new URL('../../../content/articles/articles.yaml', import.meta.url), 'utf8');
    const after = appendMetadataEntry(before, entry);
    expect(after.startsWith(before)).toBe(true);
    const files = (parse(before) as Array<{ file: string }>).map((e) => e.file);
    const parsed = parseArticleMetadata(after, 'articles.yaml', [...files, 'new.txt']);
    expect(parsed.at(-1)).toEqual(entry);
    expect(parsed.slice(0, -1).every((e) => e.status === 'reviewed')).toBe(true);
  });

  it('adds the line break a file without a final newline lacks', () => {
    expect(appendMetadataEntry('- file: a.txt', entry)).toMatch(/^- file: a\.txt\n\n- file: new\.txt\n/u);
  });
});

describe('suggestionsFile', () => {
  const claim: ClaimToMatch & { file: string } = {
    id: 'detentions-total',
    statement: "Kazakhstan's interior ministry said 7,939 people had been detained across the country.",
    speaker: "Kazakhstan's interior ministry",
    figure: { value: 7939, unit: 'people detained' },
    mentions: [{ attributedTo: "Kazakhstan's interior ministry", figure: 7939, quotes: [{ text: '7,939 people had been detained' }] }],
    file: 'content/claims/detentions.yaml',
  };
  const passages = [
    { id: 'p-1', text: 'The interior ministry said 7,939 people had been detained across the country.' },
    { id: 'p-2', text: 'Snow fell on Almaty.' },
  ];
  const text = suggestionsFile('new-article', suggestClaims(passages, [claim]), [claim], 0.3);
  const doc = parse(text) as {
    claims: Array<{ claim: string; file: string; sentences: Array<{ mention: Record<string, unknown> }> }>;
    newClaimCandidates: unknown[];
  };

  it('starts with how to use it, and gives each suggestion as a mention the claims schema accepts', () => {
    expect(text).toMatch(/^# Claim suggestions for the draft article new-article/u);
    expect(text).toContain('Nothing in this file is used by the build');
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]).toMatchObject({ claim: 'detentions-total', file: 'content/claims/detentions.yaml' });
    const mention = doc.claims[0]?.sentences[0]?.mention;
    expect(mention).toEqual({
      article: 'new-article',
      voice: 'attributed',
      attributedTo: "Kazakhstan's interior ministry",
      figure: 7939,
      quotes: ['The interior ministry said 7,939 people had been detained across the country.'],
    });
    // Pasted into a claims file, it validates.
    const pasted = { topic: 'detentions', claims: [{ id: 'x', statement: 's', speaker: 'p', mentions: [mention] }] };
    expect(claimsFileSchema.safeParse(pasted).success).toBe(true);
    expect(doc.newClaimCandidates).toEqual([{ paragraph: 'p-2', sentence: 'Snow fell on Almaty.' }]);
  });
});
