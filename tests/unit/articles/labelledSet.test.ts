/**
 * The labelled set (tests/fixtures/labelled/): raw files in the style of many kinds of site, each
 * labelled by hand (expected parse, removed lines with their rules, figures, claims). The same
 * scoring as `npm run bench:ingest`, leave one site out, with floors a little under what the
 * cleaning reaches today, so that a change that makes it worse fails here. The suggestions and
 * figure relations are scored too (their floors guard the cleaning's effect on them).
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultPaths, loadCorpus } from '../../../src/loaders/loadCorpus.ts';
import { labelledFiles, leaveOneSiteOut, parseLabelled, readLabelledFile, totalOf, unlabelledLines } from '../../../bench/labelledSet.ts';
import { accountedLines, nonBlankLines } from '../../helpers/corpus.ts';

const root = pathToFileURL(fileURLToPath(new URL('../../../', import.meta.url)));
const corpus = await loadCorpus(defaultPaths(root));
const files = labelledFiles().map(readLabelledFile);
const scores = leaveOneSiteOut(files, corpus.verified.claims, corpus.aliases);
const total = totalOf(scores);
const kinds = ['press-agency', 'broadcaster', 'aggregator', 'blog', 'portal', 'regional', 'translation'];

describe('labelled set', () => {
  it('has at least 24 text files from at least 14 sites, of every kind, each fully labelled', () => {
    expect(total.byExtension.txt ?? 0).toBeGreaterThanOrEqual(24);
    expect(total.sites).toBeGreaterThanOrEqual(14);
    expect(new Set(files.map((file) => file.expected.kind))).toEqual(new Set(kinds));
    for (const file of files) {
      // Every non-blank line is labelled as kept or removed.
      expect(unlabelledLines(file).map((row) => `${file.name}:${row.line} ${row.text}`)).toEqual([]);
      expect(Object.keys(file.claims).length, file.name).toBeGreaterThan(0);
    }
  });

  it('accounts for every line of every text file exactly once (saved pages: labelledPages.test.ts)', () => {
    for (const file of files.filter((f) => f.extension === 'txt')) {
      const parsed = parseLabelled(file, files.filter((other) => other !== file && other.expected.site === file.expected.site));
      expect(accountedLines(parsed)).toEqual(nonBlankLines(file.text).map(({ line, text }) => expect.objectContaining({ line, text })));
    }
  });

  it('leave one site out: headlines, chrome and article lines at least as good as today', () => {
    // Reached on 54 files (48 text, 6 pages): headlines 100%, chrome recall 0.98 (515 / 524), no article line lost.
    expect(total.headlineAccuracy).toBeGreaterThanOrEqual(0.96);
    expect(total.chromeRecall).toBeGreaterThanOrEqual(0.97);
    expect(total.linesLost).toBe(0);
    // The rule names are the text rules'; the pages' labels give the page's own reasons.
    expect(totalOf(scores.filter((s) => s.extension === 'txt')).ruleAgreement).toBeGreaterThanOrEqual(0.75);
  });

  it('leave one site out: suggestions and figure relations at the issue\'s targets', () => {
    // Reached on 54 files: claim precision 0.89, recall 0.90, figure relations 97%.
    expect(total.suggestions.precision).toBeGreaterThanOrEqual(0.86);
    expect(total.suggestions.recall).toBeGreaterThanOrEqual(0.85);
    expect(total.figureRelationsRight).toBeGreaterThanOrEqual(0.96);
  });
});
