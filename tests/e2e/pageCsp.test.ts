/**
 * Every built page's Content-Security-Policy allows exactly the inline scripts and styles that
 * page carries (src/middleware.ts narrows Astro's site-wide list as each page renders), so a
 * script inlined on one page is refused on every other.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/pages.ts';
import { distDir } from '../helpers/site.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const fileOf = (page: string) => path.join(distDir, page.endsWith('/') ? `${page}index.html` : page);
const hashesIn = (policy: string, directive: string) =>
  (policy.split(';').map((part) => part.trim().split(/\s+/u)).find((tokens) => tokens[0] === directive) ?? [])
    .filter((token) => token.startsWith("'sha256-"))
    .sort();

describe('each page lists its own inline hashes', () => {
  const pages = builtPages();

  it('covers the built site', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('script-src and style-src hold the hashes of exactly the page’s inline scripts and styles', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const html = readFileSync(fileOf(page), 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/u.exec(html)?.[1];
      if (policy === undefined) {
        wrong.push(`${page}: no policy`);
        continue;
      }
      const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gu)]
        .filter(([, attributes]) => !/\ssrc=|type="application\/(?:ld\+)?json"/u.test(attributes ?? ''))
        .map(([, , body]) => hash(body ?? ''));
      const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map(([, body]) => hash(body ?? ''));
      const want = { script: [...new Set(scripts)].sort(), style: [...new Set(styles)].sort() };
      const got = { script: hashesIn(policy, 'script-src'), style: hashesIn(policy, 'style-src') };
      if (JSON.stringify(want) !== JSON.stringify(got)) wrong.push(`${page}: policy ${JSON.stringify(got)}, page inlines ${JSON.stringify(want)}`);
    }
    expect(wrong).toEqual([]);
  });
});
