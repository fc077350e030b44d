/**
 * The drafts of small events written here, and of the five real articles: figure grouping and
 * divergence, ranking, deterministic output, and quotes that pass the build's own checks.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseClaimsFile } from '../../../src/lib/claims/claimsData.ts';
import { locateQuote } from '../../../src/lib/claims/locateQuote.ts';
import { verifyClaims } from '../../../src/lib/claims/verifyClaims.ts';
import { draftClaims, statementFrom, type EventArticle } from '../../../src/lib/drafting/draftClaims.ts';
import { draftsFile, summarise } from '../../../src/lib/drafting/draftsFile.ts';
import { eventArticles } from '../../../scripts/lib/eventArticles.ts';
import { projectRoot } from '../../helpers/tempProject.ts';

const event = (...articles: Array<[string, ...string[]]>): EventArticle[] =>
  articles.map(([slug, ...paragraphs]) => ({ slug, passages: paragraphs.map((text, i) => ({ id: `p-${i + 1}`, text })) }));

const troops = event(
  ['wire', 'The alliance mission includes 2,030 soldiers and 250 armoured vehicles, the defence ministry said.', 'Shops in the capital reopened on Tuesday.'],
  ['daily', 'The alliance sent 2,500 peacekeepers and armoured vehicles to the region, the defence ministry said.', 'Flights from the main airport resumed on Monday.'],
  ['post', 'Residents queued for bread outside the market.'],
);

describe('draftClaims', () => {
  it('groups two counts of one force, gives the figure and its unit, and marks them divergent', () => {
    const { claims } = draftClaims(troops);
    const [first] = claims;
    expect(first?.mentions.map((m) => [m.article, m.figure, m.attributedTo])).toEqual([
      ['wire', 2030, 'Defence ministry'],
      ['daily', 2500, 'Defence ministry'],
    ]);
    expect(first?.figure).toEqual({ value: 2030, unit: 'soldiers' });
    expect(first?.divergences).toEqual(['figure']);
    expect(first?.speaker).toBe('Defence ministry');
  });

  it('drafts single-article assertions too, ranked below the groups', () => {
    const { claims } = draftClaims(troops);
    expect(claims.map((c) => c.mentions.length)).toEqual([2, 1, 1, 1]);
    expect(claims.slice(1).map((c) => c.mentions[0]?.quotes[0])).toEqual([
      'Shops in the capital reopened on Tuesday.',
      'Flights from the main airport resumed on Monday.',
      'Residents queued for bread outside the market.',
    ]);
  });

  it('takes a statement from the clearest passage, without the attribution tail', () => {
    expect(statementFrom('“We are talking about an attempted coup,” Tokayev said.')).toBe('We are talking about an attempted coup.');
    expect(statementFrom('the situation has stabilized and is under control')).toBe('The situation has stabilized and is under control.');
  });
});

describe('drafts of the five real articles', async () => {
  const articles = await eventArticles(projectRoot);
  const drafts = draftClaims(articles);
  const text = draftsFile(drafts, summarise(drafts, 'default', articles.length, 0));

  it('are byte-identical on a second run', () => {
    const again = draftClaims(articles);
    expect(draftsFile(again, summarise(again, 'default', articles.length, 0))).toBe(text);
  });

  it('quote every passage verbatim, as the build locates quotes', () => {
    const passages = new Map(articles.map((a) => [a.slug, a.passages]));
    const quotes = drafts.claims.flatMap((c) => c.mentions.flatMap((m) => m.quotes.map((q) => [m.article, q] as const)));
    expect(quotes.length).toBeGreaterThan(100);
    expect(quotes.filter(([article, quote]) => locateQuote(quote, passages.get(article) ?? []) === null)).toEqual([]);
  });

  it('write a claims file the build accepts: schema, quotes and every number covered', () => {
    const file = parseClaimsFile(text, 'content/claims/drafts.yaml');
    expect(file.claims.every((claim) => claim.status === 'draft')).toBe(true);
    const verified = verifyClaims([file], articles.map((a) => ({ id: a.slug, passages: a.passages })), null);
    expect(verified.claims).toHaveLength(drafts.claims.length);
    expect(Object.values(verified.numbers).flatMap((n) => n.uncovered)).toEqual([]);
    expect(new Set(verified.claims.map((c) => c.topic)).has('drafts')).toBe(false);
  });

  it('draft the dek too, as the build locates quotes: paragraphs first, then dek lines (dek-N)', () => {
    const file = parseClaimsFile(text, 'content/claims/drafts.yaml');
    // The build's split: the paragraphs as passages, the dek lines apart (loadCorpus).
    const split = articles.map((a) => ({
      id: a.slug,
      passages: a.passages.filter((p) => p.id.startsWith('p-')),
      dek: a.passages.filter((p) => p.id.startsWith('dek-')),
    }));
    expect(split.some((a) => a.dek.length > 0)).toBe(true);
    const verified = verifyClaims([file], split, null);
    expect(Object.values(verified.numbers).flatMap((n) => n.uncovered)).toEqual([]);
    const dekQuotes = verified.claims.flatMap((c) => c.mentions.flatMap((m) => m.quotes.filter((q) => q.paragraph.startsWith('dek-'))));
    expect(dekQuotes.length).toBeGreaterThan(0);
  });

  it('rank groups by the number of articles they span', () => {
    const spans = drafts.claims.map((c) => c.mentions.length);
    expect([...spans].sort((a, b) => b - a)).toEqual(spans);
    expect(spans[0]).toBe(5);
  });

  it('comment each claim for the editor', () => {
    const first = (parse(text) as { claims: Array<{ id: string }> }).claims[0];
    expect(text).toContain(`# 5 articles; key words:`);
    expect(text).toMatch(/# statement taken from [a-z0-9-]+ p-\d+: rewrite it neutrally/u);
    expect(first?.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });
});
