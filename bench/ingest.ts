/**
 * npm run bench:ingest — how well raw files from unseen sites come in, over the labelled set
 * (tests/fixtures/labelled/, see bench/labelledSet.ts), leave one site out:
 * headline accuracy, chrome recall (expected-removed lines removed), article lines lost (expected
 * kept lines removed) per 20 files, claim-suggestion precision and recall, and figure relations
 * right. Prints how many files of each extension were scored, the figures beside those of the
 * cleaning before the structural model (bench/ingest-before.json, measured on main's cleaning),
 * then every miss per file. Writes bench-results/ingest.json (git-ignored).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultPaths, loadCorpus } from '../src/loaders/loadCorpus.ts';
import { labelledFiles, leaveOneSiteOut, readLabelledFile, totalOf, type SetScore } from './labelledSet.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const corpus = await loadCorpus(defaultPaths(pathToFileURL(root)));
const files = labelledFiles().map(readLabelledFile);
const scores = leaveOneSiteOut(files, corpus.verified.claims, corpus.aliases);
const total = totalOf(scores);
const beforeFile = path.join(root, 'bench/ingest-before.json');
const before = process.argv.includes('--record-before') ? null : (JSON.parse(readFileSync(beforeFile, 'utf8')) as SetScore);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => x.toFixed(2);
const rows: Array<[string, (s: SetScore) => string, string]> = [
  ['headline accuracy', (s) => pct(s.headlineAccuracy), '≥ 95%'],
  ['chrome recall (removed / expected removed)', (s) => num(s.chromeRecall), '≥ 0.90'],
  ['chrome removed by the expected rule', (s) => num(s.ruleAgreement), ''],
  ['chrome kept, of it listed as suspects', (s) => (s.chromeKept === undefined ? '–' : `${s.chromeKept}, ${s.chromeKeptFlagged}`), ''],
  ['article lines lost (total)', (s) => String(s.linesLost), ''],
  ['article lines lost per 20 files', (s) => num(s.linesLostPer20Files), '≤ 1'],
  ['suggestion precision (claims)', (s) => num(s.suggestions.precision), '≥ 0.85'],
  ['suggestion recall (claims)', (s) => num(s.suggestions.recall), '≥ 0.85'],
  ['suggestion sentence precision', (s) => num(s.suggestions.sentencePrecision), ''],
  ['figure relations right', (s) => `${pct(s.figureRelationsRight)} (${s.figuresExpected} labelled, ${s.figuresSpurious} spurious)`, '≥ 95%'],
];
const lines = [
  `Labelled set: ${total.files} files scored (${Object.entries(total.byExtension).map(([ext, n]) => `${n} .${ext}`).join(', ')}), ${total.sites} sites; leave one site out.`,
  '',
  `| measure | before | now | target |`,
  '|---|---:|---:|---|',
  ...rows.map(([label, show, target]) => `| ${label} | ${before ? show(before) : '–'} | ${show(total)} | ${target} |`),
  '',
];
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
console.log(lines.join('\n'));
mkdirSync(path.join(root, 'bench-results'), { recursive: true });
writeFileSync(path.join(root, 'bench-results/ingest.json'), `${JSON.stringify({ total, before, scores }, null, 2)}\n`);
if (!before) writeFileSync(beforeFile, `${JSON.stringify(total, null, 2)}\n`);
