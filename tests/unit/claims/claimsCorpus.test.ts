/**
 * The editorial claims on the five real articles: coverage, pinned claim ids (permalinks), and
 * the divergences the data must produce.
 */
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { defaultPaths, loadCorpus } from '../../../src/loaders/loadCorpus.ts';
import { projectRoot } from '../../helpers/tempProject.ts';

const { articles, verified } = await loadCorpus(defaultPaths(pathToFileURL(projectRoot)));
const claim = (id: string) => {
  const found = verified.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};

/** Published permalinks: a claim may be added, never renamed or dropped silently. */
const pinnedClaimIds = [
  'almaty-transport-resumed-tension', 'belarus-2020-protests', 'china-security-cooperation', 'china-worried-instability',
  'colour-revolutions-meaning', 'counter-terrorism-operation-ending-soon', 'counter-terrorism-operations-continuing-almaty',
  'csto-equipment', 'csto-sent-at-kazakh-request', 'csto-troop-strength', 'csto-video-summit', 'day-of-mourning',
  'death-toll-includes-security-forces', 'deaths-almaty', 'deaths-children', 'deaths-nationwide', 'deaths-security-forces',
  'detentions-total', 'economic-losses', 'evidence-to-international-community', 'extremists-at-home-and-abroad',
  'extremists-joined-seized-weapons', 'foreign-agents-drafted-plot', 'foreign-militants-involved', 'hybrid-terrorist-attack',
  'internet-restored', 'islamic-extremists-participated', 'maidan-square', 'militants-exploited-protests',
  'most-severe-in-almaty', 'nazarbayev-age-and-rule', 'never-fire-on-peaceful-demonstrators', 'order-restored',
  'ordinary-kazakhs-genuine-anger', 'pakistani-tablighis-afghan-radicals', 'presidents-hint-united-states',
  'protests-began-over-fuel-prices', 'protests-escalated-nationwide', 'putin-colour-revolutions', 'putin-destructive-forces',
  'putin-foreign-trained-armed-groups', 'putin-maidan-technologies', 'putin-meddling-from-abroad', 'putin-terrorism',
  'radicals-infiltrated-via-kyrgyzstan', 'russian-troops-prevented-takeover', 'shoot-to-kill-order',
  'situation-stabilized-under-control', 'spokesperson-internal-external-conspiracy', 'state-of-emergency-declared',
  'state-of-emergency-still-in-place', 'threat-sources-blocked-offices-recaptured', 'tokayev-almaty-main-blow',
  'tokayev-attempted-coup', 'tokayev-coup-defeated', 'tokayev-defends-invitation', 'tokayev-goal-seize-power',
  'tokayev-guise-of-spontaneous-protests', 'tokayev-michel-call', 'tokayev-protesters-terrorists', 'troops-withdraw-after-mission',
  'ukraine-2014-casualties', 'ukraine-2014-overthrow', 'ukraine-security-talks', 'unrest-entered-stabilisation-phase',
  'unrest-planned-in-advance', 'us-criticised-shoot-to-kill', 'worst-unrest-since-independence', 'xinjiang-border-length',
];

describe('claims on the five articles', () => {
  it('has at least 40 claims, every pinned id still present', () => {
    expect(verified.claims.length).toBeGreaterThanOrEqual(40);
    const ids = verified.claims.map((c) => c.id);
    expect(ids.filter((id) => !pinnedClaimIds.includes(id))).toEqual([]); // new claims: pin them here
    expect(pinnedClaimIds.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('covers every topic the editors must cover', () => {
    const topics = new Set(verified.claims.map((c) => c.topic));
    for (const topic of [
      'casualties', 'detentions', 'troops', 'characterisation', 'foreign-involvement', 'promises', 'orders', 'outages',
      'international-reaction', 'history', 'economy', 'emergency-measures', 'origins',
    ]) {
      expect(topics).toContain(topic);
    }
  });

  it('every article makes claims, and every quote resolves to one of its paragraphs', () => {
    for (const { meta, parsed } of articles) {
      const paragraphs = new Map(parsed.sections.flatMap((s) => s.paragraphs).map((p) => [p.id, p.text]));
      const mentions = verified.claims.flatMap((c) => c.mentions).filter((m) => m.article === meta.slug);
      expect(mentions.length).toBeGreaterThan(10);
      for (const quote of mentions.flatMap((m) => m.quotes)) {
        const text = paragraphs.get(quote.paragraph) ?? '';
        expect(text.slice(quote.start, quote.end).replace(/\s+/g, ' ')).toBe(quote.text.replace(/\s+/g, ' ').trim());
      }
    }
  });

  it('groups the translations of Tokayev’s "attempted coup" under one claim, one mention per article', () => {
    expect(claim('tokayev-attempted-coup').mentions.map((m) => m.article)).toEqual(articles.map((a) => a.meta.slug));
  });

  it('computes the troop-count divergence: 2,030 (Tokayev, Asume Tech) vs 2,500 (News Directory 3)', () => {
    const troops = claim('csto-troop-strength');
    expect(troops.divergent).toBe(true);
    expect(troops.differences.find((d) => d.field === 'figure')?.values).toEqual([
      { article: 'asumetech-kazakhstan-speaks-of-a-coup', value: '2,030' },
      { article: 'newsdirectory3-two-coup-attempts', value: '2,500' },
    ]);
  });

  it('computes who gave the death toll: the outlet itself or the health ministry', () => {
    const deaths = claim('deaths-nationwide');
    expect(deaths.divergent).toBe(true);
    expect(deaths.differences.map((d) => d.field)).toEqual(['source']);
    expect(deaths.mentions.map((m) => m.figure)).toEqual([164, 164, 164]);
  });

  it('same facts in different words are not divergent', () => {
    expect(claim('detentions-total').divergent).toBe(false);
    expect(claim('tokayev-attempted-coup').divergent).toBe(false);
  });

  it('every digit number in the texts is quoted, except the one marked not a claim', () => {
    const excused = Object.values(verified.numbers).flatMap((n) => n.excused.map((e) => `${e.article}#${e.paragraph}:${e.number}`));
    expect(excused).toEqual(['newsdirectory3-two-coup-attempts#p-16:24']);
    expect(Object.values(verified.numbers).flatMap((n) => n.uncovered)).toEqual([]);
  });
});
