/**
 * npm run bench:html — the two server-side DOMs under Readability, linkedom and jsdom, on the
 * labelled saved pages (tests/fixtures/labelled/*.html): speed (DOM parse alone, and the whole
 * parseSavedPage: DOM, blocks, metadata, Readability, placement) and correctness against each
 * page's expected parse (headline, date, byline, paragraphs kept exactly, chrome blocks removed).
 * Then one large generated page (the labelled pages' text and chrome repeated to about 500 KB)
 * and the refusal of hostile ones (deep nesting, too many elements), to show the work stays bounded.
 * Prints tables; writes nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ContentError } from '../src/lib/contentError.ts';
import { parsePageDocument, type PageDomEngine } from '../src/lib/articles/pageDom.ts';
import { parseSavedPage } from '../src/lib/articles/parseSavedPage.ts';

const dir = fileURLToPath(new URL('../tests/fixtures/labelled/', import.meta.url));
const engines: PageDomEngine[] = ['linkedom', 'jsdom', 'parse5-linkedom'];
const RUNS = 15;

interface Expected {
  title: string;
  published: string | null;
  byline: string | null;
  sections: { paragraphs: string[] }[];
  removed: Record<string, string>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => unknown, runs = RUNS): number {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const names = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
const totals = Object.fromEntries(engines.map((e) => [e, { parse: 0, full: 0, headline: 0, date: 0, byline: 0, paragraphs: 0, expectedParagraphs: 0, lost: 0, extra: 0, chrome: 0, expectedChrome: 0 }]));

console.log(`Node ${process.version}, ${RUNS} runs per figure (median), labelled pages: ${names.length}\n`);
console.log('| page | KB | engine | DOM parse ms | whole page ms | headline | date | byline | paragraphs exact | lost | extra | chrome removed |');
console.log('|---|---:|---|---:|---:|---|---|---|---:|---:|---:|---:|');
for (const name of names) {
  const bytes = new Uint8Array(readFileSync(`${dir}${name}.html`));
  const html = new TextDecoder().decode(bytes);
  const expected = JSON.parse(readFileSync(`${dir}${name}.expected.json`, 'utf8')) as Expected;
  const expectedParagraphs = expected.sections.flatMap((s) => s.paragraphs);
  for (const engine of engines) {
    const parse = time(() => parsePageDocument(html, engine));
    const full = time(() => parseSavedPage(bytes, { file: name, engine }));
    const { parsed, page } = parseSavedPage(bytes, { file: name, engine });
    const got = parsed.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
    const exact = expectedParagraphs.filter((p) => got.includes(p)).length;
    const removed = new Set(parsed.removed.map((r) => r.text));
    const chrome = Object.keys(expected.removed).filter((t) => removed.has(t)).length;
    const t = totals[engine] as (typeof totals)[string] & object;
    const ok = (b: boolean) => (b ? 'right' : 'WRONG');
    const headline = parsed.title.text === expected.title;
    const date = (page.published?.value ?? null) === expected.published;
    const byline = (page.byline?.value ?? null) === expected.byline;
    Object.assign(t, {
      parse: t.parse + parse,
      full: t.full + full,
      headline: t.headline + Number(headline),
      date: t.date + Number(date),
      byline: t.byline + Number(byline),
      paragraphs: t.paragraphs + exact,
      expectedParagraphs: t.expectedParagraphs + expectedParagraphs.length,
      lost: t.lost + expectedParagraphs.length - exact,
      extra: t.extra + got.filter((p) => !expectedParagraphs.includes(p)).length,
      chrome: t.chrome + chrome,
      expectedChrome: t.expectedChrome + Object.keys(expected.removed).length,
    });
    console.log(
      `| ${name} | ${(bytes.length / 1024).toFixed(1)} | ${engine} | ${parse.toFixed(2)} | ${full.toFixed(2)} | ${ok(headline)} | ${ok(date)} | ${ok(byline)} | ${exact} / ${expectedParagraphs.length} | ${expectedParagraphs.length - exact} | ${got.length - exact} | ${chrome} / ${Object.keys(expected.removed).length} |`,
    );
  }
}
console.log('\n| engine | DOM parse ms (sum) | whole pages ms (sum) | headlines | dates | bylines | paragraphs exact | lost | extra | chrome recall |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const engine of engines) {
  const t = totals[engine] as (typeof totals)[string] & object;
  console.log(
    `| ${engine} | ${t.parse.toFixed(1)} | ${t.full.toFixed(1)} | ${t.headline}/${names.length} | ${t.date}/${names.length} | ${t.byline}/${names.length} | ${t.paragraphs}/${t.expectedParagraphs} | ${t.lost} | ${t.extra} | ${(t.chrome / t.expectedChrome).toFixed(3)} |`,
  );
}

// Scale: a large page built from the labelled pages' bodies, and a hostile nesting.
const bodies = names.map((name) => /<body[^>]*>([\s\S]*)<\/body>/u.exec(readFileSync(`${dir}${name}.html`, 'utf8'))?.[1] ?? '').join('\n');
let large = '';
while (large.length < 500_000) large += `<section>${bodies}</section>`;
const largePage = new TextEncoder().encode(`<!doctype html><html lang="en"><head><title>Large page</title></head><body><main><article><h1>Large page</h1>${large}</article></main></body></html>`);
const nested = (depth: number) => new TextEncoder().encode(`<!doctype html><title>Deep</title><body>${'<div>'.repeat(depth)}text${'</div>'.repeat(depth)}</body>`);
const manyTags = new TextEncoder().encode(`<!doctype html><title>Many</title><body>${'<b>x</b>'.repeat(200_000)}</body>`);
// linkedom alone is left out here: it does not build these pages' trees (no <html>, <body>).
// The limits are checked before any parser runs; the DOMs without them, on the same inputs:
console.log('\n| input (no limits) | engine | ms | outcome |');
console.log('|---|---|---:|---|');
for (const depth of [10_000, 29_000]) {
  const html = new TextDecoder().decode(nested(depth));
  for (const engine of ['jsdom', 'parse5-linkedom'] as const) {
    const start = performance.now();
    let outcome = 'built';
    try {
      parsePageDocument(html, engine);
    } catch (error) {
      outcome = `crashed: ${error instanceof Error ? error.message : String(error)}`;
    }
    console.log(`| nested ${depth.toLocaleString('en')} deep | ${engine} | ${(performance.now() - start).toFixed(0)} | ${outcome} |`);
  }
}
console.log('\n| input | KB | engine | ms (median of 3) | outcome |');
console.log('|---|---:|---|---:|---|');
const inputs = [
  ['large page (labelled bodies repeated)', largePage],
  ['nested 10,000 deep', nested(10_000)],
  ['nested 29,000 deep (under the element limit)', nested(29_000)],
  ['nested 150 deep (under the depth limit)', nested(150)],
  ['200,000 elements', manyTags],
] as const;
for (const [label, bytes] of inputs) {
  for (const engine of ['jsdom', 'parse5-linkedom'] as const) {
    let outcome = '';
    const ms = time(() => {
      try {
        const { parsed } = parseSavedPage(bytes, { file: 'bench.html', engine });
        outcome = `parsed: ${parsed.sections.flatMap((s) => s.paragraphs).length} paragraphs, ${parsed.removed.length} removed blocks`;
      } catch (error) {
        if (error instanceof ContentError) outcome = `refused: ${error.problems[0]?.message.slice(0, 70)}…`;
        else outcome = `crashed: ${error instanceof Error ? error.message : String(error)}`;
      }
    }, 3);
    console.log(`| ${label} | ${(bytes.length / 1024).toFixed(0)} | ${engine} | ${ms.toFixed(1)} | ${outcome} |`);
  }
}
