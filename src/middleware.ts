/**
 * Every page as rendered, with its Content-Security-Policy narrowed to its own inline hashes
 * (src/lib/pageCsp.ts). Prerendered pages pass through here at build time, so each page is written
 * once with its own policy: rewriting them after the build read and wrote every page a second
 * time (177 s of a 20,000-article build), and a page the incremental build keeps was already
 * written this way.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageCsp } from './lib/pageCsp.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(pageCsp(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
