/**
 * npm run bench:draft-claims — how good and how fast the claim drafts are.
 *
 * 1. The real event: the five articles are drafted in a temporary copy of the project with no
 *    claims at all (the drafting reads only articles), and the drafts are compared with the
 *    editors' 69 claims: pair precision and recall, quote recall, unverbatim quotes, and a
 *    threshold sweep.
 * 2. The fixture events (tests/fixtures/draft-claims/<event>/), against their expected claims.
 * 3. Speed: the five articles, then seeded generated events of 10, 50 and 200 articles (the
 *    build benchmark's generator, one event of N articles).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { DEFAULT_ALIGN } from '../src/lib/drafting/alignPassages.ts';
import { draftClaims, type EventArticle } from '../src/lib/drafting/draftClaims.ts';
import { scoreDrafts, type ClaimToScore, type DraftScore } from '../src/lib/drafting/scoreDrafts.ts';
import { defaultPaths, loadCorpus } from '../src/loaders/loadCorpus.ts';
import { eventArticles } from '../scripts/lib/eventArticles.ts';
import { generateCorpus } from './lib/corpus.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const passagesOf = (articles: readonly EventArticle[]) => new Map(articles.map((a) => [a.slug, a.passages]));
const line = (name: string, s: DraftScore) =>
  `| ${name} | ${s.correctPairs} / ${s.draftPairs} | ${pct(s.pairPrecision)} | ${s.recoveredPairs} / ${s.referencePairs} | ${pct(s.pairRecall)} | ${s.coveredQuotes} / ${s.referenceQuotes} | ${pct(s.quoteRecall)} | ${s.unverbatim.length} |`;
const head = ['| set | correct / drafted pairs | pair precision | recovered / editor pairs | pair recall | quotes covered | quote recall | unverbatim |', '|---|---:|---:|---:|---:|---:|---:|---:|'];

// 1. The real event, drafted in a copy without claims.
const copy = mkdtempSync(path.join(tmpdir(), 'draft-claims-bench-'));
cpSync(path.join(root, 'content/articles'), path.join(copy, 'content/articles'), { recursive: true });
const articles = await eventArticles(copy);
const corpus = await loadCorpus(defaultPaths(pathToFileURL(root)));
const editors: ClaimToScore[] = corpus.verified.claims.map((c) => ({ id: c.id, mentions: c.mentions.map((m) => ({ article: m.article, quotes: m.quotes.map((q) => q.text) })) }));
let started = performance.now();
const drafts = draftClaims(articles);
const fiveMs = performance.now() - started;
const real = scoreDrafts(drafts.claims, editors, passagesOf(articles));
console.log(`## The five articles against the editors' ${editors.length} claims (defaults: ${JSON.stringify(DEFAULT_ALIGN)})\n`);
console.log([...head, line('drafts', real)].join('\n'));
console.log(`\n${drafts.claims.length} draft claims, ${drafts.claims.filter((c) => c.mentions.length > 1).length} across 2+ articles; drafted in ${fiveMs.toFixed(0)} ms.`);
console.log(`Wrong pairs: ${real.wrongPairs.join('; ') || 'none'}`);
console.log(`Missed editor pairs: ${real.missedPairs.length}`);

console.log('\n## Threshold sweep\n');
console.log(head.map((h) => h.replace('| set', '| threshold')).join('\n'));
for (const threshold of [0.14, 0.15, 0.16, 0.17, 0.18, 0.19, 0.2, 0.22, 0.25, 0.3]) {
  const d = draftClaims(articles, { align: { ...DEFAULT_ALIGN, threshold } });
  console.log(line(String(threshold), scoreDrafts(d.claims, editors, passagesOf(articles))));
}
rmSync(copy, { recursive: true, force: true });

// 2. Fixture events.
console.log('\n## Fixture events against their expected claims\n');
console.log(head.join('\n'));
const fixtures = path.join(root, 'tests/fixtures/draft-claims');
for (const name of readdirSync(fixtures).sort()) {
  const eventArticlesList = await eventArticles(path.join(fixtures, name));
  const expected = (parse(readFileSync(path.join(fixtures, name, 'expected.yaml'), 'utf8')) as { claims: ClaimToScore[] }).claims;
  const d = draftClaims(eventArticlesList);
  console.log(line(name, scoreDrafts(d.claims, expected, passagesOf(eventArticlesList))));
}

// 3. Speed.
console.log('\n## Speed (one event; 2 cores shared)\n');
console.log('| articles | passages (paragraphs) | claims | groups | ms |', '\n|---:|---:|---:|---:|---:|');
console.log(`| 5 (real) | ${articles.reduce((s, a) => s + a.passages.length, 0)} | ${drafts.claims.length} | ${drafts.claims.filter((c) => c.mentions.length > 1).length} | ${fiveMs.toFixed(0)} |`);
for (const n of [10, 50, 200]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'draft-claims-speed-'));
  generateCorpus(path.join(dir, 'content'), { articles: n, seed: 20220110, vocabularyFrom: path.join(root, 'content/articles'), clusterSize: n, claimsPerEvent: Math.max(10, n) });
  const generated = await eventArticles(dir);
  started = performance.now();
  const d = draftClaims(generated);
  const ms = performance.now() - started;
  console.log(`| ${n} | ${generated.reduce((s, a) => s + a.passages.length, 0)} | ${d.claims.length} | ${d.claims.filter((c) => c.mentions.length > 1).length} | ${ms.toFixed(0)} |`);
  rmSync(dir, { recursive: true, force: true });
}
