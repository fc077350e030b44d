/**
 * releaseMemory: gives back to the system the memory V8 keeps mapped after a build phase, between
 * content sync and bundling and again after the last page.
 *
 * V8 grows its heap into what the content sync's peak needed and keeps the freed pages mapped
 * for reuse; a regular collection frees the objects but not those pages. At 2,000 articles the
 * process held 1,077 MB at the first page with 156 MB of live heap; a last-resort collection
 * (the memory reducer's kind, which also releases the pooled pages) brought it to 664 MB. At
 * 20,000 articles that kept memory was about 1.7 GB, all of it counted in the build's peak.
 * The collection is V8's, exposed by `--expose-gc` (set in `npm run build`); without it (a plain
 * `astro build`) this does nothing.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;

function release(logger: AstroIntegrationLogger, when: string): void {
  const collect = (globalThis as { gc?: Collect }).gc;
  if (typeof collect !== 'function') return;
  const before = process.memoryUsage.rss();
  const started = performance.now();
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  logger.info(`${when}: resident memory ${mb(before)} → ${mb(process.memoryUsage.rss())} (${Math.round(performance.now() - started)} ms)`);
}

export function releaseMemory(): AstroIntegration {
  return {
    name: 'coverage-compare:release-memory',
    hooks: {
      'astro:build:start': ({ logger }) => release(logger, 'after content sync'),
      'astro:build:generated': ({ logger }) => release(logger, 'after the pages'),
    },
  };
}
