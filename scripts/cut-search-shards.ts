/**
 * `npm run build`'s last step, after `astro build` has exited: cuts dist/search-index.json into
 * the search shards (src/integrations/searchShards.ts says why this is a process of its own).
 * Files a previous build wrote with the same bytes are hard-linked from `.astro/search-shards/`, or
 * left where they are when keptOutput moved the last build's folder aside for this one.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PREVIOUS_SHARDS, cutBuiltSearchIndex } from '../src/integrations/searchShards.ts';

// Paths from the project's root (this script's parent folder), as astro.config.mjs finds them.
const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist');
if (!existsSync(path.join(out, 'search-index.json'))) {
  console.error('cut-search-shards: dist/search-index.json is missing: run `npm run build` (it writes the file, then runs this step).');
  process.exit(1);
}
try {
  console.log(`[search-shards] ${await cutBuiltSearchIndex(out, path.join(root, '.astro/search-shards'), path.join(root, PREVIOUS_SHARDS))}`);
} catch (error) {
  console.error(`cut-search-shards: could not cut dist/search-index.json into the search shards: ${(error as Error).message}`);
  process.exit(1);
}
