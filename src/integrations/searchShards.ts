/**
 * The Astro integration that cuts the built search file (dist/search-index.json, from
 * src/pages/search-index.json.ts) into the sharded index the browser fetches
 * (src/lib/search/searchShards.ts), after the build has written it. Writing the files here, not
 * as one route each, keeps tens of thousands of small files out of Astro's page rendering.
 * The file is read in pieces, twice (src/lib/search/searchShardCut.ts), never parsed whole: at
 * 20,000 articles JSON.parse of it alone ran out of the heap.
 * In `astro dev` the same files are cut from the dev server's own /search-index.json on request.
 */
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SHARDS_BASE, writeShards } from '../lib/search/searchShards.ts';
import { cutSearchFile } from '../lib/search/searchShardCut.ts';
import type { SearchData } from '../lib/search/searchRecords.ts';
import { linkedWriter } from './linkedFiles.ts';

export function searchShards(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'coverage-compare:search-shards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const source = path.join(out, 'search-index.json');
        // Files a previous build wrote with the same bytes are hard-linked, not written (linkedFiles.ts).
        const writer = linkedWriter(path.join(fileURLToPath(cacheDir ?? new URL('./.astro/', dir)), 'search-shards'));
        let files = 0;
        const manifest = await cutSearchFile(
          () => createReadStream(source, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>,
          (file, body) => {
            writer.write(path.join(out, file), body);
            files += 1;
          },
          (file) => readFileSync(path.join(out, file), 'utf8'),
        );
        const { reused } = writer.finish();
        logger.info(`${files} files in ${SHARDS_BASE}${manifest.hash}/ (${manifest.terms.length} term shards; ${reused} unchanged since the last build, linked) in ${Math.round(performance.now() - started)} ms`);
      },
      'astro:server:setup': ({ server }) => {
        let cached: { text: string; files: Map<string, string> } | null = null;
        server.middlewares.use((request, response, next) => {
          const url = request.url ?? '';
          if (!url.startsWith(SHARDS_BASE)) return next();
          const origin = `http://${request.headers.host ?? 'localhost'}`;
          fetch(`${origin}/search-index.json`)
            .then((r) => r.text())
            .then((text) => {
              if (cached?.text !== text) {
                const files = new Map<string, string>();
                writeShards(JSON.parse(text) as SearchData, text, (file, body) => files.set(file, body));
                cached = { text, files };
              }
              const body = cached.files.get(url.split('?')[0] ?? '');
              response.statusCode = body === undefined ? 404 : 200;
              response.setHeader('Content-Type', 'application/json; charset=utf-8');
              response.end(body ?? '{}');
            })
            .catch(next);
        });
      },
    },
  };
}
