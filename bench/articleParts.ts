/**
 * npm run bench:article-parts — where an article page's HTML weight is. For each built article
 * page (dist/, run `npm run build` first) it gzips (level 9) the page whole, then with each part
 * removed (every element a selector matches, or every attribute of a name), and prints what each
 * part costs: the bytes the page loses raw and gzip without it. Gzip of a part alone would miss
 * what it shares with the rest of the page; removal counts what it really adds.
 * Prints tables; writes nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parsePageDocument } from '../src/lib/articles/pageDom.ts';
import { kb, table } from './lib/format.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const gz = (text: string): number => gzipSync(text, { level: 9 }).length;

/** Parts: elements removed by selector, or `@name` for every attribute of that name. */
const PARTS: ReadonlyArray<readonly [string, string]> = [
  ['<head>', 'head'],
  ['CSP meta', 'meta[http-equiv]'],
  ['JSON-LD', 'script[type="application/ld+json"]'],
  ['inline scripts', 'script:not([src]):not([type="application/ld+json"])'],
  ['site header', 'body > header'],
  ['article header', '.article-header'],
  ['comparisons beside the passages', '.passage-claims'],
  ['· passage summaries', '.passage-claims > summary'],
  ['· card titles (number + statement)', '.claim-card-title'],
  ['· card kind line', '.claim-kind'],
  ['· other sources (cells)', '.claim-sources'],
  ['·· their quotes', '.claim-sources blockquote'],
  ['·· their "Read it in" links', '.claim-sources details > a'],
  ['· "Not reported" lines', '.claim-absent'],
  ['· card links (row-meta)', '.claim-card > .row-meta'],
  ['article text (marks included)', '.article-body p.para'],
  ['quote-ref links', 'a.quote-ref'],
  ['paragraph links', 'a.para-link'],
  ['reported elsewhere (summary; the list has its own page)', '.omitted-section'],
  ['link notices', '.link-notices'],
  ['source report', '.source-report'],
  ['· removed lines by rule (their text has its own page)', '.removed-by-rule'],
  ['footer', 'body > footer'],
  ['@class', '@class'],
  ['@aria-label', '@aria-label'],
  ['@data-claim', '@data-claim'],
  ['@data-copy-link', '@data-copy-link'],
  ['@data-label', '@data-label'],
  ['@lang', '@lang'],
  ['@dir', '@dir'],
];

function without(html: string, part: string): string {
  const document = parsePageDocument(html, 'parse5-linkedom');
  if (part.startsWith('@')) {
    const name = part.slice(1);
    for (const el of document.querySelectorAll(`[${name}]`)) el.removeAttribute(name);
  } else {
    for (const el of document.querySelectorAll(part)) el.remove();
  }
  return `<!DOCTYPE html>${document.documentElement.outerHTML}`;
}

const slugs = readdirSync(`${dist}articles`).filter((slug) => {
  try {
    readFileSync(`${dist}articles/${slug}/index.html`);
    return true;
  } catch {
    return false;
  }
});
for (const slug of slugs.sort()) {
  const html = readFileSync(`${dist}articles/${slug}/index.html`, 'utf8');
  // The reserialised page without removals, so every figure compares like with like.
  const base = without(html, '@data-none');
  const baseGz = gz(base);
  console.log(`\n/articles/${slug}/: ${kb(Buffer.byteLength(html))} KB raw / ${kb(gz(html))} KB gzip as built`);
  const rows = PARTS.map(([name, part]) => {
    const rest = without(html, part);
    return [name, kb(Buffer.byteLength(base) - Buffer.byteLength(rest)), kb(baseGz - gz(rest)), `${Math.round(((baseGz - gz(rest)) / baseGz) * 100)} %`];
  });
  console.log(table(['part (removed)', 'KB raw', 'KB gzip', 'of gzip'], rows, [false, true, true, true]));
}
