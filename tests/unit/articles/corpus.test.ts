/**
 * The five raw articles, parsed: titles, deks, section ids, paragraph counts and removed lines are
 * pinned here. These ids are public links; a change that moves one must fail this test.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { accountedLines, articlesDir, loadCorpus, nonBlankLines } from '../../helpers/corpus.ts';

const corpus = loadCorpus();
const bySlug = new Map(corpus.map((article) => [article.meta.slug, article]));

interface Expected {
  file: string;
  title: string;
  titleLine: number | null;
  dek: string[];
  sections: string[];
  paragraphs: number;
  /** line → rule */
  removed: Record<number, string>;
}

const expected: Record<string, Expected> = {
  'worldwarthird-foreign-interference': {
    file: '000_e850eae5892fedc2.txt',
    title: 'Foreign interference behind attempted coup in Kazakhstan allege Kazakh and Russian presidents',
    titleLine: 1,
    dek: [],
    sections: ['intro', 'pakistani-and-afghan-radicals-fueled-the-riots'],
    paragraphs: 6,
    removed: {
      3: 'repeated-caption',
      9: 'repeated-caption',
      17: 'repeated-caption',
      23: 'language-editions',
      25: 'comment-form',
    },
  },
  'asumetech-kazakhstan-speaks-of-a-coup': {
    file: '001_7109ccddf67815c9.txt',
    title: 'Kazakhstan speaks of a “coup” and Putin: we will not allow revolutions in the region',
    titleLine: 3,
    dek: [],
    sections: ['intro'],
    paragraphs: 12,
    removed: { 1: 'breadcrumb', 30: 'read-more', 33: 'site-chrome' },
  },
  'sputnik-copy-blog-repost': {
    file: '002_1da12e83afc5f8cf.txt',
    title: 'Tokayev tells CSTO summit the unrest was an attempted coup; Putin cites “Maidan technologies”',
    titleLine: null,
    dek: [],
    sections: ['intro'],
    paragraphs: 10,
    removed: { 1: 'outlet-label', 12: 'comment-form', 13: 'comment-form' },
  },
  'newsdirectory3-two-coup-attempts': {
    file: '003_5c0e006fbbd7d074.txt',
    title: 'Stabilization of Kazakh protests… Two Comprehensive Coup Attempts by Tokaev Armed Rebels',
    titleLine: 1,
    dek: [
      '“Central Asia/Afghanistan/Middle East combatant intervention”… Authorities “block the source of the terrorist threat”',
      'Putin: Ukrainian government applied technology during the regime change revolution…Withdrawal from peacekeeping missions',
    ],
    sections: ['intro'],
    paragraphs: 28,
    removed: {
      38: 'repeated-caption',
      64: 'repeated-caption',
      66: 'wire-signoff',
      69: 'comment-form',
      71: 'comment-form',
      76: 'after-comment-form',
      78: 'read-more',
    },
  },
  'trixabia-attempted-coup-unsuccessful': {
    file: '004_2a6a73dade66118b.txt',
    title: 'Kazakh President Says Attempted “Coup” Unsuccessful as Putin Vows to Stop “Color Revolutions”',
    titleLine: 1,
    dek: [],
    sections: ['intro'],
    paragraphs: 22,
    removed: { 47: 'comment-form' },
  },
};

describe('the five articles', () => {
  it('are byte-identical to the files received (size and sha256 pinned)', () => {
    const received: Record<string, [number, string]> = {
      '000_e850eae5892fedc2.txt': [2881, '2160894de433f230ad181e3b69675dd05a57839a29568385955dcd849a325d87'],
      '001_7109ccddf67815c9.txt': [2685, 'd3d42460c79c8dde293265f0003d4a7f990f69d81247bd007f0a9e4a542ccb31'],
      '002_1da12e83afc5f8cf.txt': [2808, '541ce7b200f56a73e6a555f6f0c24fee4b6f499107dcd886d9e4812ed4c2c6ec'],
      '003_5c0e006fbbd7d074.txt': [6016, '2bfee528e2e15841c3eac42afd3187b0e1c4fe60c52d27c86f91a13c41727486'],
      '004_2a6a73dade66118b.txt': [4775, '8f968cce77c408b001958b5865d55f984c1740a1bea92040eb6ba7e920625fa7'],
    };
    for (const { meta, raw } of corpus) {
      const bytes = readFileSync(`${articlesDir}${meta.file}`);
      expect([bytes.length, createHash('sha256').update(bytes).digest('hex')]).toEqual(received[meta.file]);
      expect(raw.length).toBeGreaterThan(0);
    }
  });

  it('are exactly the expected files and slugs', () => {
    expect(corpus.map((a) => [a.meta.file, a.meta.slug])).toEqual(
      Object.entries(expected).map(([slug, e]) => [e.file, slug]).sort(),
    );
  });

  for (const [slug, e] of Object.entries(expected)) {
    describe(slug, () => {
      const article = bySlug.get(slug);
      if (!article) throw new Error(`missing ${slug}`);
      const { parsed, raw } = article;

      it('has the expected title', () => {
        expect(parsed.title.text).toBe(e.title);
        expect(parsed.title.line).toBe(e.titleLine);
      });

      it('has the expected dek', () => {
        expect(parsed.dek.map((line) => line.text)).toEqual(e.dek);
      });

      it('has the pinned section ids', () => {
        expect(parsed.sections.map((section) => section.id)).toEqual(e.sections);
      });

      it('has the pinned paragraph ids p-1…p-N in reading order', () => {
        const ids = parsed.sections.flatMap((section) => section.paragraphs.map((p) => p.id));
        expect(ids).toEqual(Array.from({ length: e.paragraphs }, (_, i) => `p-${i + 1}`));
      });

      it('removes exactly the expected lines, each with its rule and a reason', () => {
        expect(Object.fromEntries(parsed.removed.map((r) => [r.line, r.rule]))).toEqual(
          Object.fromEntries(Object.entries(e.removed).map(([line, rule]) => [Number(line), rule])),
        );
        for (const line of parsed.removed) expect(line.reason.length).toBeGreaterThan(10);
      });

      it('accounts for every non-blank line exactly once', () => {
        expect(accountedLines(parsed)).toEqual(nonBlankLines(raw).map(({ line, text }) => expect.objectContaining({ line, text })));
      });
    });
  }

  it('keeps the genuine subhead of worldwarthird and drops its repeated caption', () => {
    const parsed = bySlug.get('worldwarthird-foreign-interference')?.parsed;
    expect(parsed?.sections[1]?.heading?.text).toBe('Pakistani and Afghan radicals fueled the riots');
    expect(parsed?.sections[1]?.paragraphs.map((p) => p.id)).toEqual(['p-5', 'p-6']);
  });

  it('drops the Newsis teaser after the comment form', () => {
    const removed = bySlug.get('newsdirectory3-two-coup-attempts')?.parsed.removed.find((r) => r.line === 76);
    expect(removed?.text.startsWith('[서울=뉴시스] Reporter Yang So-ri')).toBe(true);
  });
});
