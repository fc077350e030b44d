/**
 * releaseMemory: the memory V8 keeps mapped after a build phase, given back between content sync
 * and bundling and again after the last page (src/data/heldMemory.ts says how and why). The
 * search file, the largest single thing the build makes, does the same before it is built
 * (src/pages/search-index.json.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { releaseHeldMemory } from '../data/heldMemory.ts';

const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;

function release(logger: AstroIntegrationLogger, when: string): void {
  const released = releaseHeldMemory();
  if (released) logger.info(`${when}: resident memory ${mb(released.beforeBytes)} → ${mb(released.afterBytes)} (${Math.round(released.ms)} ms)`);
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
