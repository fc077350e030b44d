/**
 * npm run bench:ingest — how well raw files from unseen sites come in, leave one site out:
 * headline accuracy, chrome recall (expected-removed lines removed), article lines lost (expected
 * kept lines removed) per 20 files, claim-suggestion precision and recall, and figure relations
 * right (see bench/labelledSet.ts).
 *
 * It prints, separately:
 * - the labelled set (tests/fixtures/labelled/), which the model was developed on, beside the
 *   cleaning before the structural model (bench/ingest-before.json, measured on main's cleaning);
 * - each held-out round (tests/fixtures/heldout/<round>/), files kept out of the labelled set,
 *   clearly labelled as held out, with its first score (bench/heldout-first.json: taken before any
 *   change the round could have prompted);
 * then every miss per file. `--set=<folder>` scores one folder of labelled files instead (a new
 * round before anything is changed, say). Writes bench-results/ingest.json (git-ignored).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultPaths, loadCorpus } from '../src/loaders/loadCorpus.ts';
import { heldoutRounds, labelledDir, labelledFiles, leaveOneSiteOut, readLabelledFile, totalOf, type FileScore, type SetScore } from './labelledSet.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const corpus = await loadCorpus(defaultPaths(pathToFileURL(root)));
const setArg = process.argv.find((arg) => arg.startsWith('--set='))?.slice('--set='.length);
const recordBefore = process.argv.includes('--record-before');
const beforeFile = path.join(root, 'bench/ingest-before.json');

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(2);
const rows: Array<[string, (s: SetScore) => string, string]> = [
  ['headline accuracy', (s) => `${pct(s.headlineAccuracy)} (${Math.round(s.headlineAccuracy * s.files)} / ${s.files})`, '≥ 95%'],
  ['chrome recall (removed / expected removed)', (s) => `${num(s.chromeRecall)} (${s.chromeRemoved} / ${s.chromeExpected})`, '≥ 0.90'],
  ['chrome removed by the expected rule', (s) => num(s.ruleAgreement), ''],
  ['chrome kept, of it listed as suspects', (s) => (s.chromeKept === undefined ? '–' : `${s.chromeKept}, ${s.chromeKeptFlagged}`), ''],
  ['article lines lost (total)', (s) => String(s.linesLost), ''],
  ['article lines lost per 20 files', (s) => num(s.linesLostPer20Files), '≤ 1'],
  ['suggestion precision (claims)', (s) => num(s.suggestions.precision), '≥ 0.85'],
  ['suggestion recall (claims)', (s) => num(s.suggestions.recall), '≥ 0.85'],
  ['suggestion sentence precision', (s) => num(s.suggestions.sentencePrecision), ''],
  ['figure relations right', (s) => `${pct(s.figureRelationsRight)} (${s.figuresExpected} labelled, ${s.figuresSpurious} spurious)`, '≥ 95%'],
];

function table(total: SetScore, before: SetScore | null): string[] {
  const withBefore = before !== null;
  return [
    withBefore ? '| measure | before | now | target |' : '| measure | now | target |',
    withBefore ? '|---|---:|---:|---|' : '|---|---:|---|',
    ...rows.map(([label, show, target]) => (withBefore ? `| ${label} | ${safe(show, before)} | ${show(total)} | ${target} |` : `| ${label} | ${show(total)} | ${target} |`)),
  ];
}

/** An older before file lacks the counts added later: show what it has. */
function safe(show: (s: SetScore) => string, s: SetScore): string {
  try {
    return show(s).replace(/ \(undefined \/ undefined\)/, '');
  } catch {
    return '–';
  }
}

function misses(scores: readonly FileScore[]): string[] {
  const lines: string[] = [];
  for (const s of scores) {
    const problems = [
      ...(s.headlineRight ? [] : [`  headline: ${s.headline}`]),
      ...s.missed.map((text) => `  chrome kept: ${text}`),
      ...s.lost.map((text) => `  text lost: ${text}`),
      ...(s.suggestions?.falseClaims.length ? [`  false claims: ${s.suggestions.falseClaims.join(', ')}`] : []),
      ...(s.suggestions?.missedClaims.length ? [`  missed claims: ${s.suggestions.missedClaims.join(', ')}`] : []),
      ...s.figuresWrong.map((text) => `  figure wrong: ${text}`),
      ...s.figuresSpurious.map((text) => `  figure spurious: ${text}`),
    ];
    lines.push(`${s.name} (${s.site}): ${s.removedRight}/${s.expectedRemoved} chrome removed, ${s.lost.length} lost${problems.length ? '' : ', all right'}`, ...problems);
  }
  return lines;
}

function scoreFolder(dir: string): { scores: FileScore[]; total: SetScore } {
  const scores = leaveOneSiteOut(labelledFiles(dir).map(readLabelledFile), corpus.verified.claims, corpus.aliases);
  return { scores, total: totalOf(scores) };
}

const describe = (total: SetScore) => `${total.files} files (${Object.entries(total.byExtension).map(([ext, n]) => `${n} .${ext}`).join(', ')}), ${total.sites} sites`;
const out: string[] = [];
const results: Record<string, { total: SetScore; scores: FileScore[] }> = {};

if (setArg) {
  const dir = path.resolve(setArg);
  const { scores, total } = scoreFolder(dir);
  out.push(`Folder ${path.relative(root, dir)}: ${describe(total)}; leave one site out.`, '', ...table(total, null), '', ...misses(scores));
  results[path.relative(root, dir)] = { total, scores };
} else {
  const labelled = scoreFolder(labelledDir);
  const before = recordBefore ? null : (JSON.parse(readFileSync(beforeFile, 'utf8')) as SetScore);
  out.push(`Labelled set (developed on): ${describe(labelled.total)}; leave one site out.`, '', ...table(labelled.total, before), '');
  results.labelled = labelled;
  const rounds = heldoutRounds().map(({ round, dir }) => ({ round, ...scoreFolder(dir) }));
  const firstScores = JSON.parse(readFileSync(path.join(root, 'bench/heldout-first.json'), 'utf8')) as Record<string, { scored: string; headlines: string; chrome: string; linesLost: number }>;
  for (const { round, total, scores } of rounds) {
    const first = firstScores[round];
    out.push(
      `HELD OUT round ${round} (tests/fixtures/heldout/${round}/, not in the labelled set): ${describe(total)}; leave one site out.`,
      first ? `First score (${first.scored}): headlines ${first.headlines}, chrome ${first.chrome}, article lines lost ${first.linesLost}.` : 'First score: not recorded in bench/heldout-first.json.',
      '',
      ...table(total, null),
      '',
    );
    results[`heldout/${round}`] = { total, scores };
  }
  out.push('Misses, labelled set:', ...misses(labelled.scores));
  for (const { round, scores } of rounds) out.push('', `Misses, held-out round ${round}:`, ...misses(scores));
  if (recordBefore) writeFileSync(beforeFile, `${JSON.stringify(labelled.total, null, 2)}\n`);
}
console.log(out.join('\n'));
mkdirSync(path.join(root, 'bench-results'), { recursive: true });
writeFileSync(path.join(root, 'bench-results/ingest.json'), `${JSON.stringify(results, null, 2)}\n`);
