/**
 * A floor under the drafts' quality, so that a regression fails: against the editors' 69 claims
 * (the five real articles) and against the fixture events' expected claims. The figures here are
 * a little under what `npm run bench:draft-claims` measured when they were set; the README's
 * "Drafting claims for a new event" gives the measured ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftClaims } from '../../../src/lib/drafting/draftClaims.ts';
import { scoreDrafts, type ClaimToScore } from '../../../src/lib/drafting/scoreDrafts.ts';
import { defaultPaths, loadCorpus } from '../../../src/loaders/loadCorpus.ts';
import { eventArticles } from '../../../scripts/lib/eventArticles.ts';
import { projectRoot } from '../../helpers/tempProject.ts';

describe('draft quality floor', () => {
  it('against the editors’ claims: pair precision ≥ 0.85, pair recall ≥ 0.60, every editor quote covered, no unverbatim quote', async () => {
    const articles = await eventArticles(projectRoot);
    const corpus = await loadCorpus(defaultPaths(pathToFileURL(projectRoot)));
    const editors: ClaimToScore[] = corpus.verified.claims.map((c) => ({ id: c.id, mentions: c.mentions.map((m) => ({ article: m.article, quotes: m.quotes.map((q) => q.text) })) }));
    expect(editors).toHaveLength(69);
    const score = scoreDrafts(draftClaims(articles).claims, editors, new Map(articles.map((a) => [a.slug, a.passages])));
    expect(score.unverbatim).toEqual([]);
    expect(score.pairPrecision).toBeGreaterThanOrEqual(0.85);
    expect(score.pairRecall).toBeGreaterThanOrEqual(0.6);
    expect(score.quoteRecall).toBe(1);
  });

  const fixtures = path.join(projectRoot, 'tests/fixtures/draft-claims');
  it.each(readdirSync(fixtures).sort())('against the expected claims of the fixture event %s: precision ≥ 0.8, recall ≥ 0.6', async (name) => {
    const articles = await eventArticles(path.join(fixtures, name));
    const expected = (parse(readFileSync(path.join(fixtures, name, 'expected.yaml'), 'utf8')) as { claims: ClaimToScore[] }).claims;
    const score = scoreDrafts(draftClaims(articles).claims, expected, new Map(articles.map((a) => [a.slug, a.passages])));
    expect(score.unverbatim).toEqual([]);
    expect(score.pairPrecision).toBeGreaterThanOrEqual(0.8);
    expect(score.pairRecall).toBeGreaterThanOrEqual(0.6);
    expect(score.quoteRecall).toBe(1);
  });
});
