/**
 * npm run bench:events: the bench's generated corpus as events — 200 events × 10 articles
 * (2,000 articles, seed 20220110) — built in a temp copy of the project, then checked: the build
 * passes every content check (quotes, numbers, event membership), every event has its page,
 * compare page and exports, and one page of each type passes html-validate with zero errors.
 * Prints wall and CPU time, peak memory of the build's process tree, pages and output size.
 *
 *   npm run bench:events [-- --events=200 --per-event=10]
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { cpus } from 'node:os';
import { HtmlValidate } from 'html-validate';
import { buildGeneratedCorpus } from './lib/buildCost.ts';
import { projectRoot } from '../tests/helpers/tempProject.ts';

const SEED = 20220110;
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const events = arg('events', 200);
const perEvent = arg('per-event', 10);
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(0);

const checks: string[] = [];
const failures: string[] = [];

async function inspect(dist: string): Promise<void> {
  const eventDirs = readdirSync(path.join(dist, 'events'));
  const complete = eventDirs.filter((e) => ['index.html', 'compare/index.html', 'claims.json', 'claims.csv'].every((f) => existsSync(path.join(dist, 'events', e, f))));
  (complete.length === events ? checks : failures).push(`${complete.length} of ${events} events with page, compare page and exports`);
  const outlets = readdirSync(path.join(dist, 'outlets')).filter((name) => name !== 'index.html');
  checks.push(`${outlets.length} outlet pages`);
  const sample = ['index.html', `events/${eventDirs[0]}/index.html`, `events/${eventDirs[0]}/compare/index.html`, `outlets/${outlets[0]}/index.html`, 'outlets/index.html', 'compare/index.html'];
  const articles = readdirSync(path.join(dist, 'articles'));
  sample.push(`articles/${articles[0]}/index.html`);
  const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')));
  let errors = 0;
  for (const page of sample) {
    const report = await validator.validateString(readFileSync(path.join(dist, page), 'utf8'), page);
    for (const result of report.results) for (const message of result.messages) failures.push(`${page}:${message.line} ${message.ruleId} ${message.message}`), (errors += 1);
  }
  (errors === 0 ? checks : failures).push(`html-validate: ${errors} errors on ${sample.length} pages (one of each type)`);
  const feed = readFileSync(path.join(dist, 'feed.xml'), 'utf8');
  checks.push(`feed.xml: ${(feed.match(/<entry>/gu) ?? []).length} entries, ${(readFileSync(path.join(dist, 'feed.xml')).length / 1024).toFixed(0)} KB`);
}

console.log(`bench:events — ${events} events × ${perEvent} articles, seed ${SEED}, ${cpus().length} cores`);
const result = await buildGeneratedCorpus(events * perEvent, SEED, { clusterSize: perEvent, claimsPerEvent: 24 }, inspect);
const b = result.build;
console.log(`corpus: ${result.corpus.events} events, ${result.corpus.articles} articles, ${result.corpus.claims} claims, ${result.corpus.mentions} mentions`);
console.log(`build: ${b.ok ? 'ok' : `FAILED (exit ${b.exitCode})`}; wall ${(b.wallMs / 1000).toFixed(1)} s; CPU ${b.cpuMs === null ? '–' : `${(b.cpuMs / 1000).toFixed(1)} s`}; peak memory ${mb(b.peakTreeRssBytes)} MB (process tree${b.peakProcessRssBytes !== null ? `; largest process ${mb(b.peakProcessRssBytes)} MB` : ''}) during ${b.peakPhase}`);
console.log(`output: ${b.dist.htmlPages.toLocaleString('en')} pages, ${mb(b.dist.bytes)} MB, ${result.msPerPage.toFixed(1)} ms per page; load average before ${b.loadBefore.toFixed(2)}`);
for (const line of checks) console.log(`  ok: ${line}`);
for (const line of failures.slice(0, 20)) console.log(`  FAIL: ${line}`);
if (!b.ok) console.log(b.tail);
process.exitCode = b.ok && failures.length === 0 ? 0 : 1;
