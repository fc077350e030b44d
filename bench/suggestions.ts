/**
 * npm run bench:suggestions — precision and recall of the claim suggestions of add-article.
 *
 * 1. Leave one out on the real corpus: each article is treated as new, against the claims of the
 *    other four; the editors' mentions are the answer key. Per article, then a threshold sweep.
 * 2. The fixtures that have an answer key (tests/fixtures/sites/ and tests/fixtures/suggestions/
 *    <name>.claims.yaml: claim id → the verbatim passages that make it, written by hand), against
 *    the whole claims data; then the totals, and leave one out and fixtures together.
 * 3. Speed: one fixture against the real claims and against them repeated 15 and 150 times.
 * Prints tables and writes bench-results/suggestions.json (git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_THRESHOLD, suggestClaims } from '../src/lib/editor/claimSuggestions.ts';
import { defaultPaths, loadCorpus } from '../src/loaders/loadCorpus.ts';
import { fixturePassages, fixtureScores } from './suggestionFixtures.ts';
import { leaveOneOut, totalScore, type SuggestionScore } from './suggestionEval.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const corpus = await loadCorpus(defaultPaths(pathToFileURL(root)));

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const row = (name: string, s: SuggestionScore) =>
  `| ${name} | ${s.suggestedClaims} | ${s.correctClaims} / ${s.trueClaims} | ${pct(s.claimPrecision)} | ${pct(s.claimRecall)} | ${s.correctPairs} / ${s.suggestedPairs} | ${pct(s.sentencePrecision)} |`;
const head = [
  '| article | claims suggested | correct / true | claim precision | claim recall | correct / suggested sentences | sentence precision |',
  '|---|---:|---:|---:|---:|---:|---:|',
];

const lines: string[] = [];
const perArticle = leaveOneOut(corpus);
lines.push(`## Leave one out on the real corpus (threshold ${DEFAULT_THRESHOLD})`, '', ...head);
for (const { article, score } of perArticle) lines.push(row(article, score));
const total = totalScore(perArticle.map((entry) => entry.score));
lines.push(row('**all**', total), '');
lines.push(`False claims: ${total.falseClaims.join(', ') || 'none'}`, `Missed claims: ${total.missedClaims.join(', ') || 'none'}`, '');

lines.push('## Threshold sweep (leave one out, all articles)', '', ...head.map((h) => h.replace('article', 'threshold')));
const sweep: Record<string, SuggestionScore> = {};
for (const threshold of [0.075, 0.1, DEFAULT_THRESHOLD, 0.15, 0.2, 0.25, 0.3]) {
  const score = totalScore(leaveOneOut(corpus, threshold).map((entry) => entry.score));
  sweep[threshold] = score;
  lines.push(row(String(threshold), score));
}
lines.push('');

const fixtures = fixtureScores(corpus);
lines.push('## Fixtures with an answer key (tests/fixtures/sites/, tests/fixtures/suggestions/; against all claims)', '', ...head.map((h) => h.replace('article', 'fixture')));
for (const { name, score } of fixtures) lines.push(row(name, score));
const fixturesTotal = totalScore(fixtures.map((entry) => entry.score));
lines.push(row('**all fixtures**', fixturesTotal));
const overall = totalScore([total, fixturesTotal]);
lines.push(row('**leave one out + fixtures**', overall));
for (const { name, score } of fixtures) {
  lines.push('', `${name}: false ${score.falseClaims.join(', ') || 'none'}; missed ${score.missedClaims.join(', ') || 'none'}`);
}

// Speed: one fixture against the real claims, and against the claims repeated under new ids.
// Wall time and CPU time: on a shared machine the wall time also counts other processes' turns.
lines.push('', '## Speed (wire-dateline-byline against N claims; median of 5 runs)', '', '| claims | wall ms | CPU ms |', '|---:|---:|---:|');
const speed: Record<number, number> = {};
const cpu: Record<number, number> = {};
const passages = fixturePassages('wire-dateline-byline');
for (const copies of [1, 15, 150]) {
  const claims = Array.from({ length: copies }, (_, k) => corpus.verified.claims.map((claim) => ({ ...claim, id: `${claim.id}-${k}` }))).flat();
  const runs = Array.from({ length: 5 }, () => {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    suggestClaims(passages, claims, { aliases: corpus.aliases });
    const used = process.cpuUsage(startCpu);
    return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
  });
  const median = (values: number[]) => values.sort((a, b) => a - b)[2] as number;
  speed[claims.length] = median(runs.map((run) => run.wall));
  cpu[claims.length] = median(runs.map((run) => run.cpu));
  lines.push(`| ${claims.length.toLocaleString('en')} | ${(speed[claims.length] as number).toFixed(0)} | ${(cpu[claims.length] as number).toFixed(0)} |`);
}

console.log(lines.join('\n'));
mkdirSync(path.join(root, 'bench-results'), { recursive: true });
writeFileSync(
  path.join(root, 'bench-results/suggestions.json'),
  `${JSON.stringify({ threshold: DEFAULT_THRESHOLD, perArticle, total, sweep, fixtures: fixtures.map(({ name, score }) => ({ name, score })), fixturesTotal, overall, speed, cpu }, null, 2)}\n`,
);
