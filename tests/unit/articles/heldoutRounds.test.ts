/**
 * The held-out rounds (tests/fixtures/heldout/<round>/): files in the labelled set's format from
 * kinds of site the model was not developed on, each scored once before any change (README "The
 * labelled set"). Scored here as `npm run bench:ingest` scores them, round by round, never pooled
 * with the labelled set, with floors at what was measured, so that a change that does worse on
 * them fails. H1 was used for development after its first scoring; H2 was scored once, at the end,
 * and not tuned on.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultPaths, loadCorpus } from '../../../src/loaders/loadCorpus.ts';
import { heldoutRounds, labelledFiles, leaveOneSiteOut, parseLabelled, readLabelledFile, totalOf, unlabelledLines } from '../../../bench/labelledSet.ts';
import { accountedLines, nonBlankLines } from '../../helpers/corpus.ts';

const root = pathToFileURL(fileURLToPath(new URL('../../../', import.meta.url)));
const corpus = await loadCorpus(defaultPaths(root));

/** Measured floors per round: headlines right, chrome lines removed, article lines lost. */
const floors: Record<string, { files: number; headlines: number; chromeRemoved: number; linesLost: number }> = {
  // Before any change: headlines 6 / 8, chrome 121 / 147, 2 lines lost; after development on it: 8 / 8, 147 / 147, 0.
  h1: { files: 8, headlines: 8, chromeRemoved: 147, linesLost: 0 },
  // Written after the model was frozen and scored once, never tuned on: headlines 8 / 8, chrome 92 / 116, no line lost.
  // 91 since the rules that go by words keep a line inside the body as a doubt (review of the page
  // furniture rules): "Subscribe to our Zen channel" between paragraphs is now kept and listed.
  // 93 since a live page's bare entry times ("15:40") go by dateline (a probe outside the repository).
  h2: { files: 8, headlines: 8, chromeRemoved: 93, linesLost: 0 },
};

describe('held-out rounds', () => {
  const rounds = heldoutRounds();

  it('every round has a floor, and every round is here', () => {
    expect(rounds.map((r) => r.round)).toEqual(Object.keys(floors));
  });

  for (const { round, dir } of rounds) {
    const files = labelledFiles(dir).map(readLabelledFile);
    const scores = leaveOneSiteOut(files, corpus.verified.claims, corpus.aliases);
    const total = totalOf(scores);
    const floor = floors[round];

    it(`${round}: every line of every file is labelled, and every text line accounted for once`, () => {
      expect(files.length).toBe(floor?.files);
      for (const file of files) {
        // Every non-blank line is labelled as kept or removed.
        expect(unlabelledLines(file).map((row) => `${file.name}:${row.line} ${row.text}`)).toEqual([]);
        if (file.extension !== 'txt') continue;
        const parsed = parseLabelled(file, files.filter((other) => other !== file && other.expected.site === file.expected.site));
        expect(accountedLines(parsed)).toEqual(nonBlankLines(file.text).map(({ line, text }) => expect.objectContaining({ line, text })));
      }
    });

    it(`${round}: headlines, chrome and article lines at least as measured`, () => {
      expect(scores.filter((s) => s.headlineRight).length).toBeGreaterThanOrEqual(floor?.headlines ?? Infinity);
      expect(total.chromeRemoved).toBeGreaterThanOrEqual(floor?.chromeRemoved ?? Infinity);
      expect(total.linesLost).toBeLessThanOrEqual(floor?.linesLost ?? -1);
    });
  }
});
