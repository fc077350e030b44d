import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageCsp } from '../../../src/lib/pageCsp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policy = (scripts: string[], styles: string[]) =>
  `default-src 'self';img-src 'self' data:; script-src 'self' ${scripts.join(' ')}; style-src 'self' ${styles.join(' ')};`;
const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy([hash('a()'), hash('b()'), hash('c()')], [hash('.x{}'), hash('.y{}')])}">${head}</head><body>${body}</body></html>`;
const cspOf = (html: string) => /content-security-policy" content="([^"]*)"/u.exec(html)?.[1];

describe('pageCsp', () => {
  it('lists the hashes of the page’s own inline scripts and styles only', () => {
    const html = page('<script>a()</script><style>.y{}</style><script type="module" src="/_astro/x.js"></script>', '<script type="module">c()</script>');
    expect(cspOf(pageCsp(html))).toBe(`default-src 'self';img-src 'self' data:; script-src 'self' ${hash('a()')} ${hash('c()')}; style-src 'self' ${hash('.y{}')};`);
  });

  it('leaves JSON-LD out (it is never run) and keeps the other directives as they were', () => {
    const html = page('<script type="application/ld+json">{"a":1}</script>');
    expect(cspOf(pageCsp(html))).toBe(`default-src 'self';img-src 'self' data:; script-src 'self'; style-src 'self';`);
  });

  it('changes nothing else, gives the same page twice over, and leaves a page without a policy alone', () => {
    const html = page('<script>a()</script>', '<p>text</p>');
    const once = pageCsp(html);
    expect(once.replace(/content="[^"]*"/u, '')).toBe(html.replace(/content="[^"]*"/u, ''));
    expect(pageCsp(once)).toBe(once);
    expect(pageCsp('<html><head></head><body><script>a()</script></body></html>')).toBe('<html><head></head><body><script>a()</script></body></html>');
  });
});
